using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Server.Api;

/// <summary>
/// The articles a request carries, in one of three shapes: a JSON object (<c>{"id", "text", …}</c>) or an array of
/// them; JSON Lines, one such object per line (the input of <c>kutip extract</c>); or plain text, one article whose
/// id is the <c>id</c> query parameter. The body is read whole (it is bounded) and decoded as strict UTF-8.
/// </summary>
internal sealed class ArticleBody
{
    /// <summary>The name bad lines of a JSON Lines body are reported under (<c>request:3: no "text" field</c>).</summary>
    public const string LinesSource = "request";

    /// <summary>The name bad items of a JSON array body are reported under (<c>item:2: "text" must be a string</c>).</summary>
    public const string ItemsSource = "item";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _plainText;
    private readonly string? _plainId;
    private readonly string _lines;
    private readonly string _source;

    private ArticleBody(string? plainText, string? plainId, string lines, string source)
    {
        _plainText = plainText;
        _plainId = plainId;
        _lines = lines;
        _source = source;
    }

    /// <summary>Reads and classifies the body of <paramref name="request"/>.</summary>
    /// <exception cref="ApiProblem">The body is empty, too large or not UTF-8.</exception>
    public static async Task<ArticleBody> ReadAsync(HttpRequest request, long maxBytes)
    {
        var text = await ReadTextAsync(request, maxBytes).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ApiProblem(StatusCodes.Status400BadRequest, "No articles", "the request body is empty: send a JSON article {\"id\", \"text\"}, an array of them, JSON Lines, or plain text");
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        if (mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            var id = request.Query["id"].FirstOrDefault();
            return new ArticleBody(text, string.IsNullOrWhiteSpace(id) ? "article" : id, string.Empty, LinesSource);
        }

        // One JSON value (an object or an array, possibly indented) when the whole body parses as one; else JSON Lines.
        return ParseWhole(text) switch
        {
            JObject article => new ArticleBody(null, null, article.ToString(Formatting.None), ItemsSource),
            JArray items => new ArticleBody(null, null, string.Join('\n', items.Select(i => i.ToString(Formatting.None))), ItemsSource),
            _ => new ArticleBody(null, null, text, LinesSource),
        };
    }

    /// <summary>The articles as the engine reads them (any <c>quotes</c> field dropped); bad items are failures with their line or item number.</summary>
    public IReadOnlyList<ReadResult<ArticleRecord>> Articles() =>
        _plainText is not null
            ? [ArticleReader.ReadJsonLines(new StringReader(PlainLine()), _source).Single()]
            : ArticleReader.ReadJsonLines(new StringReader(_lines), _source).ToArray();

    /// <summary>The articles with the quotes that came with them (kutip extract output, a gold file), for indexing.</summary>
    public IReadOnlyList<ReadResult<AnnotatedArticle>> AnnotatedArticles() =>
        AnnotatedCorpusReader.ReadJsonLines(new StringReader(_plainText is not null ? PlainLine() : _lines), _source).ToArray();

    /// <summary>The records read, or an <see cref="ApiProblem"/> naming every bad one.</summary>
    /// <exception cref="ApiProblem">Some item could not be read, or there were none.</exception>
    public static IReadOnlyList<T> RequireAll<T>(IReadOnlyList<ReadResult<T>> results)
        where T : class
    {
        var errors = results.Where(r => !r.IsSuccess).Select(r => r.Error!.ToString()).ToArray();
        if (errors.Length > 0)
        {
            throw new ApiProblem(
                StatusCodes.Status400BadRequest,
                "Bad articles",
                string.Create(CultureInfo.InvariantCulture, $"{errors.Length} of {results.Count} articles could not be read; the first: {errors[0]}"),
                errors);
        }

        return results.Count > 0
            ? results.Select(r => r.Value!).ToArray()
            : throw new ApiProblem(StatusCodes.Status400BadRequest, "No articles", "the request holds no article");
    }

    private string PlainLine() => new JObject { ["id"] = _plainId, ["text"] = _plainText }.ToString(Formatting.None);

    private static async Task<string> ReadTextAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limit, or a broken upload.
            throw e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : new ApiProblem(e.StatusCode, "Bad request", e.Message);
        }

        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            return StrictUtf8.GetString(bytes.StartsWith(StrictUtf8.Preamble) ? bytes[StrictUtf8.Preamble.Length..] : bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ApiProblem(
                StatusCodes.Status400BadRequest,
                "Not UTF-8",
                string.Create(CultureInfo.InvariantCulture, $"the request body is not valid UTF-8 (bad byte at offset {e.Index})"));
        }
    }

    private static ApiProblem TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Request too large",
        string.Create(CultureInfo.InvariantCulture, $"the request body is larger than {maxBytes:N0} bytes; send the articles in several requests"));

    private static JToken? ParseWhole(string text)
    {
        var first = text.AsSpan().TrimStart();
        if (first.IsEmpty || (first[0] != '{' && first[0] != '['))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 64 };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
