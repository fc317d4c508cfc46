namespace QuoteAttribution.Attribution.Ranking;

/// <summary>What the binary speaker model says about one candidate.</summary>
internal sealed class CandidateScore
{
    /// <summary>Calibrated probability that the candidate is the speaker.</summary>
    public float Probability { get; set; }

    /// <summary>The raw score.</summary>
    public float Score { get; set; }
}
