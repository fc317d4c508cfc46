namespace QuoteAttribution.Evaluation;

/// <summary>
/// What <see cref="Scorer.Score"/> finds: score.py's figures (same names, same rounding) plus a breakdown
/// by sieve and by confidence.
/// </summary>
public sealed record ScoreReport
{
    /// <summary>Quote detection over all types.</summary>
    public required PrecisionRecall Quotes { get; init; }

    /// <summary>Quote detection of direct quotes (by the gold type, or the predicted type for spurious ones).</summary>
    public required PrecisionRecall Direct { get; init; }

    /// <summary>Quote detection of indirect and mixed quotes.</summary>
    public required PrecisionRecall Indirect { get; init; }

    /// <summary>Quote detection requiring identical normalised spans.</summary>
    public required PrecisionRecall Strict { get; init; }

    /// <summary>Quote detection with the right speaker: the headline figure.</summary>
    public required PrecisionRecall Attribution { get; init; }

    /// <summary>Right speakers over matched pairs, rounded to four decimals (0 when nothing matched).</summary>
    public required double SpeakerAccuracy { get; init; }

    /// <summary>Required (non-optional) gold quotes.</summary>
    public required int GoldQuotes { get; init; }

    /// <summary>Gold articles.</summary>
    public required int Articles { get; init; }

    /// <summary>Gold articles the prediction does not have.</summary>
    public required int ArticlesMissingInPrediction { get; init; }

    /// <summary>Every missed, spurious and wrongly attributed quote, in score.py's order.</summary>
    public required IReadOnlyList<ScoreError> Errors { get; init; }

    /// <summary>Matched and spurious predictions by the sieve that decided them.</summary>
    public required IReadOnlyList<SieveScore> Sieves { get; init; }

    /// <summary>Matched pairs by predicted confidence.</summary>
    public required IReadOnlyList<ReliabilityBucket> Reliability { get; init; }
}
