using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Newtonsoft.Json;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Training;

/// <summary>
/// Trains the speaker ranker: a FastTree binary classifier over (quote, candidate) rows built by the
/// engine itself from an annotated corpus, seeded and single-threaded so the same corpus gives the same
/// model. Writes the model (<c>.zip</c>) and its manifest (<c>.manifest.json</c>) side by side.
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
        var builder = new TrainingSetBuilder();
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

        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        context.Model.Save(model, data.Schema, modelPath);

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
            FeatureSchemaHash = FeatureSchema.Hash,
            Features = FeatureSchema.Names,
            Corpus = corpusFiles.Select(f => f.Replace('\\', '/')).Distinct(StringComparer.Ordinal).ToDictionary(f => f, Sha256, StringComparer.Ordinal),
            ModelContentSha256 = ContentSha256(modelPath),
        };
        manifest.Metrics["train_quotes"] = examples.Count;
        manifest.Metrics["train_rows"] = rows.Count;
        manifest.Metrics["train_quotes_without_gold_candidate"] = builder.QuotesWithoutGoldCandidate;

        if (dev is not null)
        {
            var devBuilder = new TrainingSetBuilder();
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
