using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>The tokenizer alone over every article of the workload.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks : WorkloadBenchmarks
{
    private readonly Tokenizer _tokenizer = new(LexiconSet.Default);
    private IReadOnlyList<string> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = WorkloadCatalog.Get(Input).Articles;

    [Benchmark(Description = "tokenize")]
    public long Tokenize()
    {
        long tokens = 0;
        foreach (var text in _articles)
        {
            tokens += _tokenizer.Tokenize(text).Length;
        }

        return tokens;
    }
}
