using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;
using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip index</c>: analyses articles (or takes the quotes that came with them) and stores articles, speakers,
/// claims and appearances in a claim store, one transaction per article. Re-indexing an unchanged article does nothing.
/// </summary>
/// <param name="createAnalyzer">Gives the analysis function, once per run.</param>
internal sealed class IndexCommand(Func<Func<string, ArticleAnalysis>> createAnalyzer) : ICommand
{
    private static readonly IReadOnlyDictionary<string, string> EngineModes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["auto"] = "auto",
        ["always"] = "always",
        ["never"] = "never",
    };

    public string Name => "index";

    public string Summary => "Store the claims of articles in a searchable claim store (SQLite or PostgreSQL).";

    public string Arguments => "FILE…|-";

    public string Description =>
        "Reads articles like 'extract' does. A JSON Lines record that already has \"quotes\" (kutip extract output, a\n" +
        "gold file) is stored as it is; other articles go through the engine (--engine always: every article does;\n" +
        "never: quotes are taken only from the input). Each article is one transaction keyed by its id and a content\n" +
        "hash: an unchanged article is skipped, a changed one replaces its old claims; an id read twice in one run is\n" +
        "reported on standard error, and the later record is stored. At the end the speakers of all stored articles\n" +
        "are merged, so they do not depend on how the input was split into runs. Several index runs may write one\n" +
        "store at once; each waits for the others.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        StoreOptions.Database,
        new("engine", "When to run the engine: auto (default: when the input has no quotes), always, never.", "auto|always|never"),
        new("threads", "Worker threads (default: the number of processors).", "N", 't'),
        new("quiet", "No summary or progress line on standard error.", Short: 'q'),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip index articles.jsonl --db claims.db",
        "kutip extract articles.jsonl --output quotes.jsonl && kutip index quotes.jsonl --db claims.db",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count == 0)
        {
            throw new UsageException("give the files to index ('-' for standard input)");
        }

        var engine = arguments.Choice("engine", "auto", EngineModes);
        var threads = arguments.Integer("threads", Environment.ProcessorCount, min: 1, max: 1024);
        var quiet = arguments.Has("quiet");
        var clock = Stopwatch.StartNew();
        using var store = StoreOptions.Open(arguments, create: true);
        var known = store.ContentHashes();
        var analyze = new Lazy<Func<string, ArticleAnalysis>>(createAnalyzer, LazyThreadSafetyMode.ExecutionAndPublication);
        var outcomes = new Dictionary<IndexOutcome, int>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var errors = 0;
        long quotes = 0;

        var showProgress = !quiet && context.StderrIsTerminal;
        var progress = new ProgressDisplay(context.Stderr, showProgress, showProgress ? InputSize.CountArticles(arguments.Positionals) : null);
        var processed = 0L;

        OrderedPipeline.Run(
            arguments.Positionals.SelectMany(input => Read(input, context.Stdin)),
            item => Prepare(item, engine, known, analyze),
            prepared =>
            {
                processed++;
                if (prepared.Failure is not null)
                {
                    errors++;
                    progress.Clear();
                    context.Stderr.Write($"{CliApp.Name}: {prepared.Failure}\n");
                    progress.Update(processed);
                    return;
                }

                if (seen.TryGetValue(prepared.Article!.Id, out var first))
                {
                    progress.Clear();
                    // Several records of one id in one input: the later one is stored, and people are told.
                    context.Stderr.Write(
                        $"{CliApp.Name}: warning: {prepared.Location}: article {Echo.Quoted(prepared.Article.Id)} was already read at {first}; this one replaces it\n");
                }
                else
                {
                    seen[prepared.Article.Id] = prepared.Location;
                }

                var outcome = prepared.Analysis is null ? IndexOutcome.Unchanged : store.Index(prepared.Article!, prepared.Analysis, prepared.Hash!);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                quotes += prepared.Analysis?.Quotes.Count ?? 0;
                progress.Update(processed);
            },
            threads,
            maxInFlight: threads * 4);

        progress.Clear();

        // Once per run, over the whole store: the speakers come out the same however the input was split into runs.
        store.MergeSpeakers();
        if (!quiet)
        {
            var counts = store.Counts();
            context.Stderr.Write(string.Create(CultureInfo.InvariantCulture,
                $"{CliApp.Name}: {Counted.Of(outcomes.Values.Sum(), "article")} ({outcomes.GetValueOrDefault(IndexOutcome.Added):N0} added, " +
                $"{outcomes.GetValueOrDefault(IndexOutcome.Replaced):N0} replaced, {outcomes.GetValueOrDefault(IndexOutcome.Unchanged):N0} unchanged), " +
                $"{Counted.Of(errors, "error")}, {Counted.Of(quotes, "quote")} written in {clock.Elapsed.TotalSeconds:0.00} s; the store holds " +
                $"{Counted.Of(counts.Articles, "article")}, {Counted.Of(counts.Speakers, "speaker")}, {Counted.Of(counts.Claims, "claim")}, " +
                $"{Counted.Of(counts.Appearances, "appearance")}\n"));
        }

        return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static IEnumerable<Input> Read(string input, TextReader stdin)
    {
        if (input == ArticleReader.StandardInputPath)
        {
            return AnnotatedCorpusReader.ReadJsonLines(stdin).Select(r => new Input(r.Value, r.Error?.ToString(), r.Location));
        }

        return string.Equals(Path.GetExtension(input), ".txt", StringComparison.OrdinalIgnoreCase)
            ? ArticleReader.ReadFile(input).Select(r => new Input(r.IsSuccess ? new AnnotatedArticle(r.Value, []) : null, r.Error?.ToString(), r.Location))
            : AnnotatedCorpusReader.ReadFile(input).Select(r => new Input(r.Value, r.Error?.ToString(), r.Location));
    }

    // Runs on a worker thread: decides where the quotes come from and analyses only what changed.
    private static Prepared Prepare(Input item, string engine, IReadOnlyDictionary<string, string> known, Lazy<Func<string, ArticleAnalysis>> analyze)
    {
        if (item.Article is not { } input)
        {
            return new Prepared(null, null, null, item.Error, item.Location);
        }

        var article = ClaimArticle.From(input.Article);
        var useInput = engine == "never" || (engine == "auto" && input.Quotes.Count > 0);
        try
        {
            if (useInput)
            {
                var given = InputQuotes.ToAnalysis(input);
                var hash = ContentHash.OfQuotes(article, input.Text, given.Quotes);
                return new Prepared(article, known.GetValueOrDefault(article.Id) == hash ? null : given, hash, null, item.Location);
            }

            var textHash = ContentHash.OfText(article, input.Text);
            return known.GetValueOrDefault(article.Id) == textHash
                ? new Prepared(article, null, textHash, null, item.Location)
                : new Prepared(article, analyze.Value(input.Text), textHash, null, item.Location);
        }
        catch (Exception e)
        {
            return new Prepared(null, null, null, $"{item.Location}: analysis failed ({e.GetType().Name}: {e.Message})", item.Location);
        }
    }

    private sealed record Input(AnnotatedArticle? Article, string? Error, SourceLocation Location);

    private sealed record Prepared(ClaimArticle? Article, ArticleAnalysis? Analysis, string? Hash, string? Failure, SourceLocation Location);
}
