using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip eval</c>: scores predictions (a file, or the engine run on the gold texts) against a gold corpus
/// with <see cref="Scorer"/>, which computes what <c>score.py</c> computes, and prints its figures plus a
/// breakdown by sieve and by confidence.
/// </summary>
/// <param name="createAnalyzer">
/// Gives the analysis function with (true) or without (false) the model, and analysing articles of the word
/// statistics' own corpus as unseen (true, for stand-off gold rebuilt with --articles) or not; once per run.
/// </param>
internal sealed class EvalCommand(Func<bool, bool, Func<string, ArticleAnalysis>> createAnalyzer) : ICommand
{
    private static readonly IReadOnlyDictionary<string, bool> Formats = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["text"] = false,
        ["json"] = true,
    };

    /// <summary>Items read but not yet scored, per worker, when the engine runs.</summary>
    private const int InFlightPerWorker = 4;

    public string Name => "eval";

    public string Summary => "Score quotes against a gold corpus (the figures of score.py, by sieve and confidence).";

    public string Arguments => "--gold GOLD.jsonl [--pred PRED.jsonl]";

    public string Description =>
        "Reads the gold corpus and the predictions (JSON Lines, one article with its \"quotes\" per line; '-' is\n" +
        "standard input). Without --pred the engine itself is run on the gold texts. Prints what\n" +
        "../shared/annotation/score.py prints for the same files (quote, direct, indirect, strict and attribution\n" +
        "P/R/F1, speaker accuracy), then matched pairs and speaker precision per deciding sieve, then speaker\n" +
        "accuracy per confidence range, then up to N errors (article, missed|spurious|speaker, text, gold speaker,\n" +
        "predicted speaker; tab-separated). A bad line is reported as FILE:LINE: problem.\n" +
        "Exit code: 0 scored, 1 some input could not be read or analysed, 2 usage error.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("gold", "The gold corpus (required).", "FILE", 'g'),
        new("articles", "The gold corpus is stand-off annotations (corpora/real/*.jsonl): rebuild it from the article texts in FILE. The engine then analyses each article as unseen, its own words taken out of the built-in word statistics.", "FILE", 'a'),
        new("pred", "The predictions, e.g. the output of 'kutip extract' (default: run the engine).", "FILE", 'p'),
        new("no-model", "Run the engine with the sieves alone, without the trained model (only without --pred)."),
        new("exact-names", "Count a speaker right only as the gold name or an alias (score.py --exact-names)."),
        new("errors", "List up to N errors (default 0).", "N", 'e'),
        new("format", "Output format: text (default) or json (score.py's --json fields plus sieves and reliability).", "text|json", 'f'),
        new("threads", "Worker threads when the engine runs (default: the number of processors).", "N", 't'),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip eval --gold gold.jsonl --pred quotes.jsonl --errors 20",
        "kutip eval --gold gold.jsonl --no-model --format json",
        "kutip extract gold.jsonl --quiet | kutip eval --gold gold.jsonl --pred -",
        "kutip eval --gold corpora/real/eval-standoff.jsonl --articles ../shared/data/unlabeled/articles.jsonl --exact-names",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument {Echo.Quoted(arguments.Positionals[0])} (give the files with --gold and --pred)");
        }

        var goldPath = arguments.Value("gold") ?? throw new UsageException("--gold FILE is required");
        var predPath = arguments.Value("pred");
        var useModel = !arguments.Has("no-model");
        if (predPath is not null && !useModel)
        {
            throw new UsageException("--no-model applies only when eval runs the engine (without --pred)");
        }

        var articlesPath = arguments.Value("articles");
        if (articlesPath is not null && goldPath == ArticleReader.StandardInputPath)
        {
            throw new UsageException("--articles needs the stand-off annotations as a file, not standard input");
        }

        if (goldPath == ArticleReader.StandardInputPath && predPath == ArticleReader.StandardInputPath)
        {
            throw new UsageException("standard input ('-') can be read only once");
        }

        var maxErrors = arguments.Integer("errors", 0, min: 0, max: int.MaxValue);
        var json = arguments.Choice("format", false, Formats);
        var threads = arguments.Integer("threads", Environment.ProcessorCount, min: 1, max: 1024);

        var failures = 0;
        var gold = articlesPath is null
            ? Read(goldPath, context, ref failures)
            : Index(StandoffCorpus.Rebuild(goldPath, articlesPath), context, ref failures);
        if (failures > 0)
        {
            return ExitCodes.Failure;
        }

        var predicted = predPath is null
            ? RunEngine(gold, createAnalyzer(useModel, articlesPath is not null), threads, context, ref failures)
            : Read(predPath, context, ref failures);
        if (predPath is not null && failures > 0)
        {
            return ExitCodes.Failure;
        }

        ScoreReport report;
        try
        {
            report = Scorer.Score(gold, predicted, arguments.Has("exact-names"));
        }
        catch (InvalidDataException e)
        {
            context.Stderr.Write($"{CliApp.Name}: {goldPath}: {e.Message}\n");
            return ExitCodes.Failure;
        }

        if (json)
        {
            ScoreReportFormatter.WriteJson(report, context.Stdout, maxErrors);
        }
        else
        {
            ScoreReportFormatter.WriteText(report, context.Stdout, maxErrors);
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Reads a whole corpus, reporting each bad line; articles are indexed as score.py indexes them.</summary>
    private static IReadOnlyDictionary<string, AnnotatedArticle> Read(string path, CommandContext context, ref int failures)
    {
        var items = path == ArticleReader.StandardInputPath
            ? AnnotatedCorpusReader.ReadJsonLines(context.Stdin)
            : AnnotatedCorpusReader.ReadFile(path);
        return Index(items, context, ref failures);
    }

    /// <summary>Collects the articles of a corpus being read, reporting each bad line.</summary>
    private static IReadOnlyDictionary<string, AnnotatedArticle> Index(IEnumerable<ReadResult<AnnotatedArticle>> items, CommandContext context, ref int failures)
    {
        var articles = new List<AnnotatedArticle>();
        foreach (var item in items)
        {
            if (item.IsSuccess)
            {
                articles.Add(item.Value);
            }
            else
            {
                failures++;
                context.Stderr.Write($"{CliApp.Name}: {item.Error}\n");
            }
        }

        return Scorer.IndexById(articles);
    }

    /// <summary>
    /// Runs the engine on every gold text, in parallel, and reads its records back as <c>kutip extract</c>
    /// would write them, so that scoring them equals scoring extract's output. An article the engine fails on
    /// is reported and left out (it then counts as missing).
    /// </summary>
    private static IReadOnlyDictionary<string, AnnotatedArticle> RunEngine(
        IReadOnlyDictionary<string, AnnotatedArticle> gold,
        Func<string, ArticleAnalysis> analyze,
        int threads,
        CommandContext context,
        ref int failures)
    {
        var predicted = new List<AnnotatedArticle>(gold.Count);
        var failed = 0;
        OrderedPipeline.Run(
            gold.Values,
            article => Analyze(article, analyze),
            outcome =>
            {
                if (outcome.Article is { } article)
                {
                    predicted.Add(article);
                }
                else
                {
                    failed++;
                    context.Stderr.Write($"{CliApp.Name}: {outcome.Failure}\n");
                }
            },
            threads,
            maxInFlight: threads * InFlightPerWorker);
        failures += failed;
        return Scorer.IndexById(predicted);
    }

    // Runs on a worker thread.
    private static Outcome Analyze(AnnotatedArticle gold, Func<string, ArticleAnalysis> analyze)
    {
        try
        {
            var line = new StringWriter();
            IAnalysisWriter.Create(AnalysisFormat.Jsonl, line).Write(gold.Article, analyze(gold.Text));
            var record = AnnotatedCorpusReader.ReadJsonLines(new StringReader(line.ToString()), "engine output").Single();
            return record.IsSuccess
                ? new Outcome(record.Value, null)
                : new Outcome(null, $"article '{gold.Id}': {record.Error.Message}");
        }
        catch (Exception e)
        {
            // One article that trips the engine must not stop the run.
            return new Outcome(null, $"article '{gold.Id}': analysis failed ({e.GetType().Name}: {e.Message})");
        }
    }

    private sealed record Outcome(AnnotatedArticle? Article, string? Failure);
}
