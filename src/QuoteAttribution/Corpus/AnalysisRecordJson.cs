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
        Property(json, RecordSchema.Content, quote.Content);
        Property(json, RecordSchema.ContentStart, quote.ContentSpan.Start);
        Property(json, RecordSchema.ContentEnd, quote.ContentSpan.End);
        Property(json, RecordSchema.Type, RecordSchema.Name(quote.Type));
        Property(json, RecordSchema.Cue, quote.Cue);
        Property(json, RecordSchema.CueStart, quote.CueSpan?.Start);
        Property(json, RecordSchema.Source, quote.Source);
        Property(json, RecordSchema.SourceStart, quote.SourceSpan?.Start);
        Property(json, RecordSchema.Speaker, quote.Speaker);
        Property(json, RecordSchema.SpeakerType, quote.SpeakerType is { } type ? RecordSchema.Name(type) : null);
        Strings(json, RecordSchema.Aliases, quote.Aliases);
        Strings(json, RecordSchema.Roles, quote.Roles);
        json.WritePropertyName(RecordSchema.Optional);
        json.WriteValue(quote.Optional);
        json.WritePropertyName(RecordSchema.Confidence);
        json.WriteValue(Round(quote.Confidence));

        json.WritePropertyName(RecordSchema.Provenance);
        json.WriteStartObject();
        Property(json, RecordSchema.Rule, quote.Provenance.Rule);
        json.WritePropertyName(RecordSchema.Confidence);
        json.WriteValue(Round(quote.Provenance.Confidence));
        Property(json, RecordSchema.Detail, quote.Provenance.Detail);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonWriter json, string name, int? value)
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
