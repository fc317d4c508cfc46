namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// How many quotes before a given one each speaker was decided for, in the decisions of an article at one moment:
/// the quotes of each speaker are listed once, so a count is a binary search instead of a walk over every earlier
/// quote (which made the ranker quadratic in the quotes of an article).
/// </summary>
internal sealed class SpokenBefore
{
    private readonly Dictionary<Speaker, List<int>> _quotes = new(SpeakerIdentity.Instance);

    /// <summary>Lists the quotes of each speaker in <paramref name="decisions"/>, which must not change while this is in use.</summary>
    public SpokenBefore(IReadOnlyList<Attribution?> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        for (var q = 0; q < decisions.Count; q++)
        {
            if (decisions[q]?.Speaker is { } speaker)
            {
                if (!_quotes.TryGetValue(speaker, out var quotes))
                {
                    _quotes[speaker] = quotes = [];
                }

                quotes.Add(q);
            }
        }
    }

    /// <summary>The number of quotes before quote <paramref name="index"/> decided for <paramref name="speaker"/>.</summary>
    public int Count(Speaker speaker, int index)
    {
        if (!_quotes.TryGetValue(speaker, out var quotes))
        {
            return 0;
        }

        var found = quotes.BinarySearch(index);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The latest quote before quote <paramref name="index"/> decided for <paramref name="speaker"/>, or -1.</summary>
    public int LastBefore(Speaker speaker, int index)
    {
        if (!_quotes.TryGetValue(speaker, out var quotes))
        {
            return -1;
        }

        var found = quotes.BinarySearch(index);
        var count = found >= 0 ? found : ~found;
        return count == 0 ? -1 : quotes[count - 1];
    }
}
