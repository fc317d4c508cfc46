using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>The whole pipeline (<see cref="QuoteExtractor.Analyze"/>) per article, with and without the model.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private QuoteExtractor? _extractor;
    private IReadOnlyList<string> _articles = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = WorkloadCatalog.Written;

    [Params(true, false)]
    public bool UseModel { get; set; }

    public static IEnumerable<string> Inputs() => Suites.Inputs.Names();

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new QuoteExtractor(new QuoteExtractorOptions { UseModel = UseModel });
        _articles = WorkloadCatalog.Get(Input).Articles;
    }

    [Benchmark(Description = "pipeline: Analyze")]
    public long Analyze()
    {
        long quotes = 0;
        foreach (var text in _articles)
        {
            quotes += _extractor!.Analyze(text).Quotes.Count;
        }

        return quotes;
    }
}
