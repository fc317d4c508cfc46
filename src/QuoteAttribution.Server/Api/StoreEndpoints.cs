using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;
using QuoteAttribution.Server.Hosting;
using QuoteAttribution.Store;

namespace QuoteAttribution.Server.Api;

/// <summary>
/// The claim store over HTTP, as the store commands of <c>kutip</c> offer it: <c>GET /api/query</c>, <c>GET /api/who-said</c>,
/// <c>GET /api/speakers</c>, <c>GET /api/store</c> (counts), and <c>POST /api/index</c>.
/// </summary>
internal static class StoreEndpoints
{
    /// <summary>Maps the store endpoints onto <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/query", Query)
            .WithName("Query")
            .WithSummary("Search the stored claims for words (Indonesian-aware: 'tegas' finds 'menegaskan'), best first")
            .Produces<IReadOnlyList<ClaimHitJson>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/who-said", WhoSaid)
            .WithName("WhoSaid")
            .WithSummary("The speakers of the stored claims closest to a sentence, best first")
            .Produces<IReadOnlyList<ClaimHitJson>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/speakers", Speakers)
            .WithName("Speaker")
            .WithSummary("The speakers called NAME (canonical name, alias, or part of a name), each with every claim, oldest article first")
            .Produces<IReadOnlyList<SpeakerJson>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/store", Counts)
            .WithName("StoreCounts")
            .WithSummary("What the claim store holds")
            .Produces<StoreCounts>();

        api.MapPost("/index", IndexAsync)
            .WithName("Index")
            .WithSummary("Store the claims of one article or many; a record with \"quotes\" is stored as it is, others go through the engine")
            .WithDescription("Body as for /api/analyse. Each article is one transaction keyed by its id and content hash: an unchanged article is skipped, a changed one replaces its claims.")
            .Accepts<string>(AnalysisEndpoints.ArticleMediaTypes[0], AnalysisEndpoints.ArticleMediaTypes[1..])
            .Produces<IndexJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static IReadOnlyList<ClaimHitJson> Query(StoreAccess access, string? text, string? speaker, string? outlet, string? since, string? until, string? limit)
    {
        var query = new ClaimQuery(Bounded(Required(text, "text", "the words to search for"), QueryLimits.MaxTextLength, "text"))
        {
            Speaker = speaker is null ? null : Bounded(speaker, QueryLimits.MaxNameLength, "speaker"),
            Outlet = outlet,
            Since = Date(since, "since"),
            Until = Date(until, "until"),
            Limit = Limit(limit, 20, 1000),
        };
        using var store = access.OpenForReading();
        return new ClaimSearch(store).Search(query).Select(ClaimHitJson.From).ToArray();
    }

    private static IReadOnlyList<ClaimHitJson> WhoSaid(StoreAccess access, string? sentence, string? limit)
    {
        var text = Bounded(Required(sentence, "sentence", "the sentence"), QueryLimits.MaxTextLength, "sentence");
        using var store = access.OpenForReading();
        return new ClaimSearch(store).WhoSaid(text, Limit(limit, 5, 1000)).Select(ClaimHitJson.From).ToArray();
    }

    private static IReadOnlyList<SpeakerJson> Speakers(StoreAccess access, string? name)
    {
        var wanted = Bounded(Required(name, "name", "the speaker's name"), QueryLimits.MaxNameLength, "name");
        using var store = access.OpenForReading();
        var search = new ClaimSearch(store);
        var speakers = search.FindSpeakers(wanted);
        return speakers.Count > 0
            ? speakers.Select(s => SpeakerJson.From(s, search.ClaimsOf(s.Id))).ToArray()
            : throw new ApiProblem(StatusCodes.Status404NotFound, "No such speaker", $"no speaker called '{wanted}' in the store");
    }

    private static IResult Counts(StoreAccess access)
    {
        if (!File.Exists(access.Path))
        {
            return Results.Ok(new StoreCounts(0, 0, 0, 0));
        }

        using var store = access.OpenForReading();
        return Results.Ok(store.Counts());
    }

    private static async Task<IndexJson> IndexAsync(HttpRequest request, Engine engine, ServerOptions options, StoreAccess access, CancellationToken cancellationToken)
    {
        var body = await ArticleBody.ReadAsync(request, options.MaxBodyBytes).ConfigureAwait(false);
        var articles = ArticleBody.RequireAll(body.AnnotatedArticles());

        // As 'kutip index --engine auto': quotes that came with a record are stored as they are; other articles are analysed.
        var prepared = new (ClaimArticle Article, ArticleAnalysis Analysis, string Hash)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var input = articles[i];
            var article = ClaimArticle.From(input.Article);
            if (input.Quotes.Count > 0)
            {
                var given = InputQuotes.ToAnalysis(input);
                prepared[i] = (article, given, ContentHash.OfQuotes(article, input.Text, given.Quotes));
            }
            else
            {
                prepared[i] = (article, engine.Analyze(input.Text), ContentHash.OfText(article, input.Text));
            }
        });

        return await access.WriteAsync(
            store =>
            {
                var outcomes = prepared.Select(p => store.Index(p.Article, p.Analysis, p.Hash)).ToArray();
                store.MergeSpeakers();
                return new IndexJson(
                    outcomes.Count(o => o == IndexOutcome.Added),
                    outcomes.Count(o => o == IndexOutcome.Replaced),
                    outcomes.Count(o => o == IndexOutcome.Unchanged),
                    prepared.Sum(p => p.Analysis.Quotes.Count),
                    store.Counts());
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static string Required(string? value, string name, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw ApiProblem.BadParameter($"give {what} as the '{name}' parameter") : value;

    private static string Bounded(string value, int max, string name) =>
        QueryLimits.Problem(value, max, name) is { } problem ? throw ApiProblem.BadParameter(problem) : value;

    private static int Limit(string? limit, int fallback, int max) =>
        limit is null ? fallback
        : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max ? value
        : throw ApiProblem.BadParameter(string.Create(CultureInfo.InvariantCulture, $"limit must be a whole number from 1 to {max}, not '{limit}'"));

    private static string? Date(string? value, string name) =>
        value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw ApiProblem.BadParameter($"{name} must be a date like 2025-03-01, not '{value}'");
}
