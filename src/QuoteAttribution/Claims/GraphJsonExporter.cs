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
            json.Property("id", speaker.Id);
            json.Property("kind", "speaker");
            json.Property("name", speaker.Name);
            json.Property("speaker_type", speaker.Type is { } t ? RecordSchema.Name(t) : null);
            json.Strings("aliases", speaker.Aliases);
            json.Strings("roles", speaker.Roles);
            json.WriteEndObject();
        }

        foreach (var claim in graph.Claims)
        {
            WriteClaim(json, claim);
        }

        foreach (var article in graph.Articles)
        {
            json.WriteStartObject();
            json.Property("id", ClaimGraph.ArticleNodeId(article.Id));
            json.Property("kind", "article");
            json.Property("article_id", article.Id);
            json.Property("outlet", article.Outlet);
            json.Property("url", article.Url);
            json.Property("title", article.Title);
            json.Property("date", article.Date);
            json.WriteEndObject();
        }

        foreach (var entity in graph.Entities)
        {
            json.WriteStartObject();
            json.Property("id", entity.Id);
            json.Property("kind", "entity");
            json.Property("name", entity.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("edges");
        json.WriteStartArray();
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.Property("source", edge.Source);
            json.Property("target", edge.Target);
            json.Property("kind", edge.KindName);
            if (edge.Label is not null)
            {
                json.Property("label", edge.Label);
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
        json.Property("id", claim.Id);
        json.Property("kind", "claim");
        json.Property("content", claim.Content);
        json.Property("type", RecordSchema.Name(claim.Type));
        json.WritePropertyName("confidence");
        json.WriteValue(AnalysisRecordJson.Round(claim.Confidence));
        json.Property("first_appearance", claim.FirstAppearance.ArticleId);
        json.WritePropertyName("appearances");
        json.WriteStartArray();
        foreach (var appearance in claim.Appearances)
        {
            var quote = appearance.Quote;
            json.WriteStartObject();
            json.Property("article", appearance.ArticleId);
            json.Property("content", quote.Content);
            json.WritePropertyName("content_start");
            json.WriteValue(quote.ContentSpan.Start);
            json.WritePropertyName("content_end");
            json.WriteValue(quote.ContentSpan.End);
            json.Property("type", RecordSchema.Name(quote.Type));
            json.Property("cue", quote.Cue);
            json.WritePropertyName("cue_start");
            json.WriteValue(quote.CueSpan?.Start);
            json.Property("source", quote.Source);
            json.WritePropertyName("source_start");
            json.WriteValue(quote.SourceSpan?.Start);
            json.Property("speaker", appearance.SpeakerId);
            json.Property("speaker_name", quote.Speaker);
            json.WritePropertyName("confidence");
            json.WriteValue(AnalysisRecordJson.Round(quote.Confidence));
            json.WritePropertyName("provenance");
            json.WriteStartObject();
            json.Property("rule", quote.Provenance.Rule);
            json.Property("detail", quote.Provenance.Detail);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
