using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Corpus;
using QuoteAttribution.Tests.Evaluation;

namespace QuoteAttribution.Tests.Cli;

public sealed class EvalCommandTests
{
    private TempDirectory temp = null!;
    private List<bool> enginesAskedFor = null!;
    private List<bool> unseenAskedFor = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        enginesAskedFor = [];
        unseenAskedFor = [];
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Eval_NoGold_ExitsWithUsageError()
    {
        var result = Run("eval", "--pred", Fixture.PredPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--gold FILE is required").And.Contain("kutip eval --help"));
    }

    [Test]
    public void Eval_PositionalArgument_ExitsWithUsageError()
    {
        var result = Run("eval", Fixture.GoldPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("unexpected argument"));
    }

    [Test]
    public void Eval_NoModelWithPred_ExitsWithUsageError()
    {
        var result = Run("eval", "--gold", Fixture.GoldPath, "--pred", Fixture.PredPath, "--no-model");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--no-model"));
    }

    [TestCase("--format", "xml")]
    [TestCase("--errors", "-1")]
    [TestCase("--errors", "banyak")]
    [TestCase("--threads", "0")]
    public void Eval_BadOptionValue_ExitsWithUsageError(string option, string value)
    {
        var result = Run("eval", "--gold", Fixture.GoldPath, "--pred", Fixture.PredPath, option, value);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Eval_GoldAndPredBothStandardInput_ExitsWithUsageError()
    {
        var result = Run("eval", "--gold", "-", "--pred", "-");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public void Eval_MissingGoldFile_NamesItAndExitsOne()
    {
        var missing = Path.Combine(temp.Path, "tidak-ada.jsonl");

        var result = Run("eval", "--gold", missing, "--pred", Fixture.PredPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.Contain(missing));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Eval_BadPredLine_NamesFileAndLineAndExitsOne()
    {
        var pred = temp.Write("pred.jsonl", "{\"id\": \"a1\", \"text\": \"x\", \"quotes\": []}\n{\"id\": \"a2\", \"text\": \n");

        var result = Run("eval", "--gold", Fixture.GoldPath, "--pred", pred);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.Contain($"{pred}:2: not JSON"));
    }

    [Test]
    public void Eval_GoldContentNotInText_ReportsItAndExitsOne()
    {
        var gold = temp.Write("gold.jsonl", Line("b1", "Harga naik.", "turun"));

        var result = Run("eval", "--gold", gold, "--pred", Fixture.PredPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.Contain("gold b1: content not in text: 'turun'"));
    }

    [Test]
    public void Eval_StandoffGoldWithArticles_IsRebuiltAndScored()
    {
        var (text, standoff, articles) = WriteStandoffArticle();
        var pred = Path.Combine(temp.Path, "pred.jsonl");
        File.WriteAllText(pred, JsonConvert.SerializeObject(new
        {
            id = "s1", text, quotes = new[] { new { content = "air mulai surut", type = "indirect", speaker = "Dedi Kurniawan" } },
        }) + "\n");

        var result = Run("eval", "--gold", standoff, "--articles", articles, "--pred", pred, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        var json = JObject.Parse(result.Stdout);
        Assert.That((double?)json["attribution"]!["f1"], Is.EqualTo(1.0));
        Assert.That((int?)json["gold_quotes"], Is.EqualTo(1));
    }

    [Test]
    public void Eval_StandoffGoldWithChangedArticle_NamesTheStandoffLineAndExitsOne()
    {
        var articles = Path.Combine(temp.Path, "articles.jsonl");
        File.WriteAllText(articles, JsonConvert.SerializeObject(new { id = "s1", text = "Teks yang sudah diubah." }) + "\n");
        var standoff = Path.Combine(temp.Path, "standoff.jsonl");
        File.WriteAllText(standoff, "{\"id\": \"s1\", \"text_sha256\": \"00\", \"quotes\": []}\n");

        var result = Run("eval", "--gold", standoff, "--articles", articles, "--pred", Fixture.PredPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.Contain("standoff.jsonl:1").And.Contain("text_sha256"));
    }

    [Test]
    public void Eval_ArticlesWithStandoffOnStandardInput_ExitsWithUsageError()
    {
        var result = Run("eval", "--gold", "-", "--articles", Fixture.PredPath);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--articles"));
    }

    [Test]
    public void Eval_JsonFormat_WritesScorePyFieldsSievesAndReliability()
    {
        var result = Run("eval", "--gold", Fixture.GoldPath, "--pred", Fixture.PredPath, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        var json = JObject.Parse(result.Stdout);
        Assert.That(json.Properties().Select(p => p.Name), Is.EqualTo(new[]
        {
            "quotes", "direct", "indirect", "strict", "attribution", "speaker_accuracy", "gold_quotes", "articles",
            "articles_missing_in_prediction", "sieves", "reliability",
        }));
        Assert.That((double?)json["attribution"]!["f1"], Is.EqualTo(0.6));
        Assert.That((int?)json["articles_missing_in_prediction"], Is.EqualTo(1));
        Assert.That(json["sieves"]![0]!.ToString(Formatting.None),
            Is.EqualTo("""{"sieve":"cue-source","matched":4,"speaker_correct":4,"speaker_precision":1.0,"spurious":0}"""));
        Assert.That(json["reliability"]!.Select(b => (string?)b["confidence"]),
            Is.EqualTo(new[] { "[0.0, 0.5)", "[0.5, 0.7)", "[0.7, 0.8)", "[0.8, 0.9)", "[0.9, 1.0]" }));
    }

    [Test]
    public void Eval_TextFormatWithErrors_PrintsScorePyLinesTablesAndErrors()
    {
        var result = Run("eval", "--gold", Fixture.GoldPath, "--pred", Fixture.PredPath, "--errors", "2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.StdoutLines[0], Is.EqualTo("articles 4  gold quotes 11  missing articles in prediction 1"));
        Assert.That(result.StdoutLines[5], Is.EqualTo("attribution  P 0.667  R 0.545  F1 0.600"));
        Assert.That(result.Stdout, Does.Contain("by sieve").And.Contain("by confidence"));
        Assert.That(result.StdoutLines.TakeLast(2), Is.EqualTo(new[]
        {
            "a1\tmissed\timpor tidak diperlukan\tBudi Santoso\tNone",
            "a1\tspurious\tMenurut dia, impor tidak\tNone\tBudi Santoso",
        }));
    }

    [Test]
    public void Eval_PredFromStandardInput_ScoresIt()
    {
        var result = RunWithInput(File.ReadAllText(Fixture.PredPath), "eval", "--gold", Fixture.GoldPath, "--pred", "-", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That((double?)JObject.Parse(result.Stdout)["quotes"]!["p"], Is.EqualTo(0.7778));
    }

    [Test]
    public void Eval_WithoutPred_RunsTheEngineOnTheGoldTexts()
    {
        var gold = temp.Write("gold.jsonl",
            Line("b1", "“Harga beras turun,” kata Budi.", "Harga beras turun", "Budi") + "\n" +
            Line("b2", "“Stok aman,” kata Siti.", "Stok aman", "Rina") + "\n");

        var result = Run("eval", "--gold", gold, "--format", "json", "--threads", "2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        var json = JObject.Parse(result.Stdout);
        Assert.That((double?)json["quotes"]!["f1"], Is.EqualTo(1.0));
        Assert.That((double?)json["attribution"]!["f1"], Is.EqualTo(0.5));
        Assert.That(json["sieves"]![0]!["sieve"]!.ToString(), Is.EqualTo("trailing-cue"));
        Assert.That(enginesAskedFor, Is.EqualTo(new[] { true }));
    }

    [Test]
    public void Eval_NoModel_AsksForTheEngineWithoutTheModel()
    {
        var result = Run("eval", "--gold", Fixture.GoldPath, "--no-model");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(enginesAskedFor, Is.EqualTo(new[] { false }));
        Assert.That(unseenAskedFor, Is.EqualTo(new[] { false }));
    }

    [Test]
    public void Eval_StandoffGoldWithoutPredictions_RunsTheEngineOnTheArticlesAsUnseen()
    {
        var (_, standoff, articles) = WriteStandoffArticle();

        var result = Run("eval", "--gold", standoff, "--articles", articles);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(unseenAskedFor, Is.EqualTo(new[] { true }));
    }

    [Test]
    public void Eval_EngineFailsOnOneArticle_ReportsItScoresTheRestAndExitsOne()
    {
        var gold = temp.Write("gold.jsonl",
            Line("b1", "“Harga beras turun,” kata Budi.", "Harga beras turun", "Budi") + "\n" +
            Line("b2", $"“{FakeEngine.Poison},” kata Siti.", FakeEngine.Poison, "Siti") + "\n");

        var result = Run("eval", "--gold", gold);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.Contain("article 'b2': analysis failed"));
        Assert.That(result.StdoutLines[0], Is.EqualTo("articles 2  gold quotes 2  missing articles in prediction 1"));
    }

    [Test]
    public void Eval_Help_ShowsOptionsAndAnExample()
    {
        var result = Run("eval", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("--gold FILE").And.Contain("--no-model").And.Contain("kutip eval --gold gold.jsonl --pred quotes.jsonl"));
    }

    [Test]
    public void CommandCatalog_Always_ListsEval()
    {
        Assert.That(CommandCatalog.Create().Select(c => c.Name), Does.Contain("eval"));
    }

    private static string Line(string id, string text, string content, string? speaker = null) =>
        JsonConvert.SerializeObject(new
        {
            id,
            text,
            quotes = new[]
            {
                new { content, content_start = text.IndexOf(content, StringComparison.Ordinal) is >= 0 and var at ? at : (int?)null, type = "direct", speaker },
            },
        });

    private const string StandoffText = "Kepala BPBD Dedi Kurniawan mengatakan, air mulai surut.";

    /// <summary>Writes one article and its stand-off gold (one indirect quote of Dedi Kurniawan) into the temporary directory.</summary>
    private (string Text, string Standoff, string Articles) WriteStandoffArticle()
    {
        var articles = Path.Combine(temp.Path, "articles.jsonl");
        File.WriteAllText(articles, JsonConvert.SerializeObject(new { id = "s1", text = StandoffText }) + "\n");
        var standoff = Path.Combine(temp.Path, "standoff.jsonl");
        File.WriteAllText(standoff, "{\"id\": \"s1\", \"text_sha256\": \"" + QuoteAttribution.Corpus.StandoffCorpus.TextHash(StandoffText) + "\", \"quotes\": [" +
            "{\"content\": [39, 54], \"type\": \"indirect\", \"cue\": [27, 37], \"source\": [0, 26], \"speaker\": \"Dedi Kurniawan\", \"speaker_type\": \"person\", \"aliases\": [\"Dedi\"], \"optional\": false}]}\n");
        return (StandoffText, standoff, articles);
    }

    private Kutip.Result Run(params string[] args) => RunWithInput(string.Empty, args);

    private Kutip.Result RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var commands = new ICommand[]
        {
            new EvalCommand((useModel, asUnseen) =>
            {
                enginesAskedFor.Add(useModel);
                unseenAskedFor.Add(asUnseen);
                return FakeEngine.Analyze;
            }),
        };
        var exitCode = CliApp.Run(args, new CommandContext(new StringReader(stdin), stdout, stderr), commands);
        return new Kutip.Result(exitCode, stdout.ToString(), stderr.ToString());
    }
}
