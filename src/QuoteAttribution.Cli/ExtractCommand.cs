using System.Text;
using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip extract</c>: streams articles through the engine on several threads and writes one record per
/// article, in input order. A bad input line is reported on standard error with its file and line, and
/// the other articles still go out; the exit code is then 1.
/// </summary>
/// <param name="createAnalyzer">Gives the analysis function for the chosen engine options, once per run (the process's shared <see cref="QuoteExtractor"/>).</param>
internal sealed class ExtractCommand(Func<QuoteExtractorOptions, Func<string, ArticleAnalysis>> createAnalyzer) : ICommand
{
    private static readonly IReadOnlyDictionary<string, Func<TextWriter, IAnalysisWriter>> Formats = new Dictionary<string, Func<TextWriter, IAnalysisWriter>>(StringComparer.Ordinal)
    {
        ["jsonl"] = output => IAnalysisWriter.Create(AnalysisFormat.Jsonl, output),
        ["json"] = output => IAnalysisWriter.Create(AnalysisFormat.Json, output),
        ["text"] = output => IAnalysisWriter.Create(AnalysisFormat.Text, output),

        // The graph formats need the whole run: the graph is built from all articles and written at the end.
        ["graph-json"] = output => new ClaimGraphWriter(ClaimGraphFormat.GraphJson, output),
        ["jsonld"] = output => new ClaimGraphWriter(ClaimGraphFormat.JsonLd, output),
        ["graphml"] = output => new ClaimGraphWriter(ClaimGraphFormat.GraphMl, output),
        ["dot"] = output => new ClaimGraphWriter(ClaimGraphFormat.Dot, output),
    };

    /// <summary>Items read but not yet written, per worker: enough to keep workers busy while one article is slow.</summary>
    private const int InFlightPerWorker = 4;

    /// <summary>Articles handed between threads at once when reading files (standard input goes one by one, for a person typing).</summary>
    private const int FileBatch = 32;

    public string Name => "extract";

    public string Summary => "Find the quotes in articles and attribute them to their speakers.";

    public string Arguments => "[FILE…|-]";

    public string Description =>
        "Reads articles from JSON Lines files (one {\"id\", \"text\", …} object per line), plain .txt files (one\n" +
        "article each, named after the file) or standard input ('-', the default; JSON Lines). Writes one record\n" +
        "per article, in input order: the input fields followed by \"quotes\". A bad line is reported on standard\n" +
        "error as FILE:LINE: problem and skipped. Exit code: 0 all went well, 1 some input failed, 2 usage error.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "Output format: jsonl (default), json (one array), text (for reading), or a claim graph of the whole run: graph-json, jsonld, graphml, dot.", "jsonl|json|text|graph-json|jsonld|graphml|dot", 'f'),
        new("output", "Write to FILE instead of standard output.", "FILE", 'o'),
        new("threads", "Worker threads (default: the number of processors).", "N", 't'),
        new("quiet", "No summary or progress line on standard error.", Short: 'q'),
        new("no-model", "Attribute with the deterministic sieves alone, without the trained speaker model."),
        new("rule-names", "Split names from roles with the hand-written boundary rules instead of the trained name tagger."),
        new("model", "Use this speaker model (from 'kutip train') instead of the built-in one.", "FILE"),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip extract articles.jsonl --output quotes.jsonl",
        "cat articles.jsonl | kutip extract --format text",
        "kutip extract article.txt --format json --threads 2 --quiet",
        "kutip extract articles.jsonl --format graphml --output claims.graphml",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var createWriter = arguments.Choice("format", Formats["jsonl"], Formats);
        var threads = arguments.Integer("threads", Environment.ProcessorCount, min: 1, max: 1024);
        var quiet = arguments.Has("quiet");
        var outputPath = arguments.Value("output") is { } path && path != ArticleReader.StandardInputPath ? path : null;
        IReadOnlyList<string> inputs = arguments.Positionals.Count > 0 ? arguments.Positionals : [ArticleReader.StandardInputPath];
        CheckInputs(inputs, outputPath);

        var analyze = createAnalyzer(EngineOptions.From(arguments));
        using var file = outputPath is null ? null : OpenOutput(outputPath);
        var output = file ?? context.Stdout;
        var writer = createWriter(output);
        var showProgress = !quiet && context.StderrIsTerminal && (file is not null || !context.StdoutIsTerminal);
        var report = new ExtractReport(context.Stderr, quiet, showProgress, showProgress ? InputSize.CountArticles(inputs) : null);

        OrderedPipeline.Run(
            inputs.SelectMany(input => Read(input, context.Stdin)),
            item => Analyze(item, analyze),
            outcome => Write(outcome, writer, report),
            threads,
            maxInFlight: threads * InFlightPerWorker,
            beforeWait: file is null ? context.Stdout.Flush : null,
            batch: inputs.Contains(ArticleReader.StandardInputPath) ? 1 : FileBatch);
        writer.Complete();
        output.Flush();
        report.Finish();
        return report.Errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void CheckInputs(IReadOnlyList<string> inputs, string? outputPath)
    {
        if (inputs.Count(i => i == ArticleReader.StandardInputPath) > 1)
        {
            throw new UsageException("standard input ('-') can be read only once");
        }

        if (outputPath is not null && inputs.Any(i => i != ArticleReader.StandardInputPath && SamePath(i, outputPath)))
        {
            throw new UsageException($"--output '{outputPath}' is also an input");
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write '{path}': {e.Message}", e);
        }
    }

    private static IEnumerable<ReadResult<ArticleRecord>> Read(string input, TextReader stdin) =>
        input == ArticleReader.StandardInputPath ? ArticleReader.ReadJsonLines(stdin) : ArticleReader.ReadFile(input);

    // Runs on a worker thread.
    private static Outcome Analyze(ReadResult<ArticleRecord> item, Func<string, ArticleAnalysis> analyze)
    {
        if (!item.IsSuccess)
        {
            return new Outcome(item, null, item.Error.ToString(), 0);
        }

        try
        {
            return new Outcome(item, analyze(item.Value.Text), null, ExtractReport.CountWords(item.Value.Text));
        }
        catch (Exception e)
        {
            // One article that trips the engine must not stop the run; it is reported like a bad line.
            return new Outcome(item, null, $"{item.Location}: analysis failed ({e.GetType().Name}: {e.Message})", 0);
        }
    }

    // Runs on the calling thread, in input order.
    private static void Write(Outcome outcome, IAnalysisWriter writer, ExtractReport report)
    {
        if (outcome.Analysis is null)
        {
            report.Failed(outcome.Failure!);
            return;
        }

        writer.Write(outcome.Input.Value!, outcome.Analysis);
        report.Written(outcome.Analysis.Quotes.Count, outcome.Words);
    }

    private sealed record Outcome(ReadResult<ArticleRecord> Input, ArticleAnalysis? Analysis, string? Failure, int Words);
}
