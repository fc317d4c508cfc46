using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>Issue 11: the progress line of long extract and index runs, on a terminal only.</summary>
public sealed class ProgressBarTests
{
    [Test]
    public void Render_KnownTotal_ShowsBarShareCountRateAndTimeLeft()
    {
        var line = ProgressBar.Render(done: 850, total: 1_700, elapsed: TimeSpan.FromSeconds(2));

        Assert.That(line, Is.EqualTo("kutip: [████████████░░░░░░░░░░░░]  50% 850/1,700 articles · 425 articles/s · ETA 0:02"));
    }

    [Test]
    public void Render_UnknownTotal_ShowsCountAndRateOnly()
    {
        var line = ProgressBar.Render(done: 3_000, total: null, elapsed: TimeSpan.FromSeconds(4));

        Assert.That(line, Is.EqualTo("kutip: 3,000 articles · 750 articles/s"));
    }

    [Test]
    public void Render_NarrowTerminal_DropsTheBarBeforeTheFigures()
    {
        var line = ProgressBar.Render(done: 10, total: 1_000, elapsed: TimeSpan.FromSeconds(1), maxWidth: 70);

        Assert.That(line, Is.EqualTo("kutip:   1% 10/1,000 articles · 10 articles/s · ETA 1:39"));
    }

    [Test]
    public void Render_MoreDoneThanCounted_NeverPassesTheWholeBar()
    {
        var line = ProgressBar.Render(done: 12, total: 10, elapsed: TimeSpan.FromSeconds(1));

        Assert.That(line, Does.Contain("[████████████████████████] 100% 10/10 articles").And.EndWith("ETA 0:00"));
    }

    [TestCase(0, "0:00")]
    [TestCase(6.2, "0:07")]
    [TestCase(750, "12:30")]
    [TestCase(3723, "1:02:03")]
    public void Clock_Seconds_ReadsAsMinutesOrHours(double seconds, string expected)
    {
        Assert.That(ProgressBar.Clock(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
    }

    [Test]
    public void Display_OnATerminal_WaitsASecondRedrawsInPlaceAndWipesAtTheEnd()
    {
        var stderr = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new ProgressDisplay(stderr, enabled: true, total: 100, clock: () => now, width: 100);

        display.Update(5);
        Assert.That(stderr.ToString(), Is.Empty, "nothing in the first second");

        now = TimeSpan.FromSeconds(1.5);
        display.Update(30);
        now = TimeSpan.FromSeconds(1.6);
        display.Update(31);
        Assert.That(stderr.ToString(), Is.EqualTo("\r" + ProgressBar.Render(30, 100, TimeSpan.FromSeconds(1.5), 99)), "at most four redraws a second");

        now = TimeSpan.FromSeconds(2);
        display.Update(40);
        display.Clear();
        var written = stderr.ToString();
        var last = ProgressBar.Render(40, 100, TimeSpan.FromSeconds(2), 99);
        Assert.That(written, Does.Contain("\r" + last));
        Assert.That(written, Does.EndWith("\r" + new string(' ', last.Length) + "\r"));
    }

    [Test]
    public void Display_WhenStandardErrorIsRedirected_WritesNothing()
    {
        var stderr = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new ProgressDisplay(stderr, enabled: false, total: 100, clock: () => now, width: 100);

        foreach (var second in new[] { 1.0, 2.0, 5.0, 60.0 })
        {
            now = TimeSpan.FromSeconds(second);
            display.Update((long)second);
        }

        display.Clear();
        Assert.That(stderr.ToString(), Is.Empty);
    }

    [Test]
    public void Extract_RedirectedStandardError_PrintsTheSummaryWithoutAnyProgressLine()
    {
        var input = string.Concat(Enumerable.Range(0, 50).Select(i => $"{{\"id\":\"a{i}\",\"text\":\"\\\"Stok beras aman,\\\" kata Budi.\"}}\n"));

        var result = Kutip.RunWithInput(input, "extract");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stderr, Does.StartWith("kutip: 50 articles, 0 errors").And.Not.Contain("\r").And.Not.Contain("█"));
    }

    [Test]
    public void CountArticles_JsonLinesAndText_CountsNonBlankLinesAndOnePerTextFile()
    {
        using var temp = new TempDirectory();
        var jsonl = Path.Combine(temp.Path, "a.jsonl");
        File.WriteAllText(jsonl, "{\"id\":\"1\",\"text\":\"x\"}\n\n  \r\n{\"id\":\"2\",\"text\":\"y\"}\r\n{\"id\":\"3\",\"text\":\"z\"}");
        var txt = Path.Combine(temp.Path, "b.txt");
        File.WriteAllText(txt, "Satu.\n\nDua.\n");

        Assert.That(InputSize.CountArticles([jsonl, txt]), Is.EqualTo(4));
        Assert.That(InputSize.CountArticles([jsonl, "-"]), Is.Null, "standard input cannot be counted beforehand");
        Assert.That(InputSize.CountArticles([Path.Combine(temp.Path, "missing.jsonl")]), Is.Null);
    }
}
