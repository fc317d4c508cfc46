namespace QuoteAttribution;

/// <summary>
/// The engine's entry point: finds every quotation in an Indonesian news article and attributes it.
/// Create one per process and share it; <see cref="Analyze"/> is thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    /// <summary>Creates an extractor with the built-in lexicons.</summary>
    public QuoteExtractor()
    {
    }

    /// <summary>Finds and attributes the quotes of one article.</summary>
    /// <param name="text">The article body. Offsets in the result index this exact string.</param>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ArticleAnalysis(text, []);
    }
}
