using Newtonsoft.Json;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Claims;

/// <summary>
/// Writes <c>{"nodes": […], "edges": […]}</c>: each node with <c>id</c>, <c>kind</c> and its fields (claims with
/// every appearance: article, offsets, cue, source, speaker, confidence, provenance); each edge with
/// <c>source</c>, <c>target</c>, <c>kind</c> and an optional <c>label</c>.
/// </summary>
internal sealed class GraphJsonExporter : IClaimGraphExporter
{
    public void Write(ClaimGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var speaker in graph.Speakers)
        {
            json.WriteStartObject();
            Property(json, "id", speaker.Id);
            Property(json, "kind", "speaker");
            Property(json, "name", speaker.Name);
            Property(json, "speaker_type", speaker.Type is { } t ? RecordSchema.Name(t) : null);
            Strings(json, "aliases", speaker.Aliases);
            Strings(json, "roles", speaker.Roles);
            json.WriteEndObject();
        }

        foreach (var claim in graph.Claims)
        {
            WriteClaim(json, claim);
        }

        foreach (var article in graph.Articles)
        {
            json.WriteStartObject();
            Property(json, "id", ClaimGraph.ArticleNodeId(article.Id));
            Property(json, "kind", "article");
            Property(json, "article_id", article.Id);
            Property(json, "outlet", article.Outlet);
            Property(json, "url", article.Url);
            Property(json, "title", article.Title);
            Property(json, "date", article.Date);
            json.WriteEndObject();
        }

        foreach (var entity in graph.Entities)
        {
            json.WriteStartObject();
            Property(json, "id", entity.Id);
            Property(json, "kind", "entity");
            Property(json, "name", entity.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("edges");
        json.WriteStartArray();
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            Property(json, "source", edge.Source);
            Property(json, "target", edge.Target);
            Property(json, "kind", edge.KindName);
            if (edge.Label is not null)
            {
                Property(json, "label", edge.Label);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    private static void WriteClaim(JsonWriter json, AttributedClaim claim)
    {
        json.WriteStartObject();
        Property(json, "id", claim.Id);
        Property(json, "kind", "claim");
        Property(json, "content", claim.Content);
        Property(json, "type", RecordSchema.Name(claim.Type));
        json.WritePropertyName("confidence");
        json.WriteValue(AnalysisRecordJson.Round(claim.Confidence));
        Property(json, "first_appearance", claim.FirstAppearance.ArticleId);
        json.WritePropertyName("appearances");
        json.WriteStartArray();
        foreach (var appearance in claim.Appearances)
        {
            var quote = appearance.Quote;
            json.WriteStartObject();
            Property(json, "article", appearance.ArticleId);
            Property(json, "content", quote.Content);
            json.WritePropertyName("content_start");
            json.WriteValue(quote.ContentSpan.Start);
            json.WritePropertyName("content_end");
            json.WriteValue(quote.ContentSpan.End);
            Property(json, "type", RecordSchema.Name(quote.Type));
            Property(json, "cue", quote.Cue);
            json.WritePropertyName("cue_start");
            json.WriteValue(quote.CueSpan?.Start);
            Property(json, "source", quote.Source);
            json.WritePropertyName("source_start");
            json.WriteValue(quote.SourceSpan?.Start);
            Property(json, "speaker", appearance.SpeakerId);
            Property(json, "speaker_name", quote.Speaker);
            json.WritePropertyName("confidence");
            json.WriteValue(AnalysisRecordJson.Round(quote.Confidence));
            json.WritePropertyName("provenance");
            json.WriteStartObject();
            Property(json, "rule", quote.Provenance.Rule);
            Property(json, "detail", quote.Provenance.Detail);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Strings(JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }
}
