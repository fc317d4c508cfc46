namespace QuoteAttribution.Store;

/// <summary>A full-text search over claims, with optional filters on the appearances.</summary>
/// <param name="Text">The words to find (all of them, Indonesian-aware); any text is safe.</param>
public sealed record ClaimQuery(string Text)
{
    /// <summary>Only claims said by a speaker with this name or alias.</summary>
    public string? Speaker { get; init; }

    /// <summary>Only appearances in this outlet (case-insensitive).</summary>
    public string? Outlet { get; init; }

    /// <summary>Only appearances in articles dated on or after this day (<c>yyyy-MM-dd</c>).</summary>
    public string? Since { get; init; }

    /// <summary>Only appearances in articles dated on or before this day (<c>yyyy-MM-dd</c>).</summary>
    public string? Until { get; init; }

    /// <summary>The most claims returned.</summary>
    public int Limit { get; init; } = 20;
}
