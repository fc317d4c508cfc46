
namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// A trained speaker model: its compiled trees (<see cref="CompiledTrees"/>), which score every candidate, and its
/// manifest. The ML.NET model the trees come from is loaded only when asked for (to check the trees against it),
/// so start-up does not pay for ML.NET. Loaded once per process and shared; scoring is thread-safe.
/// </summary>
internal sealed class SpeakerModel : IDisposable
{
    private const string EmbeddedModel = "QuoteAttribution.Models.speaker-ranker.zip";
    private const string EmbeddedManifest = "QuoteAttribution.Models.speaker-ranker.manifest.json";
    private const string EmbeddedTrees = "QuoteAttribution.Models.speaker-ranker.trees.bin";
    private static readonly Lazy<SpeakerModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompiledTrees _trees;
    private readonly Lazy<MlNetSpeakerModel> _mlNet;

    private SpeakerModel(ModelManifest manifest, CompiledTrees trees, Lazy<MlNetSpeakerModel> mlNet)
    {
        Manifest = manifest;
        _trees = trees;
        _mlNet = mlNet;
    }

    public ModelManifest Manifest { get; }

    /// <summary>The model built into the library, or null when the library was built without one.</summary>
    public static SpeakerModel? BuiltIn => Embedded.Value;

    /// <summary>
    /// Loads a model file, the manifest beside it and, when present, its trees (<c>X.zip</c>, <c>X.manifest.json</c>,
    /// <c>X.trees.bin</c>); without a trees file the trees are read out of the model through ML.NET.
    /// </summary>
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

        var manifest = ReadManifest(File.ReadAllText(manifestPath), path);
        var mlNet = new Lazy<MlNetSpeakerModel>(() => MlNetSpeakerModel.Load(File.OpenRead(path), manifest.Seed), LazyThreadSafetyMode.ExecutionAndPublication);
        var treesPath = CompiledTrees.PathBeside(path);
        if (!File.Exists(treesPath))
        {
            return new SpeakerModel(manifest, mlNet.Value.Trees, mlNet);
        }

        using var trees = File.OpenRead(treesPath);
        return new SpeakerModel(manifest, CompiledTrees.Load(trees, treesPath), mlNet);
    }

    /// <summary>The probability that a candidate is the speaker, from the compiled trees.</summary>
    public float Probability(ReadOnlySpan<float> features) => _trees.Probability(features);

    /// <summary>The same probability through ML.NET's prediction engine (slow, and loads ML.NET; for checking the compiled trees).</summary>
    public float ProbabilityFromMlNet(float[] features) => _mlNet.Value.Probability(features);

    public void Dispose()
    {
        if (_mlNet.IsValueCreated)
        {
            _mlNet.Value.Dispose();
        }
    }

    private static SpeakerModel? LoadEmbedded()
    {
        var assembly = typeof(SpeakerModel).Assembly;
        using var manifestStream = assembly.GetManifestResourceStream(EmbeddedManifest);
        using var treesStream = assembly.GetManifestResourceStream(EmbeddedTrees);
        if (manifestStream is null || treesStream is null || assembly.GetManifestResourceInfo(EmbeddedModel) is null)
        {
            return null;
        }

        const string name = "the built-in speaker model";
        using var reader = new StreamReader(manifestStream);
        var manifest = ReadManifest(reader.ReadToEnd(), name);
        var mlNet = new Lazy<MlNetSpeakerModel>(
            () => MlNetSpeakerModel.Load(assembly.GetManifestResourceStream(EmbeddedModel)!, manifest.Seed),
            LazyThreadSafetyMode.ExecutionAndPublication);
        return new SpeakerModel(manifest, CompiledTrees.Load(treesStream, name + "'s trees"), mlNet);
    }

    private static ModelManifest ReadManifest(string manifestJson, string name)
    {
        var manifest = ModelManifestReader.Read(manifestJson, name);
        if (!string.Equals(manifest.FeatureSchemaHash, FeatureSchema.Hash, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{name} was trained on feature schema {manifest.FeatureSchemaHash}, but this version of the engine computes " +
                $"schema {FeatureSchema.Hash}. Retrain it with 'kutip train' or use the model shipped with this version.");
        }

        return manifest;
    }
}
