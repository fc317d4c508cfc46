using QuoteAttribution.Text;

namespace QuoteAttribution.Claims;

/// <summary>One occurrence of a claim: the quote as it stands in one article.</summary>
/// <param name="ArticleId">The article it appears in.</param>
/// <param name="Quote">The quote as the engine (or the input) gave it: content, offsets, cue, source, speaker, provenance.</param>
/// <param name="SpeakerId">The graph id of its speaker node, or null when the speaker is unknown.</param>
public sealed record ClaimAppearance(string ArticleId, AttributedQuote Quote, string? SpeakerId)
{
    /// <summary>Where the content stands in the article's text (half-open, UTF-16).</summary>
    public TextSpan ContentSpan => Quote.ContentSpan;
}
