using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution;

/// <summary>The decision about one quote: who said it, through which source expression, and why.</summary>
internal sealed record Attribution(Speaker? Speaker, Mention? Source, Provenance Provenance);
