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

    public string Summary => "Train the name tagger and the speaker ranker on annotated corpora.";

    public string Arguments => string.Empty;

    public string Description =>
        "Trains the engine's models, seeded and single-threaded (the same corpora give the same files): the name\n" +
        "tagger on the capitalised runs that hold a gold speaker's name, then the speaker ranker (FastTree) on one\n" +
        "row per candidate speaker of every quote the engine finds with that tagger, then, when real articles are\n" +
        "given, the confidence calibration from leave-one-outlet-out predictions. Reads our own corpus (--corpus)\n" +
        "and the real articles rebuilt from their stand-off annotations (--real, --articles). Writes MODEL.zip,\n" +
        "MODEL.trees.bin, MODEL.manifest.json and name-tagger.bin beside it. --cross-validate prints\n" +
        "leave-one-outlet-out figures instead. Rebuild the library to ship new models.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("corpus", "Training corpus (default: corpora/train.jsonl).", "FILE"),
        new("dev", "Development corpus to measure on (default: corpora/dev.jsonl when it exists).", "FILE"),
        new("out", "Where to write the model (default: models/speaker-ranker.zip).", "FILE", 'o'),
        new("real", "Stand-off annotations of real articles to train on as well (default: corpora/real/standoff.jsonl; 'none' for none).", "FILE"),
        new("articles", "The articles the stand-off annotations point into (default: ../shared/data/unlabeled/articles.jsonl).", "FILE"),
        new("seed", "Seed of the training (default: the shipped model's).", "N"),
        new("name-margin", "How much better than the boundary rules the name tagger must score to overrule them (default: the shipped tagger's).", "S"),
        new("epochs", "Passes of the name tagger's perceptron (default: the shipped tagger's).", "N"),
        new("minimum", "The least probability with which the ranker overrules the sieves (default: the shipped model's).", "P"),
        new("margin", "How much more probable another candidate must be to overrule the sieves (default: the shipped model's).", "P"),
        new("cross-validate", "Instead of writing models: leave-one-outlet-out figures over the real articles."),
        new("predictions", "With --cross-validate: write every held-out prediction as JSONL (score it with score.py).", "FILE"),
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
        var options = defaults with
        {
            Seed = arguments.Integer("seed", defaults.Seed, min: 0, max: int.MaxValue),
            NameTaggerEpochs = arguments.Integer("epochs", defaults.NameTaggerEpochs, min: 1, max: 1000),
            NameTaggerRuleMargin = arguments.Number("name-margin", defaults.NameTaggerRuleMargin, min: 0, max: 1000),
            OverrideMinimum = arguments.Number("minimum", defaults.OverrideMinimum, min: 0, max: 1),
            OverrideMargin = arguments.Number("margin", defaults.OverrideMargin, min: 0, max: 1),
        };

        var realPath = arguments.Value("real") ?? DefaultReal;
        var articlesPath = arguments.Value("articles") ?? DefaultArticles;
        var synthetic = Read(corpus, context.Stderr);
        var real = realPath == "none" ? [] : ReadReal(realPath, articlesPath, context.Stderr);
        var devArticles = dev is null ? null : Read(dev, context.Stderr);
        if (synthetic is null || real is null || dev is not null && devArticles is null)
        {
            return ExitCodes.Failure;
        }

        if (arguments.Has("cross-validate"))
        {
            return CrossValidate(synthetic, real, options, arguments.Value("predictions"), context);
        }

        var train = synthetic.Concat(real).ToList();
        var files = new List<string> { corpus };
        if (realPath != "none")
        {
            files.Add(realPath);
            files.Add(articlesPath);
        }

        if (dev is not null)
        {
            files.Add(dev);
        }

        var clock = Stopwatch.StartNew();
        var trainer = new SpeakerRankerTrainer(options);
        var manifest = trainer.Train(train, devArticles, output, files);
        if (real.Count > 0)
        {
            var work = Directory.CreateTempSubdirectory("kutip-calibrate-");
            try
            {
                manifest = trainer.Calibrate(output, synthetic, real, work.FullName);
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        context.Stdout.WriteLine($"trained on {synthetic.Count} articles of {corpus} and {real.Count} real articles of {realPath}");
        context.Stdout.WriteLine($"wrote {output}, {SpeakerRankerTrainer.TreesPath(output)}, {SpeakerRankerTrainer.ManifestPath(output)} and {SpeakerRankerTrainer.NameTaggerPath(output)} in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (name, value) in manifest.Metrics)
        {
            context.Stdout.WriteLine($"  {name,-38} {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return ExitCodes.Success;
    }

    private const string DefaultReal = "corpora/real/standoff.jsonl";
    private const string DefaultArticles = "../shared/data/unlabeled/articles.jsonl";

    /// <summary>Rebuilds the real articles from their stand-off annotations, reporting every bad line; null when any was bad.</summary>
    private static List<AnnotatedArticle>? ReadReal(string standoff, string articles, TextWriter stderr)
    {
        foreach (var path in new[] { standoff, articles })
        {
            if (!File.Exists(path))
            {
                stderr.WriteLine($"kutip: {path}: no such file (the real training articles need the stand-off annotations and the articles they point into; give --real and --articles, or --real none)");
                return null;
            }
        }

        var rebuilt = new List<AnnotatedArticle>();
        var failed = false;
        foreach (var result in StandoffCorpus.Rebuild(standoff, articles))
        {
            if (result.Value is { } article)
            {
                rebuilt.Add(article);
            }
            else
            {
                stderr.WriteLine($"kutip: {result.Error}");
                failed = true;
            }
        }

        return failed ? null : rebuilt;
    }

    private static int CrossValidate(List<AnnotatedArticle> synthetic, List<AnnotatedArticle> real, SpeakerRankerTrainerOptions options, string? predictions, CommandContext context)
    {
        if (real.Count == 0)
        {
            context.Stderr.WriteLine("kutip: --cross-validate needs real articles (--real)");
            return ExitCodes.Failure;
        }

        var work = Directory.CreateTempSubdirectory("kutip-cv-");
        try
        {
            var result = OutletCrossValidation.Run(synthetic, real, options, work.FullName);
            context.Stdout.Write(result.Format());
            if (predictions is not null)
            {
                AnnotatedCorpusWriter.Write(predictions, result.Predictions);
            }

            return ExitCodes.Success;
        }
        finally
        {
            work.Delete(recursive: true);
        }
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
