using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace QuoteAttribution.Server.Page;

/// <summary>
/// The web page: <c>/</c> (HTML), <c>/app.css</c> and <c>/app.js</c>, embedded in the assembly. The page loads nothing
/// from elsewhere, and its Content-Security-Policy forbids it to (only this server, no inline script).
/// </summary>
internal static class PageEndpoints
{
    /// <summary>The policy sent with every page asset: this origin only, no inline or injected script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly IReadOnlyDictionary<string, string> Assets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>Maps the page's three assets onto <paramref name="endpoints"/>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Serve("index.html")).ExcludeFromDescription();
        endpoints.MapGet("/app.css", Serve("app.css")).ExcludeFromDescription();
        endpoints.MapGet("/app.js", Serve("app.js")).ExcludeFromDescription();
    }

    private static Func<HttpContext, IResult> Serve(string name)
    {
        var bytes = Read(name);
        var mediaType = Assets[name];
        return context =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(bytes, mediaType);
        };
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("QuoteAttribution.Server.Page." + name)
            ?? throw new InvalidOperationException($"the page asset '{name}' is not embedded in the server assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
