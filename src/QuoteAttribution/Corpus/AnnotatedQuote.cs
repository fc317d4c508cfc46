using QuoteAttribution.Text;

namespace QuoteAttribution.Corpus;

/// <summary>
/// A quote as a corpus record states it: a gold annotation or an engine's prediction read back from JSONL.
/// Unlike <see cref="AttributedQuote"/>, everything but <see cref="Content"/> may be missing, as the
/// annotation guidelines allow (offsets are optional in predictions; gold has no provenance).
/// </summary>
public sealed record AnnotatedQuote
{
    /// <summary>The quoted or reported words.</summary>
    public required string Content { get; init; }

    /// <summary>Where the content starts in the article text (UTF-16, inclusive), when given.</summary>
    public int? ContentStart { get; init; }

    /// <summary>Where the content ends in the article text (UTF-16, exclusive), when given.</summary>
    public int? ContentEnd { get; init; }

    /// <summary>The content's span when both offsets are given, else null.</summary>
    public TextSpan? ContentSpan => ContentStart is { } start && ContentEnd is { } end ? new TextSpan(start, end) : null;

    /// <summary>Direct, indirect or mixed, when given.</summary>
    public QuoteType? Type { get; init; }

    /// <summary>The reporting word or phrase, or null.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue starts, or null.</summary>
    public int? CueStart { get; init; }

    /// <summary>The expression that refers to the speaker nearest the cue, or null.</summary>
    public string? Source { get; init; }

    /// <summary>Where the source expression starts, or null.</summary>
    public int? SourceStart { get; init; }

    /// <summary>The resolved speaker, or null when the text does not tell.</summary>
    public string? Speaker { get; init; }

    /// <summary>The kind of speaker, or null.</summary>
    public SpeakerType? SpeakerType { get; init; }

    /// <summary>Other surface forms naming the same speaker.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Titles and roles seen with the speaker (predictions only).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>True for a borderline quote that scoring neither rewards nor penalises.</summary>
    public bool Optional { get; init; }

    /// <summary>The attribution's confidence (predictions only), or null.</summary>
    public double? Confidence { get; init; }

    /// <summary>Which rule decided and why (predictions only), or null.</summary>
    public Provenance? Provenance { get; init; }
}
