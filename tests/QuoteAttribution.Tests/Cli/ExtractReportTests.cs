using NUnit.Framework;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class ExtractReportTests
{
    [TestCase("", 0)]
    [TestCase("   ", 0)]
    [TestCase("Harga beras turun.", 3)]
    [TestCase("  Kata\tdia,\n\n“siap”  ", 3)]
    public void CountWords_Text_CountsWhitespaceSeparatedTokens(string text, int words)
    {
        Assert.That(ExtractReport.CountWords(text), Is.EqualTo(words));
    }

    [Test]
    public void Summary_AfterSomeWork_GivesCountsRatesAndMemory()
    {
        var report = new ExtractReport(new StringWriter(), quiet: false, showProgress: false);
        report.Written(quotes: 3, words: 1_000);
        report.Written(quotes: 1, words: 500);
        report.Failed("x.jsonl:3: not JSON (…)");

        var summary = report.Summary(TimeSpan.FromSeconds(0.5), 150L * 1024 * 1024);

        Assert.That(summary, Is.EqualTo(
            "kutip: 2 articles, 1 error, 4 quotes in 0.50 s (4 articles/s, 3,000 words/s), peak working set 150 MB"));
    }
}
