namespace QuoteAttribution.Evaluation;

/// <summary>One error of a scoring run, in score.py's order: per article, gold quotes first, then spurious predictions.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Kind">Missed, spurious or wrong speaker.</param>
/// <param name="Content">The first 80 code points of the (trimmed) gold span, or of the prediction's for a spurious quote.</param>
/// <param name="GoldSpeaker">The gold speaker as written; null for a spurious quote or when gold has none.</param>
/// <param name="PredictedSpeaker">The predicted speaker as written; null for a missed quote or when the prediction has none.</param>
public sealed record ScoreError(string ArticleId, ScoreErrorKind Kind, string Content, string? GoldSpeaker, string? PredictedSpeaker)
{
    /// <summary>score.py's name of <see cref="Kind"/>: <c>missed</c>, <c>spurious</c> or <c>speaker</c>.</summary>
    public string KindName => Kind switch
    {
        ScoreErrorKind.Missed => "missed",
        ScoreErrorKind.Spurious => "spurious",
        _ => "speaker",
    };

    /// <summary>The line score.py prints: the five fields joined by tabs, a missing speaker as <c>None</c>.</summary>
    public override string ToString() =>
        string.Join('\t', ArticleId, KindName, Content, GoldSpeaker ?? "None", PredictedSpeaker ?? "None");
}
