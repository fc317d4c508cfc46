namespace QuoteAttribution;

/// <summary>How a <see cref="QuoteExtractor"/> attributes speakers.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>
    /// Rank candidate speakers with the trained model when one is available (the default). False runs the
    /// deterministic sieves alone: the ablation <c>--no-model</c> of the CLI.
    /// </summary>
    public bool UseModel { get; init; } = true;

    /// <summary>
    /// A model file to load instead of the one embedded in the library, or null for the embedded one.
    /// </summary>
    public string? ModelPath { get; init; }
}
