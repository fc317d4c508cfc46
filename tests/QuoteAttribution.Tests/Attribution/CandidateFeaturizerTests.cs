using NUnit.Framework;
using QuoteAttribution.Attribution.Ranking;

namespace QuoteAttribution.Tests.Attribution;

public sealed class CandidateFeaturizerTests
{
    private const string Article =
        "Ketua panitia Budi Santoso mengatakan, persiapan festival sudah rampung.\n\n" +
        "\"Kami siap menyambut tamu dari seluruh provinsi,\" kata Budi.\n\n" +
        "Ia juga berterima kasih kepada Rina Wulandari atas bantuan relawan.\n\n" +
        "\"Semua relawan bekerja keras sejak pagi,\" ujarnya.";

    [Test]
    public void DiscourseFeatures_ForAPronounCue_TellTheLastNamedSpeakerFromANameAfterAPreposition()
    {
        var context = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }).AttributeWithSieves(Article);
        var last = context.Quotes.Count - 1;
        Assert.That(context.Quotes[last].Content.Of(Article), Does.StartWith("Semua relawan"));

        var candidates = CandidateGenerator.For(context, last);
        var budi = candidates.FindIndex(c => c.Speaker.Name == "Budi Santoso");
        var rina = candidates.FindIndex(c => c.Speaker.Name == "Rina Wulandari");
        Assert.That(budi, Is.GreaterThanOrEqualTo(0));
        Assert.That(rina, Is.GreaterThanOrEqualTo(0));

        var rows = CandidateFeaturizer.Features(context, last, candidates);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[budi][FeatureIndex.LastNamedSpeaker], Is.EqualTo(1f));
            Assert.That(rows[budi][FeatureIndex.QuotesSinceSpoke], Is.EqualTo(1f), "Budi spoke the quote just before");
            Assert.That(rows[budi][FeatureIndex.AfterLowercaseWord], Is.EqualTo(0f));
            Assert.That(rows[rina][FeatureIndex.LastNamedSpeaker], Is.EqualTo(0f));
            Assert.That(rows[rina][FeatureIndex.QuotesSinceSpoke], Is.EqualTo(10f), "Rina has not spoken");
            Assert.That(rows[rina][FeatureIndex.AfterLowercaseWord], Is.EqualTo(1f), "kepada Rina: the name is an object");
        }
    }

    [Test]
    public void AfterLowercaseWord_NameAfterAPrepositionOpeningTheSentence_IsAnObject()
    {
        const string text =
            "Ketua RW Darto Wibisono memimpin rapat warga.\n\n" +
            "Kepada Sri Handayani, dia mengaku bahwa iuran keamanan akan naik bulan depan.";
        var context = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }).AttributeWithSieves(text);
        var quote = context.Quotes.Count - 1;
        var candidates = CandidateGenerator.For(context, quote);
        var rows = CandidateFeaturizer.Features(context, quote, candidates);
        var sri = candidates.FindIndex(c => c.Speaker.Name == "Sri Handayani");
        var darto = candidates.FindIndex(c => c.Speaker.Name == "Darto Wibisono");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[sri][FeatureIndex.AfterLowercaseWord], Is.EqualTo(1f), "Kepada Sri Handayani: the name is an object");
            Assert.That(rows[darto][FeatureIndex.AfterLowercaseWord], Is.EqualTo(0f));
        }
    }
}
