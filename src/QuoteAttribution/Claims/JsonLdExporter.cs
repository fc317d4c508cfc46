using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Claims;

/// <summary>
/// Writes schema.org JSON-LD: one <c>@graph</c> holding a <c>Claim</c> per claim (<c>text</c>, <c>author</c>,
/// <c>appearance</c>, <c>firstAppearance</c>, <c>datePublished</c>, <c>mentions</c>), a <c>Quotation</c> per
/// appearance (<c>text</c>, <c>creator</c>, <c>spokenByCharacter</c>, <c>isPartOf</c>), a <c>Person</c> or
/// <c>Organization</c> per speaker (groups are organisations), a <c>NewsArticle</c> per article and a <c>Thing</c>
/// per mentioned entity. A <c>Claim</c> can stand as the <c>itemReviewed</c> of a ClaimReview.
/// </summary>
internal sealed class JsonLdExporter : IClaimGraphExporter
{
    public void Write(ClaimGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var articles = graph.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var items = new JArray();
        foreach (var claim in graph.Claims)
        {
            var quotations = claim.Appearances.Select((a, i) => Quotation(claim, a, i, articles[a.ArticleId])).ToArray();
            var node = new JObject
            {
                ["@type"] = "Claim",
                ["@id"] = Id(claim.Id),
                ["text"] = claim.Content,
                ["author"] = References(claim.SpeakerIds),
                ["appearance"] = new JArray(quotations.Select(q => Reference((string)q["@id"]!))),
                ["firstAppearance"] = Reference((string)quotations[0]["@id"]!),
            };
            if (articles[claim.FirstAppearance.ArticleId].Date is { } date)
            {
                node["datePublished"] = date;
            }

            if (claim.MentionIds.Count > 0)
            {
                node["mentions"] = References(claim.MentionIds);
            }

            items.Add(node);
            foreach (var quotation in quotations)
            {
                items.Add(quotation);
            }
        }

        foreach (var speaker in graph.Speakers)
        {
            var node = new JObject
            {
                ["@type"] = speaker.Type is SpeakerType.Organization or SpeakerType.Group ? "Organization" : "Person",
                ["@id"] = Id(speaker.Id),
                ["name"] = speaker.Name,
            };
            if (speaker.Aliases.Count > 0)
            {
                node["alternateName"] = new JArray(speaker.Aliases);
            }

            if (speaker.Roles.Count > 0)
            {
                node[speaker.Type is SpeakerType.Person or null ? "jobTitle" : "description"] = new JArray(speaker.Roles);
            }

            items.Add(node);
        }

        foreach (var article in graph.Articles)
        {
            var node = new JObject { ["@type"] = "NewsArticle", ["@id"] = ArticleId(article.Id), ["identifier"] = article.Id };
            Optional(node, "headline", article.Title);
            Optional(node, "url", article.Url);
            Optional(node, "datePublished", article.Date);
            if (article.Outlet is not null)
            {
                node["publisher"] = new JObject { ["@type"] = "Organization", ["name"] = article.Outlet };
            }

            items.Add(node);
        }

        foreach (var entity in graph.Entities)
        {
            items.Add(new JObject { ["@type"] = "Thing", ["@id"] = Id(entity.Id), ["name"] = entity.Name });
        }

        var document = new JObject { ["@context"] = "https://schema.org", ["@graph"] = items };
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        output.Write('\n');
    }

    private static JObject Quotation(AttributedClaim claim, ClaimAppearance appearance, int index, ClaimArticle article)
    {
        var node = new JObject
        {
            ["@type"] = "Quotation",
            ["@id"] = $"{Id(claim.Id)}-appearance-{index + 1}",
            ["text"] = appearance.Quote.Content,
            ["isPartOf"] = Reference(ArticleId(article.Id)),
        };
        if (appearance.SpeakerId is { } speaker)
        {
            node["creator"] = Reference(Id(speaker));
            node["spokenByCharacter"] = Reference(Id(speaker));
        }

        Optional(node, "datePublished", article.Date);
        return node;
    }

    private static void Optional(JObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }

    private static JArray References(IEnumerable<string> ids) => new(ids.Select(i => Reference(Id(i))));

    private static JObject Reference(string id) => new() { ["@id"] = id };

    // claim:1 → #claim-1
    private static string Id(string nodeId) => "#" + nodeId.Replace(':', '-');

    private static string ArticleId(string articleId) => "#article-" + Uri.EscapeDataString(articleId);
}
