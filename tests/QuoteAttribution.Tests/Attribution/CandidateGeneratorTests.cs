using System.Text;
using NUnit.Framework;
using QuoteAttribution.Attribution.Ranking;

namespace QuoteAttribution.Tests.Attribution;

/// <summary>Issue 13, item 5: the ranker's work per quote is bounded, however many quotes and speakers a paragraph holds.</summary>
public sealed class CandidateGeneratorTests
{
    private static readonly string[] Speakers =
    [
        "Rina Wulandari", "Agus Salim", "Bambang Triyono", "Yanti Purba", "Hendra Gunawan", "Sri Rejeki", "Teguh Prakoso",
        "Maya Anggraini", "Fajar Nugroho", "Lestari Handayani", "Rizal Ramli", "Indah Permatasari", "Yusuf Mansur",
        "Tuti Alawiyah", "Arif Budiman", "Sari Kusuma", "Eko Patrio", "Lina Marlina", "Joko Anwar", "Dewi Sartika",
    ];

    /// <summary>One paragraph of <paramref name="quotes"/> quotes, the speakers taking turns.</summary>
    private static string Paragraph(int quotes)
    {
        var text = new StringBuilder();
        for (var i = 0; i < quotes; i++)
        {
            text.Append($"\"Harga beras di pasar nomor {i + 1} naik lagi minggu ini,\" kata {Speakers[i % Speakers.Length]}. ");
        }

        return text.ToString();
    }

    [Test]
    public void For_ParagraphOfSixHundredQuotesByTwentySpeakers_ReadsAtMost128MentionsPerQuote()
    {
        var context = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }).AttributeWithSieves(Paragraph(600));
        Assert.That(context.Quotes, Has.Count.EqualTo(600));

        var mentionsRead = Enumerable.Range(0, context.Quotes.Count)
            .Where(q => q % 25 == 0)
            .Select(q => CandidateGenerator.For(context, q).Sum(c => c.Mentions.Count))
            .ToList();

        Assert.That(mentionsRead, Has.All.LessThanOrEqualTo(128));
        Assert.That(mentionsRead, Has.All.GreaterThan(0));
    }

    [Test]
    public void For_ParagraphOfManyQuotes_StillOffersTheNamedSpeakerFirstAmongTwelve()
    {
        var context = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }).AttributeWithSieves(Paragraph(600));

        foreach (var q in new[] { 0, 299, 599 })
        {
            var candidates = CandidateGenerator.For(context, q);
            Assert.That(candidates, Has.Count.InRange(1, 12));
            Assert.That(candidates.Select(c => c.Speaker.Name), Does.Contain(Speakers[q % Speakers.Length]));
        }
    }
}
