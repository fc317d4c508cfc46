using Newtonsoft.Json;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Writes the corpus record of an analysed article: the input fields in input order, then <c>quotes</c>
/// as the annotation guidelines spell them, with <c>roles</c>, <c>confidence</c> and <c>provenance</c> added.
/// </summary>
internal static class AnalysisRecordJson
{
    public static void Write(JsonWriter json, ArticleRecord article, ArticleAnalysis analysis)
    {
        article.EnsureAnalysisOfText(analysis);
        json.WriteStartObject();
        foreach (var field in article.Fields.Properties())
        {
            field.WriteTo(json);
        }

        json.WritePropertyName(RecordSchema.Quotes);
        json.WriteStartArray();
        foreach (var quote in analysis.Quotes)
        {
            WriteQuote(json, quote);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Confidences are written with three decimals.</summary>
    public static double Round(double confidence) => Math.Round(confidence, 3, MidpointRounding.AwayFromZero);

    private static void WriteQuote(JsonWriter json, AttributedQuote quote)
    {
        json.WriteStartObject();
        json.Property(RecordSchema.Content, quote.Content);
        json.Property(RecordSchema.ContentStart, quote.ContentSpan.Start);
        json.Property(RecordSchema.ContentEnd, quote.ContentSpan.End);
        json.Property(RecordSchema.Type, RecordSchema.Name(quote.Type));
        json.Property(RecordSchema.Cue, quote.Cue);
        json.Property(RecordSchema.CueStart, quote.CueSpan?.Start);
        json.Property(RecordSchema.Source, quote.Source);
        json.Property(RecordSchema.SourceStart, quote.SourceSpan?.Start);
        json.Property(RecordSchema.Speaker, quote.Speaker);
        json.Property(RecordSchema.SpeakerType, quote.SpeakerType is { } type ? RecordSchema.Name(type) : null);
        json.Strings(RecordSchema.Aliases, quote.Aliases);
        json.Strings(RecordSchema.Roles, quote.Roles);
        json.WritePropertyName(RecordSchema.Optional);
        json.WriteValue(quote.Optional);
        json.WritePropertyName(RecordSchema.Confidence);
        json.WriteValue(Round(quote.Confidence));

        json.WritePropertyName(RecordSchema.Provenance);
        json.WriteStartObject();
        json.Property(RecordSchema.Rule, quote.Provenance.Rule);
        json.WritePropertyName(RecordSchema.Confidence);
        json.WriteValue(Round(quote.Provenance.Confidence));
        json.Property(RecordSchema.Detail, quote.Provenance.Detail);
        json.WriteEndObject();

        json.WriteEndObject();
    }
}
