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

    /// <summary>The node id of the article <paramref name="articleId"/> (<c>article:kompas-1</c>).</summary>
    public static string ArticleNodeId(string articleId) => "article:" + articleId;
}
