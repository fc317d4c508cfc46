using QuoteAttribution.Corpus;

namespace QuoteAttribution.Evaluation;

/// <summary>Collects <see cref="SieveScore"/>s: matched, right and spurious predictions per deciding sieve.</summary>
internal sealed class SieveTable
{
    private const string Unknown = "unknown";

    private readonly Dictionary<string, int[]> tallies = new(StringComparer.Ordinal);

    /// <summary>The sieve of <paramref name="predicted"/>: its rule after the last <c>/</c>, or <c>unknown</c>.</summary>
    public static string SieveOf(AnnotatedQuote predicted)
    {
        var rule = predicted.Provenance?.Rule;
        if (string.IsNullOrEmpty(rule))
        {
            return Unknown;
        }

        var sieve = rule[(rule.LastIndexOf('/') + 1)..];
        return sieve.Length > 0 ? sieve : Unknown;
    }

    /// <summary>Counts a prediction matched to a required gold quote.</summary>
    public void Matched(AnnotatedQuote predicted, bool speakerRight)
    {
        var tally = Tally(predicted);
        tally[0]++;
        tally[1] += speakerRight ? 1 : 0;
    }

    /// <summary>Counts a prediction that matched nothing.</summary>
    public void Spurious(AnnotatedQuote predicted) => Tally(predicted)[2]++;

    /// <summary>The sieves, most matched first, then by name.</summary>
    public IReadOnlyList<SieveScore> ToScores() =>
        tallies.Select(pair => new SieveScore(pair.Key, pair.Value[0], pair.Value[1], pair.Value[2]))
            .OrderByDescending(s => s.Matched)
            .ThenByDescending(s => s.Spurious)
            .ThenBy(s => s.Sieve, StringComparer.Ordinal)
            .ToArray();

    private int[] Tally(AnnotatedQuote predicted)
    {
        var sieve = SieveOf(predicted);
        if (!tallies.TryGetValue(sieve, out var tally))
        {
            tally = new int[3];
            tallies.Add(sieve, tally);
        }

        return tally;
    }
}
