using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Annotations of real articles kept apart from the articles' text (the publishers own it): each line of a
/// stand-off file holds an article's id, the SHA-256 of its UTF-8 text and its quotes as offsets, speakers
/// and names (<c>corpora/real/standoff.jsonl</c>). <see cref="Rebuild"/> joins them with the articles file
/// they were made from and yields ordinary annotated records, or an error naming the stand-off line: an
/// article missing from the articles file, a text whose hash differs, an offset past the text's end.
/// </summary>
public static class StandoffCorpus
{
    /// <summary>Rebuilds the annotated articles of <paramref name="standoffPath"/> from the texts of <paramref name="articlesPath"/>, in stand-off order.</summary>
    public static IEnumerable<ReadResult<AnnotatedArticle>> Rebuild(string standoffPath, string articlesPath)
    {
        ArgumentNullException.ThrowIfNull(standoffPath);
        ArgumentNullException.ThrowIfNull(articlesPath);
        var lines = JsonLinesReader.ReadFile(standoffPath).ToList();
        var wanted = new HashSet<string>(
            lines.Where(l => l.IsSuccess).Select(l => (string?)l.Value!["id"]).OfType<string>(),
            StringComparer.Ordinal);
        var texts = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var article in JsonLinesReader.ReadFile(articlesPath))
        {
            if (article.IsSuccess && (string?)article.Value["id"] is { } id && wanted.Contains(id))
            {
                texts[id] = article.Value;
            }
            else if (!article.IsSuccess && article.Error.Location.Line == 0)
            {
                yield return ReadResult.Failure<AnnotatedArticle>(article.Error);
                yield break;
            }
        }

        foreach (var line in lines)
        {
            yield return line.IsSuccess ? Join(line.Value, line.Location, texts, articlesPath) : ReadResult.Failure<AnnotatedArticle>(line.Error);
        }
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, in lower-case hex: the stand-off file's <c>text_sha256</c>.</summary>
    public static string TextHash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static ReadResult<AnnotatedArticle> Join(JObject standoff, SourceLocation location, Dictionary<string, JObject> texts, string articlesPath)
    {
        if ((string?)standoff["id"] is not { } id)
        {
            return ReadResult.Failure<AnnotatedArticle>(location, "no \"id\"");
        }

        if (!texts.TryGetValue(id, out var source) || (string?)source["text"] is not { } text)
        {
            return ReadResult.Failure<AnnotatedArticle>(location, $"article '{id}' is not in {articlesPath}");
        }

        if (!string.Equals(TextHash(text), (string?)standoff["text_sha256"], StringComparison.Ordinal))
        {
            return ReadResult.Failure<AnnotatedArticle>(location, $"the text of article '{id}' in {articlesPath} differs from the annotated one (text_sha256)");
        }

        var record = new JObject();
        foreach (var field in new[] { "id", "outlet", "url", "title", "date", "text" })
        {
            record[field] = source[field]?.DeepClone();
        }

        var quotes = new JArray();
        var n = 0;
        foreach (var token in standoff["quotes"] as JArray ?? [])
        {
            n++;
            if (token is not JObject quote || Span(quote, "content", text.Length) is not { } content)
            {
                return ReadResult.Failure<AnnotatedArticle>(location, $"quote {n}: \"content\" must be [start, end) within the text");
            }

            var full = new JObject
            {
                ["content"] = text[content.Start..content.End],
                ["content_start"] = content.Start,
                ["content_end"] = content.End,
                ["type"] = quote["type"]?.DeepClone(),
            };
            foreach (var part in new[] { "cue", "source" })
            {
                var span = Span(quote, part, text.Length);
                full[part] = span is { } s ? text[s.Start..s.End] : null;
                full[part + "_start"] = span?.Start;
            }

            foreach (var field in new[] { "speaker", "speaker_type", "aliases", "optional" })
            {
                full[field] = quote[field]?.DeepClone();
            }

            quotes.Add(full);
        }

        record["quotes"] = quotes;
        var rebuilt = AnnotatedCorpusReader.ReadJsonLines(new StringReader(record.ToString(Formatting.None)), location.Source).Single();
        return rebuilt.IsSuccess ? ReadResult.Success(location, rebuilt.Value) : ReadResult.Failure<AnnotatedArticle>(location, rebuilt.Error.Message);
    }

    private static (int Start, int End)? Span(JObject quote, string name, int length) =>
        quote[name] is JArray { Count: 2 } pair && pair[0].Type == JTokenType.Integer && pair[1].Type == JTokenType.Integer
            && (int)pair[0] is var start && (int)pair[1] is var end && start >= 0 && start <= end && end <= length
            ? (start, end)
            : null;
}
