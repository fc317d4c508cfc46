namespace QuoteAttribution.Server.Hosting;

/// <summary>The engine the server shares between requests: one analysis function, thread-safe.</summary>
/// <param name="Analyze">Analyses one article text.</param>
internal sealed record Engine(Func<string, ArticleAnalysis> Analyze);
