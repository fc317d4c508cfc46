using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>Document building: tokens, dateline, paragraphs, quotation-mark pairing and sentences.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks : WorkloadBenchmarks
{
    private readonly DocumentBuilder _builder = new(LexiconSet.Default);
    private IReadOnlyList<string> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = WorkloadCatalog.Get(Input).Articles;

    [Benchmark(Description = "document: paragraphs + sentences")]
    public long Build()
    {
        long sentences = 0;
        foreach (var text in _articles)
        {
            sentences += _builder.Build(text).Sentences.Count;
        }

        return sentences;
    }
}
