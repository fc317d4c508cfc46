using System.Diagnostics;
using System.Globalization;

namespace QuoteAttribution.Cli;

/// <summary>
/// What <c>kutip extract</c> tells people on standard error: each failed article, a progress line that
/// rewrites itself (only on a terminal), and a closing summary with throughput and peak memory.
/// </summary>
/// <param name="stderr">Standard error.</param>
/// <param name="quiet">No summary.</param>
/// <param name="showProgress">Show the progress line (standard error is a terminal).</param>
/// <param name="total">Articles in the input, for the progress line's share and time left; null when unknown.</param>
internal sealed class ExtractReport(TextWriter stderr, bool quiet, bool showProgress, long? total = null)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ProgressDisplay progress = new(stderr, showProgress, total);

    /// <summary>Articles written.</summary>
    public int Articles { get; private set; }

    /// <summary>Input items that failed (each reported).</summary>
    public int Errors { get; private set; }

    /// <summary>Quotes written.</summary>
    public long Quotes { get; private set; }

    /// <summary>Whitespace-separated tokens in the texts of the articles written.</summary>
    public long Words { get; private set; }

    /// <summary>Counts an article written.</summary>
    public void Written(int quotes, int words)
    {
        Articles++;
        Quotes += quotes;
        Words += words;
        UpdateProgress();
    }

    /// <summary>Reports an input item that failed, e.g. <c>articles.jsonl:17: not JSON (…)</c>.</summary>
    public void Failed(string message)
    {
        Errors++;
        ClearProgress();
        stderr.Write($"{CliApp.Name}: {message}\n");
        UpdateProgress();
    }

    /// <summary>Clears the progress line and, unless quiet, prints the summary.</summary>
    public void Finish()
    {
        ClearProgress();
        if (!quiet)
        {
            stderr.Write(Summary(clock.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64) + "\n");
        }
    }

    /// <summary>The one-line summary, e.g. <c>kutip: 1,771 articles, 0 errors, 4,102 quotes in 2.4 s …</c>.</summary>
    public string Summary(TimeSpan elapsed, long peakWorkingSetBytes)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{CliApp.Name}: {Counted.Of(Articles, "article")}, {Counted.Of(Errors, "error")}, " +
            $"{Counted.Of(Quotes, "quote")} in {elapsed.TotalSeconds:0.00} s " +
            $"({Articles / seconds:N0} articles/s, {Words / seconds:N0} words/s), " +
            $"peak working set {peakWorkingSetBytes / (1024.0 * 1024.0):N0} MB");
    }

    /// <summary>The number of whitespace-separated tokens in <paramref name="text"/>.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    private void UpdateProgress() => progress.Update(Articles + Errors);

    private void ClearProgress() => progress.Clear();
}
