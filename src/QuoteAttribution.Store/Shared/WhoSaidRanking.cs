namespace QuoteAttribution.Store.Shared;

/// <summary>How <c>who-said</c> scores a candidate claim against a sentence, the same on both backends.</summary>
internal static class WhoSaidRanking
{
    /// <summary>How many candidates a backend fetches for re-ranking.</summary>
    public const int Candidates = 100;

    /// <summary>The inverse document frequency of a term found in <paramref name="frequency"/> of <paramref name="total"/> claims.</summary>
    public static double Idf(long total, long frequency) => Math.Log(1 + (Math.Max(1, total) / (double)Math.Max(1, frequency)));

    /// <summary>0.6 × (weighted share of the sentence's words the claim has) + 0.4 × (share of the claim's words the sentence has).</summary>
    public static double Overlap(IReadOnlyList<SearchTerm> terms, IReadOnlyDictionary<string, double> weights, string content)
    {
        var queryWeight = terms.Sum(t => weights[t.Word]);
        var claimTerms = SearchTerm.Of(content).DistinctBy(t => t.Word, StringComparer.Ordinal).ToArray();
        if (claimTerms.Length == 0 || queryWeight <= 0)
        {
            return 0;
        }

        var claimStems = claimTerms.SelectMany(t => t.Stems).ToHashSet(StringComparer.Ordinal);
        var queryStems = terms.SelectMany(t => t.Stems).ToHashSet(StringComparer.Ordinal);
        var covered = terms.Where(t => t.Stems.Any(claimStems.Contains)).Sum(t => weights[t.Word]) / queryWeight;
        var claimCovered = claimTerms.Count(t => t.Stems.Any(queryStems.Contains)) / (double)claimTerms.Length;
        return (0.6 * covered) + (0.4 * claimCovered);
    }
}
