namespace QuoteAttribution.Evaluation;

/// <summary>True positives, false positives and false negatives of one measure (score.py's <c>Counts</c>).</summary>
internal sealed class MatchCounts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    /// <summary>Precision, recall and F1, rounded as Python's <c>round(x, 4)</c>.</summary>
    public PrecisionRecall ToPrecisionRecall()
    {
        var precision = TruePositives + FalsePositives > 0 ? (double)TruePositives / (TruePositives + FalsePositives) : 0.0;
        var recall = TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new PrecisionRecall(PythonFloat.Round(precision, 4), PythonFloat.Round(recall, 4), PythonFloat.Round(f1, 4));
    }
}
