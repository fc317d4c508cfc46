using Newtonsoft.Json;
using NUnit.Framework;
using QuoteAttribution.Attribution;
using QuoteAttribution.Attribution.Ranking;

namespace QuoteAttribution.Tests.Attribution;

public sealed class ModelManifestReaderTests
{
    private static string ShippedManifest => File.ReadAllText(Path.Combine(Repository.Root, "models", "speaker-ranker.manifest.json"));

    [Test]
    public void Read_ShippedManifest_GivesWhatTheSerializerGives()
    {
        var read = ModelManifestReader.Read(ShippedManifest, "manifest");
        var deserialized = JsonConvert.DeserializeObject<ModelManifest>(ShippedManifest)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonConvert.SerializeObject(read), Is.EqualTo(JsonConvert.SerializeObject(deserialized)));
            Assert.That(read.Calibration!.Values, Has.Length.EqualTo(ConfidenceCalibration.Bins));
        }
    }

    [Test]
    public void Read_MissingFields_KeepTheirDefaults()
    {
        var manifest = ModelManifestReader.Read("""{"seed": 7}""", "manifest");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.Seed, Is.EqualTo(7));
            Assert.That(manifest.OverrideMargin, Is.EqualTo(0.5));
            Assert.That(manifest.OverrideMinimum, Is.EqualTo(0.15));
            Assert.That(manifest.Calibration, Is.Null);
        }
    }

    [TestCase("not json", "not a JSON object")]
    [TestCase("""{"seed": "tujuh"}""", "wrong type")]
    public void Read_BadManifest_NamesItInTheError(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ModelManifestReader.Read(json, "model.manifest.json"));
        Assert.That(error!.Message, Does.Contain("model.manifest.json").And.Contain(expected));
    }
}
