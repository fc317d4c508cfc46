using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using QuoteAttribution.Server.Api;
using QuoteAttribution.Server.Page;

namespace QuoteAttribution.Server.Hosting;

/// <summary>
/// The three steps that make a host into the kutip server: services, middleware (problem details for every error,
/// headers) and endpoints. <see cref="KutipServer"/> applies them to Kestrel; tests apply them to a test host.
/// </summary>
internal static class ServerSetup
{
    /// <summary>Registers the options, the engine, the store access, problem details and the OpenAPI document.</summary>
    public static IServiceCollection AddKutipServer(this IServiceCollection services, ServerOptions options, Func<string, ArticleAnalysis> analyze)
    {
        services.AddSingleton(options);
        services.AddSingleton(new Engine(analyze));
        services.AddSingleton(new StoreAccess(options.DatabasePath));
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "kutip";
            document.Info.Description = "Who said what in Indonesian news: find and attribute quotes, search a claim store, export the claim graph.";
            return Task.CompletedTask;
        }));
        services.AddRouting();
        return services;
    }

    /// <summary>
    /// Turns any error that escapes an endpoint into a JSON problem (never a stack trace), and an empty error response
    /// (unknown path, wrong method) into one too.
    /// </summary>
    public static IApplicationBuilder UseKutipServer(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            },
            ExceptionHandler = async context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var (title, detail) = exception switch
                {
                    BadHttpRequestException bad => ("Bad request", bad.Message),
                    DbException db => ("Claim store failed", $"the claim store failed: {db.Message}"),
                    _ => ("Server error", $"the server failed on this request ({exception?.GetType().Name})"),
                };
                await Results.Problem(detail: detail, statusCode: context.Response.StatusCode, title: title).ExecuteAsync(context).ConfigureAwait(false);
            },
        });
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        return app;
    }

    /// <summary>Maps the API under <c>/api</c>, the OpenAPI document at <c>/openapi/v1.json</c>, and the page at <c>/</c>.</summary>
    public static IEndpointRouteBuilder MapKutipServer(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (ApiProblem problem)
            {
                return problem.ToResult();
            }
        });
        AnalysisEndpoints.Map(api);
        StoreEndpoints.Map(api);
        endpoints.MapOpenApi();
        PageEndpoints.Map(endpoints);
        return endpoints;
    }
}
