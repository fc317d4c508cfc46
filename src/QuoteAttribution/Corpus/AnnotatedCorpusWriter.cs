using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>Writes annotated articles as GUIDELINES.md records (one JSON object a line), e.g. cross-validation predictions to score.</summary>
public static class AnnotatedCorpusWriter
{
    /// <summary>Writes <paramref name="articles"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(articles);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        foreach (var article in articles)
        {
            var record = (JObject)article.Article.Fields.DeepClone();
            record[RecordSchema.Quotes] = new JArray(article.Quotes.Select(ToJson));
            writer.Write(record.ToString(Formatting.None));
            writer.Write('\n');
        }
    }

    private static JObject ToJson(AnnotatedQuote quote) => new()
    {
        [RecordSchema.Content] = quote.Content,
        [RecordSchema.ContentStart] = quote.ContentStart,
        [RecordSchema.ContentEnd] = quote.ContentEnd,
        [RecordSchema.Type] = quote.Type?.ToString().ToLowerInvariant(),
        [RecordSchema.Cue] = quote.Cue,
        [RecordSchema.Speaker] = quote.Speaker,
        [RecordSchema.SpeakerType] = quote.SpeakerType?.ToString().ToLowerInvariant(),
        [RecordSchema.Aliases] = new JArray(quote.Aliases),
        [RecordSchema.Optional] = quote.Optional,
        [RecordSchema.Confidence] = quote.Confidence,
        [RecordSchema.Provenance] = quote.Provenance is { } p
            ? new JObject { [RecordSchema.Rule] = p.Rule, [RecordSchema.Confidence] = p.Confidence, [RecordSchema.Detail] = p.Detail }
            : null,
    };
}
