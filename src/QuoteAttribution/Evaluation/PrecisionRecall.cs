namespace QuoteAttribution.Evaluation;

/// <summary>Precision, recall and F1 of one measure, each rounded to four decimals as score.py rounds them.</summary>
/// <param name="Precision">True positives over all predictions.</param>
/// <param name="Recall">True positives over all gold items.</param>
/// <param name="F1">The harmonic mean of the two (0 when both are 0).</param>
public sealed record PrecisionRecall(double Precision, double Recall, double F1);
