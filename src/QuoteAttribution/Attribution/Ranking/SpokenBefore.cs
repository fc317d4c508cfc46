using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// How many quotes before a given one each speaker was decided for, in the decisions of an article at one moment:
/// the quotes of each speaker are listed once, so a count is a binary search instead of a walk over every earlier
/// quote (which made the ranker quadratic in the quotes of an article).
/// </summary>
internal sealed class SpokenBefore
{
    private readonly Dictionary<Speaker, List<int>> _quotes = new(SpeakerIdentity.Instance);

    /// <summary>For each quote, the latest quote before it whose speaker was named at its cue, or -1.</summary>
    private readonly int[] _lastNamedAtCue;

    /// <summary>
    /// Lists the quotes of each speaker in the decisions of <paramref name="context"/>, which must not change while
    /// this is in use, and the quotes whose speaker was named at the cue.
    /// </summary>
    public SpokenBefore(AttributionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var decisions = context.Decisions;
        _lastNamedAtCue = new int[decisions.Length];
        var lastNamed = -1;
        for (var q = 0; q < decisions.Length; q++)
        {
            _lastNamedAtCue[q] = lastNamed;
            if (decisions[q]?.Speaker is { } speaker)
            {
                if (!_quotes.TryGetValue(speaker, out var quotes))
                {
                    _quotes[speaker] = quotes = [];
                }

                quotes.Add(q);
                if (string.Equals(decisions[q]!.Provenance.Rule, CueSourceRule, StringComparison.Ordinal)
                    && context.SourceOf(q)?.Kind is MentionKind.Name)
                {
                    lastNamed = q;
                }
            }
        }
    }

    /// <summary>The rule of the sieve that takes the speaker named at the quote's cue.</summary>
    public const string CueSourceRule = "cue-source";

    /// <summary>The number of quotes before quote <paramref name="index"/> decided for <paramref name="speaker"/>.</summary>
    public int Count(Speaker speaker, int index) => Before(speaker, index, out _);

    /// <summary>The latest quote before quote <paramref name="index"/> decided for <paramref name="speaker"/>, or -1.</summary>
    public int LastBefore(Speaker speaker, int index)
    {
        var count = Before(speaker, index, out var quotes);
        return count == 0 ? -1 : quotes[count - 1];
    }

    /// <summary>The latest quote before quote <paramref name="index"/> whose speaker was named at its cue, or -1.</summary>
    public int LastNamedAtCue(int index) => _lastNamedAtCue[index];

    /// <summary>How many of the speaker's quotes come before <paramref name="index"/>, and the speaker's quotes (empty for none).</summary>
    private int Before(Speaker speaker, int index, out List<int> quotes)
    {
        if (!_quotes.TryGetValue(speaker, out quotes!))
        {
            quotes = [];
            return 0;
        }

        var found = quotes.BinarySearch(index);
        return found >= 0 ? found : ~found;
    }
}
