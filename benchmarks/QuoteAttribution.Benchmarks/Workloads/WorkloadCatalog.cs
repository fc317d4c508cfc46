using System.Collections.Concurrent;

namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>
/// The inputs of the BenchmarkDotNet suites, by name. <see cref="Written"/>: the sample article and
/// the articles written for the benchmarks; <see cref="Generated"/>: generated articles, fixed seed;
/// <see cref="Real"/>: the first real unlabeled articles, offered only when the file is on this machine.
/// </summary>
internal static class WorkloadCatalog
{
    public const string Written = "Written";
    public const string Generated = "Generated";
    public const string Real = "Real";

    /// <summary>How many articles the generated and real workloads hold.</summary>
    public const int ArticlesPerWorkload = 100;

    public const ulong Seed = 20250303;

    private static readonly ConcurrentDictionary<string, Workload> Cache = new(StringComparer.Ordinal);

    /// <summary>The workload names available on this machine.</summary>
    public static IEnumerable<string> Names()
    {
        yield return Written;
        yield return Generated;
        if (RealArticles.Locate() is not null)
        {
            yield return Real;
        }
    }

    public static Workload Get(string name) => Cache.GetOrAdd(name, Build);

    /// <summary>Deterministic generated articles of 4 to 24 paragraphs.</summary>
    public static IEnumerable<string> GeneratedArticles(ulong seed)
    {
        var generator = new ArticleGenerator(seed);
        var lengths = new DeterministicRandom(seed ^ 0x5DEECE66DUL);
        while (true)
        {
            yield return generator.Article(lengths.Between(4, 24));
        }
    }

    private static Workload Build(string name) => name switch
    {
        Written => new Workload(name, EmbeddedArticles.All()),
        Generated => new Workload(name, GeneratedArticles(Seed).Take(ArticlesPerWorkload).ToArray()),
        Real => new Workload(name, RealArticles.Texts(RealArticles.Locate()
            ?? throw new InvalidOperationException("The real articles are not on this machine.")).Take(ArticlesPerWorkload).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown workload."),
    };
}
