using Newtonsoft.Json;
using NUnit.Framework;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;
using QuoteAttribution.Training;

namespace QuoteAttribution.Tests.Training;

/// <summary>
/// The shipped models are what <c>kutip train</c> makes from the repository's corpora and the real articles the
/// stand-off annotations point into. Needs <c>../shared</c> beside the repository (CI has it); ignored elsewhere.
/// </summary>
public sealed class ShippedModelsTests
{
    private static string Articles => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data", "unlabeled", "articles.jsonl"));

    private static string Standoff => Path.Combine(Repository.Root, "corpora", "real", "standoff.jsonl");

    private static List<AnnotatedArticle> Real()
    {
        if (!File.Exists(Articles))
        {
            Assert.Ignore("../shared/data/unlabeled/articles.jsonl not found");
        }

        var results = StandoffCorpus.Rebuild(Standoff, Articles).ToList();
        Assert.That(results.Where(r => !r.IsSuccess).Select(r => r.Error!.ToString()), Is.Empty);
        return results.Select(r => r.Value!).ToList();
    }

    [Test]
    public void Standoff_EveryRealArticle_RebuildsFromTheUnlabeledArticles()
    {
        var real = Real();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(real, Has.Count.GreaterThanOrEqualTo(150));
            Assert.That(real.Select(a => a.Article.GetString("outlet")).Distinct().Count(), Is.GreaterThanOrEqualTo(10));
            Assert.That(real.SelectMany(a => a.Quotes).All(q => q.ContentStart is not null), Is.True);
        }
    }

    [Test]
    public void Train_Defaults_ReproduceTheShippedModels()
    {
        var real = Real();
        var synthetic = AnnotatedCorpusReader.ReadFile(Path.Combine(Repository.Root, "corpora", "train.jsonl")).Select(r => r.Value!).ToList();
        var directory = Directory.CreateTempSubdirectory("kutip-reproduce-");
        try
        {
            var trainer = new SpeakerRankerTrainer();
            var model = Path.Combine(directory.FullName, "speaker-ranker.zip");
            trainer.Train(synthetic.Concat(real).ToList(), null, model, []);
            var manifest = trainer.Calibrate(model, synthetic, real, directory.CreateSubdirectory("folds").FullName);
            var shipped = JsonConvert.DeserializeObject<ModelManifest>(File.ReadAllText(Path.Combine(Repository.Root, "models", "speaker-ranker.manifest.json")))!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That(manifest.NameTaggerSha256, Is.EqualTo(shipped.NameTaggerSha256));
                Assert.That(manifest.ModelContentSha256, Is.EqualTo(shipped.ModelContentSha256));
                Assert.That(manifest.Calibration!.Values, Is.EqualTo(shipped.Calibration!.Values));
                Assert.That(File.ReadAllBytes(SpeakerRankerTrainer.TreesPath(model)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Repository.Root, "models", "speaker-ranker.trees.bin"))),
                    "the shipped trees are the trees of the shipped model");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
