using NUnit.Framework;

namespace QuoteAttribution.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (<c>fuzz/QuoteAttribution.Fuzz</c>) found a crash or hang with, rewritten in our own words
/// with the same shape, so the defect stays fixed.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Test]
    public void Analyze_UnclosedBracketBetweenCueAndNextQuote_Ends()
    {
        // Fuzz input 39145 (seed 12): after a quote with its cue, a day and a '(' that no ')' closes before the next
        // quote mark looped forever in DirectQuoteFinder.Interrupted (SkipBrackets returned where it started).
        const string text = "\"Harga naik\" ujar Budi Kamis (\"kami tunggu";

        var analysis = Extractor.Analyze(text);

        Assert.That(analysis.Quotes.Select(q => q.Content), Does.Contain("Harga naik"));
        Assert.That(analysis.Quotes, Has.All.Matches<AttributedQuote>(q => q != null && text[q.ContentSpan.Start..q.ContentSpan.End] == q.Content));
    }
}
