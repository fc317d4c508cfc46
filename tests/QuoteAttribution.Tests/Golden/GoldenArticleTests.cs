using System.Text.Json;
using NUnit.Framework;

namespace QuoteAttribution.Tests.Golden;

public sealed class GoldenArticleTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static string GoldenDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden");

    public static IEnumerable<string> Articles() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [Test]
    public void Articles_GoldenDirectory_HasThreeArticles()
    {
        Assert.That(Articles().Count(), Is.GreaterThanOrEqualTo(3));
    }

    [TestCaseSource(nameof(Articles))]
    public void Analyze_GoldenArticle_MatchesExpectedQuotes(string name)
    {
        var text = File.ReadAllText(Path.Combine(GoldenDirectory, name + ".txt"));
        var expected = File.ReadAllLines(Path.Combine(GoldenDirectory, name + ".expected.jsonl"))
            .Where(line => line.Length > 0)
            .Select(Describe)
            .ToArray();
        var actual = Extractor.Analyze(text).Quotes
            .Select(q => $"{q.Type.ToString().ToLowerInvariant()} | {q.Speaker} | {q.Content}")
            .ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static string Describe(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        var root = json.RootElement;
        return $"{root.GetProperty("type").GetString()} | {root.GetProperty("speaker").GetString()} | {root.GetProperty("content").GetString()}";
    }
}
