using NUnit.Framework;
using QuoteAttribution.Attribution;
using QuoteAttribution.Attribution.Ranking;

namespace QuoteAttribution.Tests.Attribution;

public sealed class PronounAgreementTests
{
    private static readonly QuoteExtractor Sieves = new(new QuoteExtractorOptions { UseModel = false });

    private const string Article =
        "Perusahaan Obrolin memperketat aturan konten bulan ini. Pendiri Obrolin, Raka Pradipta, hadir di Bandung.\n\n" +
        "\"Kami kini menghapus konten terlarang dalam satu jam,\" ujar dia.\n\n" +
        "\"Tim moderasi bekerja siang dan malam,\" katanya.\n\n" +
        "Obrolin menyatakan sistem pemantauannya sudah diperbarui.\n\n" +
        "Para pengguna menilai aturan itu terlalu ketat. Mereka mengatakan banyak unggahan biasa ikut terhapus.";

    [TestCase("Kami kini menghapus", true)]
    [TestCase("Tim moderasi bekerja", true)]
    [TestCase("sistem pemantauannya", false)]
    [TestCase("banyak unggahan biasa", false)]
    public void NamesOnePerson_SingularPronounOrNyaCue_IsTrue_NameOrPluralPronoun_IsFalse(string contentStart, bool expected)
    {
        var context = Sieves.AttributeWithSieves(Article);
        var index = context.Quotes.FindIndex(q => Article[q.Content.Start..].StartsWith(contentStart, StringComparison.Ordinal));
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no quote starts with '{contentStart}'");
        Assert.That(PronounAgreement.NamesOnePerson(context, index), Is.EqualTo(expected));
    }

    [TestCase(SpeakerType.Person, true)]
    [TestCase(SpeakerType.Unnamed, true)]
    [TestCase(SpeakerType.Organization, false)]
    [TestCase(SpeakerType.Group, false)]
    public void Admits_OnlyOnePerson_NamedOrNot(SpeakerType type, bool expected)
    {
        Assert.That(PronounAgreement.Admits(new Speaker("Obrolin", type, [], [], -1)), Is.EqualTo(expected));
    }

    [Test]
    public void Analyze_PronounAfterTheCompanyIsNamed_GoesToThePersonNotTheCompany()
    {
        var quotes = new QuoteExtractor().Analyze(Article).Quotes;
        var byPronoun = quotes.Where(q => q.Source is "dia" || q.Cue is "katanya").ToList();
        Assert.That(byPronoun, Has.Count.EqualTo(2));
        Assert.That(byPronoun.Select(q => q.SpeakerType), Has.All.EqualTo(SpeakerType.Person));
    }
}
