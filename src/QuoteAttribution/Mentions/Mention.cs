using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>A stretch of text that refers to a possible speaker.</summary>
/// <param name="FirstToken">First token of the whole expression (roles included).</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Kind">How it refers.</param>
/// <param name="Span">The whole expression in the text.</param>
/// <param name="Name">The person's or organisation's name without titles and roles, or the phrase itself for groups, titles and pronouns.</param>
/// <param name="Role">The titles and roles before the name, or null.</param>
/// <param name="NameFirstToken">First token of <paramref name="Name"/>.</param>
/// <param name="SpeakerType">What kind of speaker the mention names.</param>
internal sealed record Mention(
    int FirstToken,
    int EndToken,
    MentionKind Kind,
    TextSpan Span,
    string Name,
    string? Role,
    int NameFirstToken,
    SpeakerType SpeakerType)
{
    /// <summary>The entity the mention was clustered into (names and organisations), or -1.</summary>
    public int Entity { get; set; } = -1;

    /// <summary>True when the mention stands inside a direct quotation (a person spoken about, not a speaker).</summary>
    public bool InsideQuote { get; init; }
}
