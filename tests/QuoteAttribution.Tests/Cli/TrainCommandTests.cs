using NUnit.Framework;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class TrainCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Train(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApp.Run(["train", .. args], new CommandContext(new StringReader(string.Empty), stdout, stderr), [new TrainCommand()]);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Train_MissingCorpus_NamesTheFileAndFails()
    {
        var (exitCode, _, stderr) = Train("--corpus", "tidak-ada.jsonl", "--dev", "tidak-ada-juga.jsonl");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(stderr, Does.Contain("tidak-ada.jsonl"));
        }
    }

    [Test]
    public void Train_BadCorpusLine_ReportsFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory("kutip-train-");
        try
        {
            var corpus = Path.Combine(directory.FullName, "latih.jsonl");
            File.WriteAllText(corpus, "{\"id\": \"a1\", \"text\": \"Budi mengatakan, harga beras turun.\", \"quotes\": []}\nbukan json\n");
            var (exitCode, _, stderr) = Train("--corpus", corpus, "--dev", corpus, "--out", Path.Combine(directory.FullName, "m.zip"), "--real", "none");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(stderr, Does.Contain("latih.jsonl:2"));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Train_SmallCorpus_WritesModelAndManifestWithTheCodesSchema()
    {
        var directory = Directory.CreateTempSubdirectory("kutip-train-");
        try
        {
            var corpus = Path.Combine(Repository.Root, "corpora", "dev.jsonl");
            var output = Path.Combine(directory.FullName, "ranker.zip");
            var (exitCode, stdout, _) = Train("--corpus", corpus, "--dev", corpus, "--out", output, "--real", "none");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(exitCode, Is.EqualTo(0));
                Assert.That(File.Exists(output), Is.True);
                Assert.That(stdout, Does.Contain("dev_ranker_accuracy"));
                Assert.That(SpeakerModel.Load(output).Manifest.FeatureSchemaHash, Is.EqualTo(FeatureSchema.Hash));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
