using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>Quote and cue finding: the direct and the indirect finders over built documents.</summary>
[MemoryDiagnoser]
public class QuoteFindingBenchmarks : WorkloadBenchmarks
{
    private readonly DirectQuoteFinder _direct = new(LexiconSet.Default);
    private readonly IndirectQuoteFinder _indirect = new(LexiconSet.Default);
    private Document[] _documents = [];
    private bool[][] _masks = [];

    [GlobalSetup]
    public void Setup()
    {
        (_documents, _masks) = BuiltDocuments.For(Input);
    }

    [Benchmark(Description = "quotes + cues: direct + indirect")]
    public long FindQuotes()
    {
        long quotes = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            var direct = _direct.Find(_documents[i]);
            quotes += direct.Count + _indirect.Find(_documents[i], direct, _masks[i]).Count;
        }

        return quotes;
    }
}
