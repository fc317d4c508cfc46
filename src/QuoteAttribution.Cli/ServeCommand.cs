using System.Globalization;
using System.Net;
using QuoteAttribution.Server;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip serve</c>: the web page and JSON API of <see cref="KutipServer"/>, on the loopback address unless
/// <c>--host</c> says otherwise, until Ctrl+C.
/// </summary>
/// <param name="createAnalyzer">Gives the analysis function, once per run (the process's shared engine).</param>
internal sealed class ServeCommand(Func<Func<string, ArticleAnalysis>> createAnalyzer) : ICommand
{
    public string Name => "serve";

    public string Summary => "Serve a web page and a JSON API for analysing articles and searching a claim store.";

    public string Arguments => string.Empty;

    public string Description =>
        "Starts a web server on this machine only (127.0.0.1) and prints its address. The page analyses pasted or dropped\n" +
        "articles (text or JSON Lines), highlights each quote in its speaker's colour, searches the claim store and\n" +
        "downloads the claim graph. The API is under /api (OpenAPI document: /openapi/v1.json). Ctrl+C stops it.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        StoreOptions.Database,
        new("port", $"The TCP port (default {ServerOptions.DefaultPort}; 0 picks a free one).", "N", 'p'),
        new("host", "The address to listen on (default 127.0.0.1; 0.0.0.0 exposes the server to the network).", "ADDRESS"),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip serve --db claims.db",
        "kutip serve --port 8080",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count > 0)
        {
            throw new UsageException($"serve takes no arguments, not {Echo.Quoted(arguments.Positionals[0])}");
        }

        var options = new ServerOptions
        {
            DatabasePath = arguments.Value(StoreOptions.Database.Name) ?? StoreOptions.DefaultPath,
            Port = arguments.Integer("port", ServerOptions.DefaultPort, min: 0, max: 65535),
            Address = arguments.Value("host") is { } host
                ? IPAddress.TryParse(host, out var address) ? address : throw new UsageException($"--host must be an IP address such as 127.0.0.1, not {Echo.Quoted(host)}")
                : IPAddress.Loopback,
        };
        var analyze = createAnalyzer();
        KutipServer server;
        try
        {
            server = KutipServer.StartAsync(options, analyze, handleSignals: true).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            throw new IOException($"cannot listen on {options.Address}:{options.Port.ToString(CultureInfo.InvariantCulture)}: {e.Message}", e);
        }

        try
        {
            context.Stderr.Write($"{CliApp.Name}: serving {server.Address} (claim store '{options.DatabasePath}'); Ctrl+C stops\n");
            context.Stderr.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return ExitCodes.Success;
    }
}
