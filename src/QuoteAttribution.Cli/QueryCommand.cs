using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary><c>kutip query</c>: full-text search over the claims of a store, with filters; ranked, with snippets.</summary>
internal sealed class QueryCommand : ICommand
{
    public string Name => "query";

    public string Summary => "Search the claims of a store (Indonesian-aware: 'tegas' finds 'menegaskan').";

    public string Arguments => "TEXT";

    public string Description =>
        "Finds the claims that contain all the words of TEXT, ignoring case, diacritics and Indonesian affixes, best\n" +
        "first (BM25), each with its speaker, the first article it appears in (after the filters) and a snippet with the\n" +
        "matching words in [brackets]. Any text is safe: quotes, operators and SQL are only words here. At most 10,000\n" +
        "characters are accepted.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        StoreOptions.Database,
        new("speaker", "Only claims by this speaker (name or alias).", "NAME", 's'),
        new("outlet", "Only appearances in this outlet.", "X"),
        new("since", "Only articles dated on or after DATE (yyyy-MM-dd).", "DATE"),
        new("until", "Only articles dated on or before DATE (yyyy-MM-dd).", "DATE"),
        new("limit", "At most N claims (default 20).", "N", 'n'),
        new("format", "Output: table (default), json or jsonl.", "table|json|jsonl", 'f'),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip query \"kunci enkripsi\" --db claims.db",
        "kutip query tegas --speaker \"Pavel Durov\" --since 2017-01-01 --format json",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var query = new ClaimQuery(StoreOptions.Bounded(StoreOptions.Text(arguments, "the words to search for"), QueryLimits.MaxTextLength, "the text"))
        {
            Speaker = arguments.Value("speaker") is { } name ? StoreOptions.Bounded(name, QueryLimits.MaxNameLength, "the speaker name") : null,
            Outlet = arguments.Value("outlet"),
            Since = StoreOptions.Date(arguments, "since"),
            Until = StoreOptions.Date(arguments, "until"),
            Limit = arguments.Integer("limit", 20, min: 1, max: 10_000),
        };
        var format = arguments.Choice("format", "table", ClaimHitOutput.Formats);
        var clock = Stopwatch.StartNew();
        using var store = StoreOptions.OpenForReading(arguments);
        var search = new ClaimSearch(store);
        if (query.Speaker is { } speaker && search.FindSpeakers(speaker).Count == 0)
        {
            context.Stderr.Write($"{CliApp.Name}: no speaker called {Echo.Quoted(speaker)} in the store\n");
            return ExitCodes.Failure;
        }

        var hits = search.Search(query);
        var elapsed = clock.Elapsed;
        ClaimHitOutput.Write(context.Stdout, hits, format);
        context.Stderr.Write(hits.Count == 0
            ? $"{CliApp.Name}: no claim matches {Echo.Quoted(query.Text)}\n"
            : string.Create(CultureInfo.InvariantCulture, $"{CliApp.Name}: {Counted.Of(hits.Count, "claim")} in {elapsed.TotalMilliseconds:0.0} ms\n"));
        return ExitCodes.Success;
    }
}
