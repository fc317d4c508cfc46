namespace QuoteAttribution.Benchmarks.Columns;

/// <summary>What a <see cref="RateColumn"/> counts per second of one operation's mean time.</summary>
public enum RateUnit
{
    /// <summary>Megabytes (10^6) of UTF-8 text.</summary>
    Megabytes,

    /// <summary>White-space separated words.</summary>
    Words,

    /// <summary>Articles.</summary>
    Articles,

    /// <summary>Candidate speakers scored by the ranker (ranking suite only).</summary>
    Candidates,
}
