using QuoteAttribution.Corpus;
using QuoteAttribution.Text;

namespace QuoteAttribution;

/// <summary>One quotation found in an article, with its cue, source mention and resolved speaker.</summary>
public sealed record AttributedQuote
{
    /// <summary>The quoted or reported words, exactly as they stand in the text.</summary>
    public required string Content { get; init; }

    /// <summary>Where <see cref="Content"/> stands in the original text (half-open, UTF-16).</summary>
    public required TextSpan ContentSpan { get; init; }

    /// <summary>Direct, indirect or mixed.</summary>
    public required QuoteType Type { get; init; }

    /// <summary>The reporting word or phrase (<c>kata</c>, <c>menegaskan</c>, <c>katanya</c>), or null.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue stands, or null.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The expression nearest the cue that refers to the speaker (<c>dia</c>, <c>Pavel</c>, the <c>-nya</c> of <c>katanya</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Where the source expression stands, or null.</summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>The speaker's fullest name in the article, without titles or roles; null when the text does not tell.</summary>
    public string? Speaker { get; init; }

    /// <summary>The kind of speaker, or null when unknown.</summary>
    public SpeakerType? SpeakerType { get; init; }

    /// <summary>Other surface forms in the article that name the same speaker.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Titles and roles seen with the speaker in this article (<c>Presiden</c>, <c>Kepala Dinas …</c>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>True for borderline quotes that the guidelines call optional (beliefs, stances, continuations).</summary>
    public bool Optional { get; init; }

    /// <summary>Why this speaker was chosen.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Confidence of the attribution, the same as <see cref="Provenance"/>'s.</summary>
    public double Confidence => Provenance.Confidence;

    /// <summary>One line for people: <c>direct · Budi Santoso (person) · cue "kata" · 0.950 · direct+trailing-cue/cue-source · “…”</c>.</summary>
    public override string ToString() => $"{TextAnalysisWriter.Describe(this)} · “{Content}”";
}
