namespace QuoteAttribution.Claims;

/// <summary>One edge of a claim graph.</summary>
/// <param name="Kind">What the edge says.</param>
/// <param name="Source">The id of the node it leaves.</param>
/// <param name="Target">The id of the node it reaches.</param>
/// <param name="Label">Extra text: the name a <see cref="ClaimEdgeKind.SameAs"/> article uses, the cue of an <see cref="ClaimEdgeKind.AppearsIn"/>; or null.</param>
public sealed record ClaimEdge(ClaimEdgeKind Kind, string Source, string Target, string? Label = null)
{
    /// <summary>The edge's kind as exporters write it: <c>said</c>, <c>appears_in</c>, <c>mentions</c>, <c>same_as</c>.</summary>
    public string KindName => Name(Kind);

    /// <summary>The written name of <paramref name="kind"/>.</summary>
    public static string Name(ClaimEdgeKind kind) => kind switch
    {
        ClaimEdgeKind.Said => "said",
        ClaimEdgeKind.AppearsIn => "appears_in",
        ClaimEdgeKind.Mentions => "mentions",
        ClaimEdgeKind.SameAs => "same_as",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
