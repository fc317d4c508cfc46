using System.Collections.Concurrent;
using QuoteAttribution.Attribution;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>
/// The ranker's input for a workload: each article run up to the sieves, with the sieves' decisions
/// kept aside so every ranking starts from them, and the number of candidates the ranker scores.
/// </summary>
internal sealed class RankingInputs
{
    private static readonly ConcurrentDictionary<string, RankingInputs> Cache = new(StringComparer.Ordinal);

    private RankingInputs(Workload workload)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false });
        Contexts = workload.Articles.Select(extractor.AttributeWithSieves).ToArray();
        SieveDecisions = Contexts.Select(c => (Attribution.Attribution?[])c.Decisions.Clone()).ToArray();
        foreach (var context in Contexts)
        {
            for (var q = 0; q < context.Quotes.Count; q++)
            {
                Candidates += CandidateGenerator.For(context, q).Count;
            }
        }
    }

    public AttributionContext[] Contexts { get; }

    public Attribution.Attribution?[][] SieveDecisions { get; }

    public long Candidates { get; }

    public static RankingInputs Get(string workload) => Cache.GetOrAdd(workload, name => new RankingInputs(WorkloadCatalog.Get(name)));

    /// <summary>Puts the sieves' decisions back, undoing a previous ranking.</summary>
    public void Reset()
    {
        for (var i = 0; i < Contexts.Length; i++)
        {
            Array.Copy(SieveDecisions[i], Contexts[i].Decisions, SieveDecisions[i].Length);
        }
    }
}
