using Microsoft.ML;
using Newtonsoft.Json;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// A trained speaker model: the ML.NET transformer and its manifest. Loaded once per process and shared;
/// scoring is thread-safe (one prediction engine per thread).
/// </summary>
internal sealed class SpeakerModel : IDisposable
{
    private const string EmbeddedModel = "QuoteAttribution.Models.speaker-ranker.zip";
    private const string EmbeddedManifest = "QuoteAttribution.Models.speaker-ranker.manifest.json";
    private static readonly Lazy<SpeakerModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>> _engines;
    private readonly CompiledTrees _trees;

    private SpeakerModel(MLContext context, ITransformer transformer, ModelManifest manifest)
    {
        Manifest = manifest;
        _trees = CompiledTrees.From(transformer);
        _engines = new ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>>(
            () => context.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(transformer));
    }

    public ModelManifest Manifest { get; }

    /// <summary>The model built into the library, or null when the library was built without one.</summary>
    public static SpeakerModel? BuiltIn => Embedded.Value;

    /// <summary>Loads a model file and the manifest beside it (<c>X.zip</c> and <c>X.manifest.json</c>).</summary>
    public static SpeakerModel Load(string path)
    {
        var manifestPath = Path.ChangeExtension(path, null) + ".manifest.json";
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Speaker model '{path}' does not exist.", path);
        }

        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"Speaker model '{path}' has no manifest '{manifestPath}' beside it.", manifestPath);
        }

        using var model = File.OpenRead(path);
        return FromStreams(model, File.ReadAllText(manifestPath), path);
    }

    /// <summary>The probability that a candidate is the speaker, from the compiled trees.</summary>
    public float Probability(ReadOnlySpan<float> features) => _trees.Probability(features);

    /// <summary>The same probability through ML.NET's prediction engine (slow; for checking the compiled trees).</summary>
    public float ProbabilityFromMlNet(float[] features) => _engines.Value!.Predict(new CandidateRow { Features = features }).Probability;

    public void Dispose() => _engines.Dispose();

    private static SpeakerModel? LoadEmbedded()
    {
        var assembly = typeof(SpeakerModel).Assembly;
        using var model = assembly.GetManifestResourceStream(EmbeddedModel);
        using var manifest = assembly.GetManifestResourceStream(EmbeddedManifest);
        if (model is null || manifest is null)
        {
            return null;
        }

        using var reader = new StreamReader(manifest);
        return FromStreams(model, reader.ReadToEnd(), "the built-in speaker model");
    }

    private static SpeakerModel FromStreams(Stream model, string manifestJson, string name)
    {
        var manifest = JsonConvert.DeserializeObject<ModelManifest>(manifestJson)
            ?? throw new InvalidDataException($"{name}: the manifest is empty.");
        if (!string.Equals(manifest.FeatureSchemaHash, FeatureSchema.Hash, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{name} was trained on feature schema {manifest.FeatureSchemaHash}, but this version of the engine computes " +
                $"schema {FeatureSchema.Hash}. Retrain it with 'kutip train' or use the model shipped with this version.");
        }

        var context = new MLContext(seed: manifest.Seed);
        var transformer = context.Model.Load(model, out _);
        return new SpeakerModel(context, transformer, manifest);
    }
}
