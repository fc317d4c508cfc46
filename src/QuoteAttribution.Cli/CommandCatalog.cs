namespace QuoteAttribution.Cli;

/// <summary>The commands of <c>kutip</c>, in the order the help lists them.</summary>
internal static class CommandCatalog
{
    // One extractor per process, built on first use (help and --version never build it) and shared by all workers.
    private static readonly Lazy<QuoteExtractor> Extractor = new(() => new QuoteExtractor());

    // The same without the model, for 'eval --no-model'.
    private static readonly Lazy<QuoteExtractor> ExtractorWithoutModel =
        new(() => new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }));

    /// <summary>All commands, wired to the process's shared engine.</summary>
    public static IReadOnlyList<ICommand> Create() =>
    [
        new ExtractCommand(() => Extractor.Value.Analyze),
        new EvalCommand(useModel => useModel ? Extractor.Value.Analyze : ExtractorWithoutModel.Value.Analyze),
    ];
}
