namespace QuoteAttribution;

/// <summary>The result of analysing one article: its quotes in text order.</summary>
public sealed record ArticleAnalysis(string Text, IReadOnlyList<AttributedQuote> Quotes);
