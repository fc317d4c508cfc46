using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>
/// Holds the C# scorer and score.py together: the fixture (exact match, partial overlap, overlap below half,
/// an optional gold quote, aliases, a titled longer name, a missing article, contents without offsets, emoji
/// before and inside quotes, duplicate contents) must give the figures score.py printed for it.
/// </summary>
public sealed class ScorerFixtureTests
{
    /// <summary><c>python3 score.py gold.jsonl pred.jsonl --json</c> on the fixture.</summary>
    private const string ScorePyJson =
        """
        {"quotes": {"p": 0.7778, "r": 0.6364, "f1": 0.7}, "direct": {"p": 1.0, "r": 0.8333, "f1": 0.9091}, "indirect": {"p": 0.5, "r": 0.4, "f1": 0.4444}, "strict": {"p": 0.5556, "r": 0.4545, "f1": 0.5}, "attribution": {"p": 0.6667, "r": 0.5455, "f1": 0.6}, "speaker_accuracy": 0.8571, "gold_quotes": 11, "articles": 4, "articles_missing_in_prediction": 1}
        """;

    /// <summary><c>python3 score.py gold.jsonl pred.jsonl --errors 50</c> on the fixture.</summary>
    private static readonly string[] ScorePyText =
    [
        "articles 4  gold quotes 11  missing articles in prediction 1",
        "quotes       P 0.778  R 0.636  F1 0.700",
        "direct       P 1.000  R 0.833  F1 0.909",
        "indirect     P 0.500  R 0.400  F1 0.444",
        "strict       P 0.556  R 0.455  F1 0.500",
        "attribution  P 0.667  R 0.545  F1 0.600",
        "speaker accuracy on matched quotes 0.857",
        "a1\tmissed\timpor tidak diperlukan\tBudi Santoso\tNone",
        "a1\tspurious\tMenurut dia, impor tidak\tNone\tBudi Santoso",
        "a2\tspeaker\tKami tidak takut\tJoko\trina",
        "a3\tmissed\tvaksin sudah tiba di gudang\tSiti Aminah\tNone",
        "a3\tmissed\tKami mulai besok\tSiti Aminah\tNone",
        "a4\tmissed\ttiket akan dikembalikan “secepatnya” kepada pembeli\tPanitia\tNone",
        "a4\tspurious\ttiket akan dikembalikan\tNone\tPanitia",
    ];

    [Test]
    public void Score_Fixture_GivesScorePyFigures()
    {
        var report = Fixture.Score();

        Assert.That(ScorePyFields(report), Is.EqualTo(JObject.Parse(ScorePyJson)).Using<JToken>(JToken.DeepEquals));
    }

    [Test]
    public void Score_Fixture_ListsScorePyErrorsInItsOrder()
    {
        var report = Fixture.Score();

        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(ScorePyText.Skip(7)));
    }

    [Test]
    public void WriteText_Fixture_StartsWithScorePyLinesAndEndsWithItsErrors()
    {
        var output = new StringWriter();

        ScoreReportFormatter.WriteText(Fixture.Score(), output, maxErrors: 50);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Take(7), Is.EqualTo(ScorePyText.Take(7)));
        Assert.That(lines.TakeLast(7), Is.EqualTo(ScorePyText.Skip(7)));
    }

    [Test]
    public void Score_Fixture_GroupsMatchedPairsBySieve()
    {
        var report = Fixture.Score();

        Assert.That(report.Sieves, Is.EqualTo(new[]
        {
            new SieveScore("cue-source", 4, 4, 0),
            new SieveScore("pronoun", 1, 1, 1),
            new SieveScore("nearest-person", 1, 0, 0),
            new SieveScore("unknown", 1, 1, 0),
            new SieveScore("ranker", 0, 0, 1),
        }));
    }

    [Test]
    public void Score_Fixture_BucketsMatchedPairsByConfidence()
    {
        var report = Fixture.Score();

        Assert.That(report.Reliability, Is.EqualTo(new[]
        {
            new ReliabilityBucket("[0.0, 0.5)", 1, 1, 0.3),
            new ReliabilityBucket("[0.5, 0.7)", 2, 1, 0.6),
            new ReliabilityBucket("[0.7, 0.8)", 0, 0, null),
            new ReliabilityBucket("[0.8, 0.9)", 2, 2, 0.865),
            new ReliabilityBucket("[0.9, 1.0]", 2, 2, 0.925),
        }));
    }

    [Test]
    public void Score_Fixture_AgreesWithScorePyRunLive()
    {
        var directory = ScoreReference.AnnotationDirectory;
        var expected = ScoreReference.RunPython([Path.Combine(directory ?? ".", "score.py"), Fixture.GoldPath, Fixture.PredPath, "--json"]);

        Assert.That(ScorePyFields(Fixture.Score()), Is.EqualTo(JObject.Parse(expected)).Using<JToken>(JToken.DeepEquals));
    }

    [Test]
    public void WriteJson_Fixture_HoldsScorePyFieldsThenBreakdowns()
    {
        var output = new StringWriter();

        ScoreReportFormatter.WriteJson(Fixture.Score(), output, maxErrors: 2);

        var json = JObject.Parse(output.ToString());
        var scorePy = JObject.Parse(ScorePyJson);
        Assert.That(json.Properties().Select(p => p.Name),
            Is.EqualTo(scorePy.Properties().Select(p => p.Name).Concat(["sieves", "reliability", "errors"])));
        Assert.That(new JObject(json.Properties().Take(scorePy.Count)), Is.EqualTo(scorePy).Using<JToken>(JToken.DeepEquals));
        Assert.That(json["errors"]!.Count(), Is.EqualTo(2));
    }

    /// <summary>The report's score.py fields as score.py's <c>--json</c> writes them.</summary>
    private static JObject ScorePyFields(ScoreReport report)
    {
        var output = new StringWriter();
        ScoreReportFormatter.WriteJson(report, output, maxErrors: 0);
        var json = JObject.Parse(output.ToString());
        json.Remove("sieves");
        json.Remove("reliability");
        return json;
    }
}
