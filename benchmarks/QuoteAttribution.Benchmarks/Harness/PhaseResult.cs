using System.Globalization;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// One timed phase of the throughput harness: the file streamed K times. Throughput is reported for the
/// median pass (robust to the bursts of a shared machine), with the fastest and slowest pass beside it.
/// </summary>
internal sealed record PhaseResult(string Name, IReadOnlyList<double> PassSeconds, long Articles, long Words, long MaxWorkingSet)
{
    /// <summary>All passes together.</summary>
    public double Seconds => PassSeconds.Sum();

    /// <summary>The median pass's time.</summary>
    public double MedianPassSeconds
    {
        get
        {
            var sorted = PassSeconds.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>Words per second of the median pass (every pass streams the same file).</summary>
    public double WordsPerSecond => Words / (double)PassSeconds.Count / MedianPassSeconds;

    public double ArticlesPerSecond => Articles / (double)PassSeconds.Count / MedianPassSeconds;

    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} {MedianPassSeconds * 1000,7:F0} ms/pass ({PassSeconds.Min() * 1000:F0}–{PassSeconds.Max() * 1000:F0}) {WordsPerSecond,12:N0} words/s {ArticlesPerSecond,8:N0} articles/s   max working set {MaxWorkingSet / 1e6,5:N0} MB");

    /// <summary>The line of <see cref="Format"/> followed by every pass's time in ms, in order.</summary>
    public string FormatWithPasses() =>
        Format() + "  passes: " + string.Join(" ", PassSeconds.Select(p => (p * 1000).ToString("F0", CultureInfo.InvariantCulture)));
}
