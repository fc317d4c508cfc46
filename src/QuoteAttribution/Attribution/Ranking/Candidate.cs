using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>A possible speaker of one quote: who, and the mention of it nearest the quote.</summary>
/// <param name="Speaker">The speaker it would be.</param>
/// <param name="Mentions">Its mentions in the article outside quotations, in text order.</param>
internal sealed record Candidate(Speaker Speaker, IReadOnlyList<Mention> Mentions);
