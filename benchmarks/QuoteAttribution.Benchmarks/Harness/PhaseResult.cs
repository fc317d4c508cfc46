using System.Globalization;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>One timed phase of the throughput harness.</summary>
internal sealed record PhaseResult(string Name, double Seconds, long Articles, long Words, long MaxWorkingSet)
{
    public double WordsPerSecond => Words / Seconds;

    public double ArticlesPerSecond => Articles / Seconds;

    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} {Seconds,8:F2} s {WordsPerSecond,14:N0} words/s {ArticlesPerSecond,10:N0} articles/s   max working set {MaxWorkingSet / 1e6,6:N0} MB");
}
