using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// Reads a <see cref="ModelManifest"/> from its JSON field by field, without Newtonsoft's serializer: building
/// the serializer's contracts by reflection took a sizeable part of the engine's start-up, which every run of
/// <c>kutip</c> pays. Field names are those of the <see cref="JsonPropertyAttribute"/>s of <see cref="ModelManifest"/>
/// (which <c>kutip train</c> writes with); a missing field keeps its default.
/// </summary>
internal static class ModelManifestReader
{
    /// <summary>The manifest in <paramref name="json"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not a JSON object, or a field has the wrong type.</exception>
    public static ModelManifest Read(string json, string name)
    {
        JObject root;
        try
        {
            root = JObject.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new InvalidDataException($"{name}: the manifest is not a JSON object ({e.Message})", e);
        }

        try
        {
            var manifest = new ModelManifest();
            manifest.Name = (string?)root["name"] ?? manifest.Name;
            manifest.Trainer = root["trainer"] is JObject trainer
                ? trainer.Properties().ToDictionary(p => p.Name, p => ((JValue)p.Value).Value!, StringComparer.Ordinal)
                : manifest.Trainer;
            manifest.Seed = (int?)root["seed"] ?? manifest.Seed;
            manifest.OverrideMargin = (double?)root["override_margin"] ?? manifest.OverrideMargin;
            manifest.OverrideMinimum = (double?)root["override_minimum"] ?? manifest.OverrideMinimum;
            manifest.FeatureSchemaHash = (string?)root["feature_schema_hash"] ?? manifest.FeatureSchemaHash;
            manifest.Features = root["features"] is JArray features ? features.Select(f => (string)f!).ToArray() : manifest.Features;
            manifest.Corpus = root["corpus"] is JObject corpus
                ? corpus.Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal)
                : manifest.Corpus;
            manifest.Metrics = root["metrics"] is JObject metrics
                ? metrics.Properties().ToDictionary(p => p.Name, p => (double)p.Value, StringComparer.Ordinal)
                : manifest.Metrics;
            manifest.ModelContentSha256 = (string?)root["model_content_sha256"] ?? manifest.ModelContentSha256;
            manifest.Calibration = root["calibration"] is JObject calibration
                ? new ConfidenceCalibration { Values = calibration["bins"] is JArray bins ? bins.Select(b => (double)b).ToArray() : [] }
                : null;
            manifest.NameTaggerSha256 = (string?)root["name_tagger_sha256"] ?? manifest.NameTaggerSha256;
            return manifest;
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"{name}: a manifest field has the wrong type ({e.Message})", e);
        }
    }
}
