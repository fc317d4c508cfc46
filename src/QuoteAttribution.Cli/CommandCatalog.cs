using System.Collections.Concurrent;

namespace QuoteAttribution.Cli;

/// <summary>The commands of <c>kutip</c>, in the order the help lists them.</summary>
internal static class CommandCatalog
{
    // One extractor per set of options, built on first use (help and --version never build one) and shared by all workers.
    private static readonly ConcurrentDictionary<QuoteExtractorOptions, Lazy<QuoteExtractor>> Extractors = new();

    /// <summary>The analysis function of the process's extractor for <paramref name="options"/>.</summary>
    private static Func<string, ArticleAnalysis> Engine(QuoteExtractorOptions options) =>
        Extractors.GetOrAdd(options, o => new Lazy<QuoteExtractor>(() => Warn(new QuoteExtractor(o)))).Value.Analyze;

    private static QuoteExtractor Warn(QuoteExtractor extractor)
    {
        if (extractor.Warning is { } warning)
        {
            Console.Error.WriteLine($"kutip: warning: {warning}");
        }

        return extractor;
    }

    /// <summary>All commands, wired to the process's shared engine.</summary>
    public static IReadOnlyList<ICommand> Create() =>
    [
        new ExtractCommand(Engine),
        new IndexCommand(() => Engine(new QuoteExtractorOptions())),
        new QueryCommand(),
        new WhoSaidCommand(),
        new SpeakerCommand(),
        new ServeCommand(() => Engine(new QuoteExtractorOptions())),
        new EvalCommand((useModel, asUnseen) => Engine(new QuoteExtractorOptions { UseModel = useModel, AnalyzeCorpusArticlesAsUnseen = asUnseen })),
        new TrainCommand(),
        new VocabularyCommand(),
    ];
}
