using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>Mention finding and entity clustering over built documents.</summary>
[MemoryDiagnoser]
public class MentionBenchmarks
{
    private readonly MentionFinder _finder = new(LexiconSet.Default);
    private Document[] _documents = [];
    private bool[][] _masks = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = WorkloadCatalog.Written;

    public static IEnumerable<string> Inputs() => Suites.Inputs.Names();

    [GlobalSetup]
    public void Setup()
    {
        var builder = new DocumentBuilder(LexiconSet.Default);
        _documents = WorkloadCatalog.Get(Input).Articles.Select(builder.Build).ToArray();
        _masks = _documents.Select(d => d.InsideQuotations()).ToArray();
    }

    [Benchmark(Description = "mentions + entity clusters")]
    public long FindMentions()
    {
        long entities = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            entities += EntityClusters.Build(_finder.Find(_documents[i], _masks[i])).Count;
        }

        return entities;
    }
}
