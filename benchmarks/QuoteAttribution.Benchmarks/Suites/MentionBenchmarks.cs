using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>Mention finding and entity clustering over built documents.</summary>
[MemoryDiagnoser]
public class MentionBenchmarks : WorkloadBenchmarks
{
    private readonly MentionFinder _finder = new(LexiconSet.Default, QuoteAttribution.Mentions.Names.NameTagger.BuiltIn);
    private Document[] _documents = [];
    private bool[][] _masks = [];

    [GlobalSetup]
    public void Setup()
    {
        (_documents, _masks) = BuiltDocuments.For(Input);
    }

    [Benchmark(Description = "mentions + entity clusters")]
    public long FindMentions()
    {
        long entities = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            entities += EntityClusters.Build(_finder.Find(_documents[i], _masks[i]), _documents[i].Vocabulary).Count;
        }

        return entities;
    }
}
