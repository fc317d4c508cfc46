using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>The gold and prediction files under Evaluation/Fixtures, copied next to the tests.</summary>
internal static class Fixture
{
    public static string GoldPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Evaluation", "Fixtures", "gold.jsonl");

    public static string PredPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Evaluation", "Fixtures", "pred.jsonl");

    public static IReadOnlyDictionary<string, AnnotatedArticle> Load(string path) =>
        Scorer.IndexById(AnnotatedCorpusReader.ReadFile(path).Select(item => item.Value ?? throw new InvalidDataException(item.Error!.ToString())));

    public static ScoreReport Score() => Scorer.Score(Load(GoldPath), Load(PredPath));
}
