namespace QuoteAttribution.Evaluation;

/// <summary>What went wrong with one quote, as score.py names it.</summary>
public enum ScoreErrorKind
{
    /// <summary>A required gold quote no prediction matched (<c>missed</c>).</summary>
    Missed,

    /// <summary>A prediction that matched no gold quote (<c>spurious</c>).</summary>
    Spurious,

    /// <summary>A matched pair whose predicted speaker is wrong (<c>speaker</c>).</summary>
    Speaker,
}
