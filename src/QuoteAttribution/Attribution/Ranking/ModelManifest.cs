using Newtonsoft.Json;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>What is known about a trained speaker model: how it was made, on what, and how well it did.</summary>
public sealed class ModelManifest
{
    /// <summary>The model's name, <c>speaker-ranker</c>.</summary>
    [JsonProperty("name")]
    public string Name { get; set; } = "speaker-ranker";

    /// <summary>The ML.NET trainer and its options.</summary>
    [JsonProperty("trainer")]
    public Dictionary<string, object> Trainer { get; set; } = [];

    /// <summary>The seed of the ML.NET context.</summary>
    [JsonProperty("seed")]
    public int Seed { get; set; }

    /// <summary>How much more probable another candidate must be to overrule the sieves' choice (0.5 for manifests that predate it).</summary>
    [JsonProperty("override_margin")]
    public double OverrideMargin { get; set; } = 0.5;

    /// <summary>The least probability with which the ranker's choice overrules the sieves (0.15 for manifests that predate it).</summary>
    [JsonProperty("override_minimum")]
    public double OverrideMinimum { get; set; } = 0.15;

    /// <summary>The hash of the feature list the model reads; a model whose hash differs from the code's is refused.</summary>
    [JsonProperty("feature_schema_hash")]
    public string FeatureSchemaHash { get; set; } = "";

    /// <summary>The feature names, in order.</summary>
    [JsonProperty("features")]
    public string[] Features { get; set; } = [];

    /// <summary>The corpus files trained and evaluated on, with their SHA-256 hashes.</summary>
    [JsonProperty("corpus")]
    public Dictionary<string, string> Corpus { get; set; } = [];

    /// <summary>Training set size and the figures measured after training.</summary>
    [JsonProperty("metrics")]
    public Dictionary<string, double> Metrics { get; set; } = [];

    /// <summary>
    /// SHA-256 over the model archive's entries (names and bytes, in name order): equal for two trainings on
    /// the same corpus with the same options, though the archives' time stamps differ.
    /// </summary>
    [JsonProperty("model_content_sha256")]
    public string ModelContentSha256 { get; set; } = "";

    /// <summary>How raw confidences map to accuracy on unseen real articles, or null (raw confidences are then given as they are).</summary>
    [JsonProperty("calibration")]
    public ConfidenceCalibration? Calibration { get; set; }

    /// <summary>SHA-256 of the name tagger trained with the ranker (<c>name-tagger.bin</c> beside it), whose mentions the ranker was trained on.</summary>
    [JsonProperty("name_tagger_sha256")]
    public string NameTaggerSha256 { get; set; } = "";
}
