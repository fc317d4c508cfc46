namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// One adversarial input family: builds its articles for a fraction of the full size, so the harness can
/// measure growing sizes and see whether time per MB stays flat.
/// </summary>
internal sealed record PathologicalCase(string Name, string FullSize, Func<double, IReadOnlyList<string>> Build);
