using BenchmarkDotNet.Attributes;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>
/// Speaker ranking with the built-in model: candidate generation, featurisation and one model score per
/// candidate, over contexts already run through the sieves. Reported in candidates/s.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks : WorkloadBenchmarks
{
    private SpeakerRanker? _ranker;
    private RankingInputs? _inputs;

    [GlobalSetup]
    public void Setup()
    {
        _ranker = new SpeakerRanker(SpeakerModel.BuiltIn ?? throw new InvalidOperationException("The library was built without its speaker model."));
        _inputs = RankingInputs.Get(Input);
    }

    [Benchmark(Description = "speaker ranking (model)")]
    public int Rank()
    {
        _inputs!.Reset();
        foreach (var context in _inputs.Contexts)
        {
            _ranker!.Rank(context);
        }

        return _inputs.Contexts.Length;
    }
}
