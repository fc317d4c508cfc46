using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;
using QuoteAttribution.Server.Hosting;

namespace QuoteAttribution.Server.Api;

/// <summary>
/// <c>POST /api/analyse</c> (the records of <c>kutip extract</c>, written by the same writer) and <c>POST /api/graph</c>
/// (the claim graph of the posted articles, as <c>kutip extract --format graph-json|jsonld|graphml|dot</c> writes it).
/// </summary>
internal static class AnalysisEndpoints
{
    /// <summary>The media types a body of articles may have.</summary>
    public static readonly string[] ArticleMediaTypes = ["application/json", "application/x-ndjson", "text/plain"];

    private static readonly IReadOnlyDictionary<string, AnalysisFormat> RecordFormats = new Dictionary<string, AnalysisFormat>(StringComparer.Ordinal)
    {
        ["json"] = AnalysisFormat.Json,
        ["jsonl"] = AnalysisFormat.Jsonl,
    };

    private static readonly IReadOnlyDictionary<string, GraphFormat> GraphFormats = new Dictionary<string, GraphFormat>(StringComparer.Ordinal)
    {
        ["graph-json"] = new(ClaimGraphFormat.GraphJson, "application/json", "claims.json"),
        ["jsonld"] = new(ClaimGraphFormat.JsonLd, "application/ld+json", "claims.jsonld"),
        ["graphml"] = new(ClaimGraphFormat.GraphMl, "application/graphml+xml", "claims.graphml"),
        ["dot"] = new(ClaimGraphFormat.Dot, "text/vnd.graphviz", "claims.dot"),
    };

    /// <summary>Maps the two endpoints onto <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/analyse", AnalyseAsync)
            .WithName("Analyse")
            .WithSummary("Find and attribute the quotes of one article or many")
            .WithDescription(
                "Body: one article {\"id\", \"text\", …} or an array of them (application/json), JSON Lines (application/x-ndjson), " +
                "or plain text (text/plain, id from ?id=). Returns the records of 'kutip extract': the input fields followed by " +
                "\"quotes\", as a JSON array (format=json, the default) or JSON Lines (format=jsonl).")
            .Accepts<string>(ArticleMediaTypes[0], ArticleMediaTypes[1..])
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/graph", GraphAsync)
            .WithName("Graph")
            .WithSummary("The claim graph of one article or many: speakers, claims, articles, mentions")
            .WithDescription("Body as for /api/analyse. format: graph-json (default), jsonld, graphml or dot; sent as a download.")
            .Accepts<string>(ArticleMediaTypes[0], ArticleMediaTypes[1..])
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> AnalyseAsync(HttpRequest request, Engine engine, ServerOptions options, string? format)
    {
        var chosen = Choice(format, "json", RecordFormats, "format");
        var body = await ArticleBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false);
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(ArticleBody.RequireAll(body.Articles()), engine, IAnalysisWriter.Create(chosen, output));
        return Results.Text(output.ToString(), chosen == AnalysisFormat.Jsonl ? "application/x-ndjson" : "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> GraphAsync(HttpRequest request, Engine engine, ServerOptions options, string? format)
    {
        var chosen = Choice(format, "graph-json", GraphFormats, "format");
        var body = await ArticleBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false);
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(ArticleBody.RequireAll(body.Articles()), engine, new ClaimGraphWriter(chosen.Format, output));
        return Results.File(Encoding.UTF8.GetBytes(output.ToString()), chosen.MediaType + "; charset=utf-8", chosen.FileName);
    }

    /// <summary>Analyses every article (in parallel; the engine is thread-safe) and writes them in request order.</summary>
    /// <exception cref="ApiProblem">The engine failed on an article (500, naming it).</exception>
    private static void Write(IReadOnlyList<ArticleRecord> articles, Engine engine, IAnalysisWriter writer)
    {
        var analyses = new ArticleAnalysis[articles.Count];
        var failures = new string?[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                analyses[i] = engine.Analyze(articles[i].Text);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = $"article '{articles[i].Id}': analysis failed ({e.GetType().Name}: {e.Message})";
            }
        });
        if (failures.OfType<string>().ToArray() is { Length: > 0 } failed)
        {
            throw new ApiProblem(StatusCodes.Status500InternalServerError, "Analysis failed", failed[0], failed);
        }

        for (var i = 0; i < articles.Count; i++)
        {
            writer.Write(articles[i], analyses[i]);
        }

        writer.Complete();
    }

    /// <summary>The value of a choice parameter, or a 400 naming the choices.</summary>
    internal static T Choice<T>(string? given, string fallback, IReadOnlyDictionary<string, T> choices, string name) =>
        choices.TryGetValue(given ?? fallback, out var value)
            ? value
            : throw ApiProblem.BadParameter($"{name} must be one of {string.Join(", ", choices.Keys)}, not '{given}'");

    private sealed record GraphFormat(ClaimGraphFormat Format, string MediaType, string FileName);
}
