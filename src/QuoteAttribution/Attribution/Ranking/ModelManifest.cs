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
}
