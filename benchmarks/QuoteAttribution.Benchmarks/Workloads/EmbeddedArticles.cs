namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>The articles written for the benchmarks and the repository's sample, embedded in this assembly.</summary>
internal static class EmbeddedArticles
{
    private const string Prefix = "QuoteAttribution.Benchmarks.Data.";

    public static IReadOnlyList<string> All()
    {
        var assembly = typeof(EmbeddedArticles).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var articles = new List<string>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Missing embedded article {name}.");
            using var reader = new StreamReader(stream);
            articles.Add(reader.ReadToEnd());
        }

        return articles;
    }
}
