namespace QuoteAttribution.Cli;

/// <summary>Reads the engine options shared by the commands that run the engine: <c>--no-model</c>, <c>--rule-names</c> and <c>--model FILE</c>.</summary>
internal static class EngineOptions
{
    public static QuoteExtractorOptions From(ParsedArguments arguments)
    {
        var noModel = arguments.Has("no-model");
        var model = arguments.Value("model");
        if (noModel && model is not null)
        {
            throw new UsageException("--no-model and --model exclude each other");
        }

        if (model is not null && !File.Exists(model))
        {
            throw new UsageException($"--model: no such file '{model}'");
        }

        return new QuoteExtractorOptions { UseModel = !noModel, ModelPath = model, UseNameTagger = !arguments.Has("rule-names") };
    }
}
