namespace QuoteAttribution.Claims;

/// <summary>
/// An attributed-claim graph: speakers, claims, articles and mentioned entities, joined by
/// <c>said</c>, <c>appears_in</c>, <c>mentions</c> and <c>same_as</c> edges. Built by <see cref="ClaimGraphBuilder"/>.
/// </summary>
public sealed class ClaimGraph
{
    internal ClaimGraph(
        IReadOnlyList<ClaimArticle> articles,
        IReadOnlyList<ClaimSpeaker> speakers,
        IReadOnlyList<AttributedClaim> claims,
        IReadOnlyList<ClaimEntity> entities,
        IReadOnlyList<ClaimEdge> edges)
    {
        Articles = articles;
        Speakers = speakers;
        Claims = claims;
        Entities = entities;
        Edges = edges;
    }

    /// <summary>The articles, by date (undated last), then id.</summary>
    public IReadOnlyList<ClaimArticle> Articles { get; }

    /// <summary>The speakers, one node per person or organisation across the run.</summary>
    public IReadOnlyList<ClaimSpeaker> Speakers { get; }

    /// <summary>The distinct claims, in order of first appearance.</summary>
    public IReadOnlyList<AttributedClaim> Claims { get; }

    /// <summary>Names mentioned inside claims that are not speakers.</summary>
    public IReadOnlyList<ClaimEntity> Entities { get; }

    /// <summary>All edges: said, appears_in, mentions, same_as.</summary>
    public IReadOnlyList<ClaimEdge> Edges { get; }

    /// <summary>The graph of analysed articles: <c>ClaimGraph.From(extractor.AnalyzeFile("articles.jsonl"))</c>.</summary>
    /// <remarks>An article id seen twice is kept once (the first).</remarks>
    public static ClaimGraph From(IEnumerable<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var builder = new ClaimGraphBuilder();
        foreach (var article in articles)
        {
            builder.Add(article.ToClaimArticle(), article.Analysis);
        }

        return builder.Build();
    }

    /// <summary>Writes the graph in <paramref name="format"/> (GraphML for Gephi, DOT for Graphviz, …) to a writer the caller owns.</summary>
    public void WriteTo(TextWriter output, ClaimGraphFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        IClaimGraphExporter.Create(format).Write(this, output);
    }

    /// <summary>A one-line summary: <c>claim graph · 3 articles · 5 speakers · 12 claims · 4 entities · 40 edges</c>.</summary>
    public override string ToString() =>
        $"claim graph · {Count(Articles.Count, "article")} · {Count(Speakers.Count, "speaker")} · {Count(Claims.Count, "claim")} · " +
        $"{Count(Entities.Count, "entity", "entities")} · {Count(Edges.Count, "edge")}";

    private static string Count(int count, string noun, string? plural = null) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>The node id of the article <paramref name="articleId"/> (<c>article:kompas-1</c>).</summary>
    public static string ArticleNodeId(string articleId) => "article:" + articleId;
}
