using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>A quotation found in the text, with the cue and the stretch where its source stands, before attribution.</summary>
internal sealed record QuoteCandidate
{
    public required TextSpan Content { get; init; }

    public required QuoteType Type { get; init; }

    /// <summary>The construction that found it (<c>direct+trailing-cue</c>, <c>indirect+active-cue</c>, …).</summary>
    public required string Pattern { get; init; }

    /// <summary>First token of the content (for ordering and distances).</summary>
    public required int FirstToken { get; init; }

    /// <summary>One past the last token of the content.</summary>
    public required int EndToken { get; init; }

    /// <summary>The cue token, or -1.</summary>
    public int CueToken { get; init; } = -1;

    public CueForm? Cue { get; init; }

    /// <summary>The tokens where the source expression stands, or (-1, -1).</summary>
    public (int First, int End) SourceRegion { get; init; } = (-1, -1);

    /// <summary>For source-before-cue constructions: the mention nearest the subject position comes first.</summary>
    public bool SourceIsSubject { get; init; }

    /// <summary>The cue's <c>-nya</c> is the source (<c>katanya</c>, <c>Menurutnya</c>).</summary>
    public bool CliticSource { get; init; }

    /// <summary>A multi-paragraph quote's paragraph left open: it continues in the next quote.</summary>
    public bool Unclosed { get; init; }

    public bool Optional { get; init; }
}
