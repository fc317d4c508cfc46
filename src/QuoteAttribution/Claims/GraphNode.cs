using System.Globalization;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Claims;

/// <summary>A node of a <see cref="ClaimGraph"/> flattened to an id, a kind, a label and string attributes, for the flat formats (GraphML, DOT).</summary>
/// <param name="Id">The node id.</param>
/// <param name="Kind"><c>speaker</c>, <c>claim</c>, <c>article</c> or <c>entity</c>.</param>
/// <param name="Label">A short human-readable label.</param>
/// <param name="Attributes">Named attribute values (lists joined with <c> | </c>); absent values are left out.</param>
internal sealed record GraphNode(string Id, string Kind, string Label, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    /// <summary>The attribute names any node may carry, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> AttributeNames =
    [
        "name", "speaker_type", "aliases", "roles",
        "content", "claim_type", "cue", "confidence", "provenance", "appearances", "first_appearance", "first_date",
        "outlet", "url", "title", "date",
    ];

    /// <summary>Every node of <paramref name="graph"/>: speakers, claims, articles, entities.</summary>
    public static IEnumerable<GraphNode> All(ClaimGraph graph)
    {
        foreach (var speaker in graph.Speakers)
        {
            yield return Node(speaker.Id, "speaker", speaker.Name,
                ("name", speaker.Name),
                ("speaker_type", speaker.Type is { } t ? RecordSchema.Name(t) : null),
                ("aliases", Join(speaker.Aliases)),
                ("roles", Join(speaker.Roles)));
        }

        var dates = graph.Articles.ToDictionary(a => a.Id, a => a.Date, StringComparer.Ordinal);
        foreach (var claim in graph.Claims)
        {
            var first = claim.FirstAppearance;
            yield return Node(claim.Id, "claim", claim.Content,
                ("content", claim.Content),
                ("claim_type", RecordSchema.Name(claim.Type)),
                ("cue", first.Quote.Cue),
                ("confidence", claim.Confidence.ToString("0.###", CultureInfo.InvariantCulture)),
                ("provenance", first.Quote.Provenance.Rule),
                ("appearances", claim.Appearances.Count.ToString(CultureInfo.InvariantCulture)),
                ("first_appearance", first.ArticleId),
                ("first_date", dates.GetValueOrDefault(first.ArticleId)));
        }

        foreach (var article in graph.Articles)
        {
            yield return Node(ClaimGraph.ArticleNodeId(article.Id), "article", article.Title ?? article.Id,
                ("title", article.Title), ("outlet", article.Outlet), ("url", article.Url), ("date", article.Date));
        }

        foreach (var entity in graph.Entities)
        {
            yield return Node(entity.Id, "entity", entity.Name, ("name", entity.Name));
        }
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(" | ", values);

    private static GraphNode Node(string id, string kind, string label, params (string Name, string? Value)[] attributes) =>
        new(id, kind, label, attributes.Where(a => a.Value is not null).Select(a => KeyValuePair.Create(a.Name, a.Value!)).ToArray());
}
