using NUnit.Framework;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;
using QuoteAttribution.Tests.Corpus;
using QuoteAttribution.Training;

namespace QuoteAttribution.Tests.Attribution;

public sealed class SpeakerRankerTests
{
    [Test]
    public void FeatureSchema_Width_MatchesTheModelRow()
    {
        Assert.That(FeatureSchema.Count, Is.EqualTo(CandidateRow.Width));
    }

    [Test]
    public void FeatureSchema_Names_AreUnique()
    {
        Assert.That(FeatureSchema.Names, Is.Unique);
    }

    [Test]
    public void BuiltInModel_Loads_WithTheCodesFeatureSchema()
    {
        var model = SpeakerModel.BuiltIn;
        Assert.That(model, Is.Not.Null, "the library was built without models/speaker-ranker.zip");
        Assert.That(model!.Manifest.FeatureSchemaHash, Is.EqualTo(FeatureSchema.Hash));
    }

    [Test]
    public void CompiledTrees_OnTheDevRows_GiveMlNetsProbabilities()
    {
        var model = SpeakerModel.BuiltIn!;
        var rows = new TrainingSetBuilder(QuoteAttribution.Mentions.Names.NameTagger.BuiltIn).Build(Corpus("dev.jsonl")).SelectMany(e => e.Features).ToList();
        Assert.That(rows, Has.Count.GreaterThan(100));
        var worst = rows.Max(f => Math.Abs(model.Probability(f) - model.ProbabilityFromMlNet(f)));
        Assert.That(worst, Is.LessThan(1e-5));
    }

    [Test]
    public void Load_WithoutItsTreesFile_ReadsTheTreesThroughMlNet_AndScoresTheSame()
    {
        using var directory = new TempDirectory();
        var trained = TrainOnSixDevArticles(directory);
        Assert.That(File.Exists(SpeakerRankerTrainer.TreesPath(trained)), "kutip train writes the trees beside the model");
        var rows = new TrainingSetBuilder(QuoteAttribution.Mentions.Names.NameTagger.BuiltIn).Build(Corpus("dev.jsonl").Take(3)).SelectMany(e => e.Features).ToList();
        using var withTrees = SpeakerModel.Load(trained);
        var fromTrees = rows.Select(f => withTrees.Probability(f)).ToList();

        File.Delete(SpeakerRankerTrainer.TreesPath(trained));
        using var withoutTrees = SpeakerModel.Load(trained);

        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Select(f => withoutTrees.Probability(f)), Is.EqualTo(fromTrees));
    }

    [Test]
    public void Load_TruncatedTreesFile_IsRefusedNamingTheFile()
    {
        using var directory = new TempDirectory();
        var trained = TrainOnSixDevArticles(directory);
        var treesPath = SpeakerRankerTrainer.TreesPath(trained);
        var bytes = File.ReadAllBytes(treesPath);
        File.WriteAllBytes(treesPath, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => SpeakerModel.Load(trained));
        Assert.That(error!.Message, Does.Contain("ranker.trees.bin").And.Contain("truncated"));
    }

    [Test]
    public void QuoteExtractor_Default_UsesTheModel_AndNoModelOptionTurnsItOff()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new QuoteExtractor().UsesModel, Is.True);
            Assert.That(new QuoteExtractor(new QuoteExtractorOptions { UseModel = false }).UsesModel, Is.False);
        }
    }

    [Test]
    public void Load_ModelWithAnotherFeatureSchema_IsRefusedWithAClearMessage()
    {
        using var directory = new TempDirectory();
        var trained = TrainOnSixDevArticles(directory);
        var manifestPath = SpeakerRankerTrainer.ManifestPath(trained);
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace(FeatureSchema.Hash, "0000000000000000", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => SpeakerModel.Load(trained));
        Assert.That(error!.Message, Does.Contain("feature schema 0000000000000000").And.Contain("kutip train"));
    }

    [Test]
    public void Train_SameCorpusTwice_GivesTheSameModelContent()
    {
        var directory = Directory.CreateTempSubdirectory("kutip-model-");
        try
        {
            var articles = Corpus("dev.jsonl").ToList();
            var first = new SpeakerRankerTrainer().Train(articles, null, Path.Combine(directory.FullName, "a.zip"), []);
            var second = new SpeakerRankerTrainer().Train(articles, null, Path.Combine(directory.FullName, "b.zip"), []);
            Assert.That(second.ModelContentSha256, Is.EqualTo(first.ModelContentSha256));
            Assert.That(first.Metrics["train_rows"], Is.GreaterThan(0));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Analyze_WithModel_RecordsAProbabilityAsConfidence()
    {
        const string text = "Menteri Kesehatan Budi Gunadi Sadikin mengatakan, vaksin tambahan tiba pekan depan.\n\n\"Kami sudah siapkan gudang pendingin,\" ujarnya.";
        var quotes = new QuoteExtractor().Analyze(text).Quotes;
        Assert.That(quotes, Has.Count.EqualTo(2));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Budi Gunadi Sadikin"));
        Assert.That(quotes.Select(q => q.Confidence), Is.All.InRange(0.0, 1.0));
    }

    /// <summary>Trains a small model on six of our dev articles into <paramref name="directory"/>; returns its path.</summary>
    private static string TrainOnSixDevArticles(TempDirectory directory)
    {
        var path = Path.Combine(directory.Path, "ranker.zip");
        new SpeakerRankerTrainer().Train(Corpus("dev.jsonl").Take(6).ToList(), null, path, []);
        return path;
    }

    private static IEnumerable<AnnotatedArticle> Corpus(string file) =>
        AnnotatedCorpusReader.ReadFile(Path.Combine(Repository.Root, "corpora", file)).Select(r => r.Value!);
}
