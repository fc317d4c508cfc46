using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Streams corpus records with their <c>quotes</c> (gold files, or <c>kutip extract</c> output) as
/// <see cref="AnnotatedArticle"/>s. Errors name the file, line and quote, e.g.
/// <c>gold.jsonl:4: quote 2: "content_start" must be an integer</c>; a bad line never stops the others.
/// </summary>
public static class AnnotatedCorpusReader
{
    /// <summary>Reads the JSON Lines file at <paramref name="path"/>.</summary>
    /// <param name="path">The file path; it also names the file in error locations.</param>
    public static IEnumerable<ReadResult<AnnotatedArticle>> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ToArticles(JsonLinesReader.ReadFile(path));
    }

    /// <summary>Reads JSON Lines from <paramref name="reader"/>.</summary>
    /// <param name="reader">The source of lines.</param>
    /// <param name="source">The name used in error locations.</param>
    public static IEnumerable<ReadResult<AnnotatedArticle>> ReadJsonLines(TextReader reader, string source = ArticleReader.StandardInputName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return ToArticles(JsonLinesReader.Read(reader, source));
    }

    private static IEnumerable<ReadResult<AnnotatedArticle>> ToArticles(IEnumerable<ReadResult<JObject>> items)
    {
        foreach (var item in items)
        {
            yield return item.IsSuccess ? FromJson(item.Value, item.Location) : ReadResult.Failure<AnnotatedArticle>(item.Error);
        }
    }

    private static ReadResult<AnnotatedArticle> FromJson(JObject json, SourceLocation location)
    {
        var quotesToken = json.Property(RecordSchema.Quotes, StringComparison.Ordinal)?.Value;
        var article = ArticleRecord.FromJson(json, location);
        if (!article.IsSuccess)
        {
            return ReadResult.Failure<AnnotatedArticle>(article.Error);
        }

        if (quotesToken is null or { Type: JTokenType.Null })
        {
            return ReadResult.Success(location, new AnnotatedArticle(article.Value, []));
        }

        if (quotesToken is not JArray array)
        {
            return ReadResult.Failure<AnnotatedArticle>(location, "\"quotes\" must be an array");
        }

        var quotes = new List<AnnotatedQuote>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                quotes.Add(array[i] is JObject quote ? ReadQuote(quote) : throw new QuoteFieldException("not a JSON object"));
            }
            catch (QuoteFieldException e)
            {
                return ReadResult.Failure<AnnotatedArticle>(location, $"quote {i + 1}: {e.Message}");
            }
        }

        return ReadResult.Success(location, new AnnotatedArticle(article.Value, quotes));
    }

    private static AnnotatedQuote ReadQuote(JObject quote)
    {
        var type = String(quote, RecordSchema.Type);
        var speakerType = String(quote, RecordSchema.SpeakerType);
        return new AnnotatedQuote
        {
            Content = String(quote, RecordSchema.Content) ?? throw new QuoteFieldException("no \"content\""),
            ContentStart = Integer(quote, RecordSchema.ContentStart),
            ContentEnd = Integer(quote, RecordSchema.ContentEnd),
            Type = type is null
                ? null
                : RecordSchema.ParseQuoteType(type) ?? throw new QuoteFieldException("\"type\" must be direct, indirect or mixed"),
            Cue = String(quote, RecordSchema.Cue),
            CueStart = Integer(quote, RecordSchema.CueStart),
            Source = String(quote, RecordSchema.Source),
            SourceStart = Integer(quote, RecordSchema.SourceStart),
            Speaker = String(quote, RecordSchema.Speaker),
            SpeakerType = speakerType is null
                ? null
                : RecordSchema.ParseSpeakerType(speakerType)
                    ?? throw new QuoteFieldException("\"speaker_type\" must be person, organization, group or unnamed"),
            Aliases = Strings(quote, RecordSchema.Aliases),
            Roles = Strings(quote, RecordSchema.Roles),
            Optional = Value(quote, RecordSchema.Optional, JTokenType.Boolean, "true or false") is JValue { Value: true },
            Confidence = Number(quote, RecordSchema.Confidence),
            Provenance = ReadProvenance(quote),
        };
    }

    private static Provenance? ReadProvenance(JObject quote)
    {
        var token = quote.Property(RecordSchema.Provenance, StringComparison.Ordinal)?.Value;
        if (token is null or { Type: JTokenType.Null })
        {
            return null;
        }

        if (token is not JObject provenance)
        {
            throw new QuoteFieldException("\"provenance\" must be an object");
        }

        return new Provenance(
            String(provenance, RecordSchema.Rule) ?? string.Empty,
            Number(provenance, RecordSchema.Confidence) ?? Number(quote, RecordSchema.Confidence) ?? 0,
            String(provenance, RecordSchema.Detail) ?? string.Empty);
    }

    private static JToken? Value(JObject json, string name, JTokenType type, string expected)
    {
        var token = json.Property(name, StringComparison.Ordinal)?.Value;
        if (token is null or { Type: JTokenType.Null })
        {
            return null;
        }

        return token.Type == type ? token : throw new QuoteFieldException($"\"{name}\" must be {expected}");
    }

    private static string? String(JObject json, string name) =>
        (string?)Value(json, name, JTokenType.String, "a string");

    private static int? Integer(JObject json, string name)
    {
        var token = Value(json, name, JTokenType.Integer, "an integer");
        return token is JValue { Value: long value } && value is >= 0 and <= int.MaxValue
            ? (int)value
            : token is null ? null : throw new QuoteFieldException($"\"{name}\" must be an offset (0 to {int.MaxValue})");
    }

    private static double? Number(JObject json, string name)
    {
        var token = json.Property(name, StringComparison.Ordinal)?.Value;
        return token switch
        {
            null or { Type: JTokenType.Null } => null,
            { Type: JTokenType.Float or JTokenType.Integer } => (double)token,
            _ => throw new QuoteFieldException($"\"{name}\" must be a number"),
        };
    }

    private static IReadOnlyList<string> Strings(JObject json, string name)
    {
        var token = Value(json, name, JTokenType.Array, "an array of strings");
        if (token is null)
        {
            return [];
        }

        return token.Select(item => item.Type == JTokenType.String
                ? (string)item!
                : throw new QuoteFieldException($"\"{name}\" must be an array of strings"))
            .ToArray();
    }

    private sealed class QuoteFieldException(string message) : Exception(message);
}
