using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Corpus;
using QuoteAttribution.Training;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip train</c>: trains the speaker ranker on an annotated corpus and writes the model and its
/// manifest. From a clean clone, the defaults reproduce the shipped model.
/// </summary>
internal sealed class TrainCommand : ICommand
{
    public string Name => "train";

    public string Summary => "Train the speaker ranker on an annotated corpus.";

    public string Arguments => string.Empty;

    public string Description =>
        "Runs the engine's sieves over annotated articles (GUIDELINES.md records), turns each quote they find\n" +
        "that matches a gold quote into one row per candidate speaker, and trains a FastTree binary classifier\n" +
        "on them (seeded and single-threaded: the same corpus gives the same model). Writes MODEL.zip and\n" +
        "MODEL.manifest.json beside it. With --dev, prints the speaker accuracy of the ranker and of the sieves\n" +
        "on the dev quotes. Rebuild the library to ship a new models/speaker-ranker.zip.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("corpus", "Training corpus (default: corpora/train.jsonl).", "FILE"),
        new("dev", "Development corpus to measure on (default: corpora/dev.jsonl when it exists).", "FILE"),
        new("out", "Where to write the model (default: models/speaker-ranker.zip).", "FILE", 'o'),
        new("seed", "Seed of the training (default: the shipped model's).", "N"),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip train --corpus corpora/train.jsonl --dev corpora/dev.jsonl --out models/speaker-ranker.zip",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var corpus = arguments.Value("corpus") ?? Path.Combine("corpora", "train.jsonl");
        var dev = arguments.Value("dev") ?? (File.Exists(Path.Combine("corpora", "dev.jsonl")) ? Path.Combine("corpora", "dev.jsonl") : null);
        var output = arguments.Value("out") ?? Path.Combine("models", "speaker-ranker.zip");
        var defaults = new SpeakerRankerTrainerOptions();
        var options = defaults with { Seed = arguments.Integer("seed", defaults.Seed, min: 0, max: int.MaxValue) };

        var train = Read(corpus, context.Stderr);
        var devArticles = dev is null ? null : Read(dev, context.Stderr);
        if (train is null || dev is not null && devArticles is null)
        {
            return ExitCodes.Failure;
        }

        var clock = Stopwatch.StartNew();
        var manifest = new SpeakerRankerTrainer(options).Train(train, devArticles, output, dev is null ? [corpus] : [corpus, dev]);
        context.Stdout.WriteLine($"wrote {output} and {SpeakerRankerTrainer.ManifestPath(output)} in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (name, value) in manifest.Metrics)
        {
            context.Stdout.WriteLine($"  {name,-38} {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads an annotated corpus, reporting every bad line; null when any line was bad.</summary>
    private static List<AnnotatedArticle>? Read(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"kutip: {path}: no such file");
            return null;
        }

        var articles = new List<AnnotatedArticle>();
        var failed = false;
        foreach (var result in AnnotatedCorpusReader.ReadFile(path))
        {
            if (result.Value is { } article)
            {
                articles.Add(article);
            }
            else
            {
                stderr.WriteLine($"kutip: {result.Error}");
                failed = true;
            }
        }

        return failed ? null : articles;
    }
}
