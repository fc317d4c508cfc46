using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Newtonsoft.Json;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Attribution;
using QuoteAttribution.Mentions.Names;

namespace QuoteAttribution.Training;

/// <summary>
/// Trains the engine's two models on an annotated corpus, seeded and single-threaded so the same corpus
/// gives the same models: first the name tagger (<see cref="NameTagger"/>, an averaged perceptron over the
/// runs of capitalised words that hold a gold speaker's name), then the speaker ranker, a FastTree binary
/// classifier over (quote, candidate) rows that the engine, with the new tagger, builds from the corpus.
/// Writes the ranker (<c>.zip</c>), its compiled trees (<c>.trees.bin</c>), its manifest (<c>.manifest.json</c>) and
/// <c>name-tagger.bin</c> side by side.
/// </summary>
public sealed class SpeakerRankerTrainer
{
    private readonly SpeakerRankerTrainerOptions _options;

    /// <summary>Creates a trainer.</summary>
    public SpeakerRankerTrainer(SpeakerRankerTrainerOptions? options = null) => _options = options ?? new SpeakerRankerTrainerOptions();

    /// <summary>Trains on <paramref name="train"/>, measures on <paramref name="dev"/> when given, and writes the model to <paramref name="modelPath"/>.</summary>
    /// <param name="train">Annotated training articles.</param>
    /// <param name="dev">Annotated development articles, or null.</param>
    /// <param name="modelPath">Where to write the model; the manifest goes beside it.</param>
    /// <param name="corpusFiles">The corpus files used, recorded with their hashes in the manifest.</param>
    public ModelManifest Train(IReadOnlyList<AnnotatedArticle> train, IReadOnlyList<AnnotatedArticle>? dev, string modelPath, IEnumerable<string> corpusFiles)
    {
        var nameRuns = 0;
        var tagger = _options.TrainNameTagger ? TrainNameTagger(train, out nameRuns) : null;
        var taggerPath = NameTaggerPath(modelPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        if (tagger is not null)
        {
            using var stream = File.Create(taggerPath);
            tagger.Save(stream);
        }

        var builder = new TrainingSetBuilder(tagger);
        var examples = builder.Build(train);
        var rows = examples.SelectMany(e => e.Features.Zip(e.Labels, (f, l) => new CandidateRow { Features = f, Label = l })).ToList();

        var context = new MLContext(seed: _options.Seed);
        var data = context.Data.LoadFromEnumerable(rows);
        var trainerOptions = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = _options.NumberOfTrees,
            NumberOfLeaves = _options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = _options.MinimumExampleCountPerLeaf,
            LearningRate = _options.LearningRate,
            NumberOfThreads = 1,
            Seed = _options.Seed,
            FeatureColumnName = nameof(CandidateRow.Features),
            LabelColumnName = nameof(CandidateRow.Label),
        };
        var model = context.BinaryClassification.Trainers.FastTree(trainerOptions).Fit(data);
        context.Model.Save(model, data.Schema, modelPath);
        using (var trees = File.Create(TreesPath(modelPath)))
        {
            CompiledTrees.From(model).Save(trees);
        }

        var manifest = new ModelManifest
        {
            Trainer = new Dictionary<string, object>
            {
                ["name"] = "FastTreeBinaryTrainer",
                ["number_of_trees"] = _options.NumberOfTrees,
                ["number_of_leaves"] = _options.NumberOfLeaves,
                ["minimum_example_count_per_leaf"] = _options.MinimumExampleCountPerLeaf,
                ["learning_rate"] = _options.LearningRate,
                ["number_of_threads"] = 1,
            },
            Seed = _options.Seed,
            OverrideMargin = _options.OverrideMargin,
            OverrideMinimum = _options.OverrideMinimum,
            FeatureSchemaHash = FeatureSchema.Hash,
            Features = FeatureSchema.Names,
            Corpus = corpusFiles.Select(f => f.Replace('\\', '/')).Distinct(StringComparer.Ordinal).ToDictionary(f => f, Sha256, StringComparer.Ordinal),
            ModelContentSha256 = ContentSha256(modelPath),
            NameTaggerSha256 = tagger is null ? string.Empty : Sha256(taggerPath),
        };
        manifest.Metrics["name_tagger_train_runs"] = nameRuns;
        manifest.Metrics["train_quotes"] = examples.Count;
        manifest.Metrics["train_rows"] = rows.Count;
        manifest.Metrics["train_quotes_without_gold_candidate"] = builder.QuotesWithoutGoldCandidate;

        if (dev is not null)
        {
            if (tagger is not null)
            {
                var (taggerRight, rulesRight, runs) = NameBoundaryAccuracy(tagger, dev);
                manifest.Metrics["dev_name_runs"] = runs;
                manifest.Metrics["dev_name_boundary_accuracy_tagger"] = Math.Round(runs == 0 ? 0 : taggerRight / (double)runs, 4);
                manifest.Metrics["dev_name_boundary_accuracy_rules"] = Math.Round(runs == 0 ? 0 : rulesRight / (double)runs, 4);
            }

            var devBuilder = new TrainingSetBuilder(tagger);
            var devExamples = devBuilder.Build(dev);
            var engine = context.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(model);
            var ranked = devExamples.Count(e => e.Labels[ArgMax(e.Features.Select(f => engine.Predict(new CandidateRow { Features = f }).Probability))]);
            var sieves = devExamples.Count(e => e.SieveChoice >= 0 && e.Labels[e.SieveChoice]);
            manifest.Metrics["dev_quotes"] = devExamples.Count;
            manifest.Metrics["dev_ranker_accuracy"] = Math.Round(devExamples.Count == 0 ? 0 : ranked / (double)devExamples.Count, 4);
            manifest.Metrics["dev_sieve_accuracy"] = Math.Round(devExamples.Count == 0 ? 0 : sieves / (double)devExamples.Count, 4);
        }

        File.WriteAllText(ManifestPath(modelPath), JsonConvert.SerializeObject(manifest, Formatting.Indented) + "\n");
        return manifest;
    }

    /// <summary>
    /// Fits the confidence calibration to leave-one-outlet-out predictions on the real articles and writes it
    /// into the manifest beside <paramref name="modelPath"/>; returns the manifest.
    /// </summary>
    public ModelManifest Calibrate(string modelPath, IReadOnlyList<AnnotatedArticle> background, IReadOnlyList<AnnotatedArticle> real, string workDirectory)
    {
        var folds = OutletCrossValidation.Run(background, real, _options, workDirectory, withRules: false);
        var pairs = folds.CalibrationPairs().ToList();
        var manifestPath = ManifestPath(modelPath);
        var manifest = ModelManifestReader.Read(File.ReadAllText(manifestPath), manifestPath);
        manifest.Calibration = ConfidenceCalibration.Fit(pairs);
        manifest.Metrics["calibration_pairs"] = pairs.Count;
        manifest.Metrics["loo_outlet_attribution_f1"] = folds.Pooled.Learned.Attribution.F1;
        manifest.Metrics["loo_outlet_attribution_f1_exact_names"] = folds.Pooled.LearnedExact.Attribution.F1;
        File.WriteAllText(manifestPath, JsonConvert.SerializeObject(manifest, Formatting.Indented) + "\n");
        return manifest;
    }

    /// <summary>The name tagger's path beside a ranker's path: <c>DIR/X.zip</c> → <c>DIR/name-tagger.bin</c>.</summary>
    public static string NameTaggerPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".", NameTagger.FileName);

    /// <summary>Trains the name tagger on the runs of capitalised words that hold a gold person speaker's name.</summary>
    internal NameTagger TrainNameTagger(IEnumerable<AnnotatedArticle> articles, out int runs)
    {
        var list = articles as IReadOnlyList<AnnotatedArticle> ?? articles.ToList();
        var projection = new NameProjection(NameProjection.NameWords(list));
        var labelled = list.SelectMany(projection.Project).ToList();
        runs = labelled.Count;
        return new NameTaggerTrainer(_options.NameTaggerEpochs, _options.Seed, (float)_options.NameTaggerRuleMargin).Train(labelled);
    }

    /// <summary>
    /// On the runs of <paramref name="articles"/> that hold a gold name: how many the tagger and the rules
    /// each split exactly as the gold does, and how many runs there are.
    /// </summary>
    internal static (int Tagger, int Rules, int Runs) NameBoundaryAccuracy(NameTagger tagger, IEnumerable<AnnotatedArticle> articles)
    {
        var projection = new NameProjection();
        int taggerRight = 0, rulesRight = 0, runs = 0;
        foreach (var labelled in articles.SelectMany(projection.Project))
        {
            runs++;
            taggerRight += labelled.Run.Length == 1 || tagger.Tag(labelled.Run) == labelled.Gold ? 1 : 0;
            rulesRight += labelled.Run.RuleName == labelled.Gold ? 1 : 0;
        }

        return (taggerRight, rulesRight, runs);
    }

    /// <summary>The compiled trees' path of a model path: <c>X.zip</c> → <c>X.trees.bin</c>.</summary>
    public static string TreesPath(string modelPath) => CompiledTrees.PathBeside(modelPath);

    /// <summary>The manifest path of a model path: <c>X.zip</c> → <c>X.manifest.json</c>.</summary>
    public static string ManifestPath(string modelPath) => Path.ChangeExtension(modelPath, null) + ".manifest.json";

    private static int ArgMax(IEnumerable<float> values)
    {
        var best = 0;
        var bestValue = float.MinValue;
        var i = 0;
        foreach (var value in values)
        {
            if (value > bestValue)
            {
                best = i;
                bestValue = value;
            }

            i++;
        }

        return best;
    }

    private static string ContentSha256(string zipPath)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(zipPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName));
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.ToArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
