namespace QuoteAttribution.Claims;

/// <summary>The kinds of edge in a claim graph.</summary>
public enum ClaimEdgeKind
{
    /// <summary>Speaker → claim: the speaker said it.</summary>
    Said,

    /// <summary>Claim → article: the claim is quoted in the article (one edge per appearance).</summary>
    AppearsIn,

    /// <summary>Claim → entity or speaker: the claim's content names it.</summary>
    Mentions,

    /// <summary>Speaker → article: the article's speaker (under the name the edge carries) is this node; a speaker with several is one speaker across articles.</summary>
    SameAs,
}
