using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using QuoteAttribution.Cli;
using QuoteAttribution.Server;
using QuoteAttribution.Server.Hosting;

namespace QuoteAttribution.Tests.Server;

/// <summary>
/// The kutip server on an in-memory test host (<see cref="WebApplicationFactory{TEntryPoint}"/>): the same services,
/// middleware and endpoints as <see cref="KutipServer"/>, the real engine, and a claim store in a temporary folder.
/// The factory's type argument names an assembly with an entry point: kutip's, whose <c>serve</c> command starts the server.
/// </summary>
internal sealed class ServerFactory(ServerOptions options) : WebApplicationFactory<ServeCommand>
{
    /// <summary>The engine, built once for all server tests.</summary>
    public static readonly QuoteExtractor Engine = new();

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureServices(services => services.AddKutipServer(options, Engine.Analyze))
            .Configure(app =>
            {
                app.UseKutipServer();
                app.UseRouting();
                app.UseEndpoints(endpoints => endpoints.MapKutipServer());
            }));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
