using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteAttribution.Server.Hosting;

namespace QuoteAttribution.Server;

/// <summary>
/// The process behind <c>kutip serve</c>: Kestrel on <see cref="ServerOptions.Address"/> (loopback by default) serving
/// the JSON API under <c>/api</c>, its OpenAPI document at <c>/openapi/v1.json</c>, and the web page at <c>/</c>.
/// </summary>
public sealed class KutipServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KutipServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts a server; it runs until <see cref="StopAsync"/>, disposal, or Ctrl+C/SIGTERM when <paramref name="handleSignals"/> is set.</summary>
    /// <param name="options">Where to listen, which store to use, request limits.</param>
    /// <param name="analyze">The engine: analyses one article text (thread-safe, shared by all requests).</param>
    /// <param name="handleSignals">Stop on Ctrl+C and SIGTERM (the command line); tests and benchmarks leave it off.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <exception cref="IOException">The address cannot be bound (for example, the port is taken).</exception>
    public static async Task<KutipServer> StartAsync(
        ServerOptions options,
        Func<string, ArticleAnalysis> analyze,
        bool handleSignals = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyze);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (!handleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.AddKutipServer(options, analyze);
        var app = builder.Build();
        app.UseKutipServer();
        app.MapKutipServer();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KutipServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Waits until the server is stopped (by <see cref="StopAsync"/> or a signal).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops accepting requests and lets the ones under way finish.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>A host lifetime that leaves Ctrl+C alone: an embedded server is stopped by its owner.</summary>
    private sealed class NoSignalLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
