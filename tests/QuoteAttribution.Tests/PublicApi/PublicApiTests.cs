using System.Reflection;
using NUnit.Framework;
using QuoteAttribution.Store;

namespace QuoteAttribution.Tests.PublicApi;

/// <summary>
/// Issue 11: the public surface of the two library packages is checked in, one listing per assembly. A change to
/// the API fails here until the listing is regenerated and the diff reviewed:
/// <c>UPDATE_PUBLIC_API=1 dotnet test QuoteAttribution.sln -c Release --filter PublicApi</c>.
/// </summary>
public sealed class PublicApiTests
{
    private static IEnumerable<TestCaseData> Assemblies()
    {
        yield return new TestCaseData(typeof(QuoteExtractor).Assembly).SetArgDisplayNames("QuoteAttribution");
        yield return new TestCaseData(typeof(ClaimStore).Assembly).SetArgDisplayNames("QuoteAttribution.Store");
    }

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi_OfEachPackage_MatchesTheCheckedInListing(Assembly assembly)
    {
        var path = Path.Combine(Repository.Root, "tests", "QuoteAttribution.Tests", "PublicApi", assembly.GetName().Name + ".txt");
        var actual = PublicApiListing.Of(assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Warn($"rewrote {path}; review the diff and commit it");
            return;
        }

        Assume.That(File.Exists(path), $"{path} is missing: run with UPDATE_PUBLIC_API=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var added = actual.Split('\n').Except(expected.Split('\n'), StringComparer.Ordinal).ToArray();
        var removed = expected.Split('\n').Except(actual.Split('\n'), StringComparer.Ordinal).ToArray();
        Assert.That(actual, Is.EqualTo(expected),
            $"the public API of {assembly.GetName().Name} changed; if on purpose, run UPDATE_PUBLIC_API=1 dotnet test QuoteAttribution.sln -c Release --filter PublicApi and commit the listing\n" +
            $"added:\n  {string.Join("\n  ", added)}\nremoved:\n  {string.Join("\n  ", removed)}");
    }

    [Test]
    public void Listing_OfAKnownType_ReadsLikeItsDeclaration()
    {
        var listing = PublicApiListing.Of(typeof(QuoteExtractor).Assembly);

        Assert.That(listing, Does.Contain("public sealed class QuoteAttribution.QuoteExtractor\n"));
        Assert.That(listing, Does.Contain("  QuoteAttribution.ArticleAnalysis Analyze(string text)\n"));
        Assert.That(listing, Does.Contain("  string? Warning { get; }\n"));
        Assert.That(listing, Does.Contain("  System.Collections.Generic.IAsyncEnumerable<QuoteAttribution.AnalyzedArticle> AnalyzeAsync(System.Collections.Generic.IAsyncEnumerable<QuoteAttribution.Corpus.ArticleRecord> articles, System.Threading.CancellationToken cancellationToken = default)\n"));
        Assert.That(listing, Does.Not.Contain("AttributeWithSieves"), "internal members stay out");
    }
}
