namespace QuoteAttribution.Evaluation;

/// <summary>
/// The matched pairs whose predicted confidence falls in one range, and how often their speaker was right:
/// a well-calibrated engine's accuracy is close to its mean confidence.
/// </summary>
/// <param name="Label">The range, <c>[0.0, 0.5)</c> … <c>[0.9, 1.0]</c>, or <c>none</c> for predictions without a confidence.</param>
/// <param name="Matched">Matched pairs (required gold quotes only) in the range.</param>
/// <param name="SpeakerCorrect">Of those, the ones with the right speaker.</param>
/// <param name="MeanConfidence">Their mean confidence rounded to four decimals, or null when none matched or the range is <c>none</c>.</param>
public sealed record ReliabilityBucket(string Label, int Matched, int SpeakerCorrect, double? MeanConfidence)
{
    /// <summary><see cref="SpeakerCorrect"/> over <see cref="Matched"/>, rounded to four decimals (0 when nothing matched).</summary>
    public double SpeakerAccuracy => Matched > 0 ? PythonFloat.Round((double)SpeakerCorrect / Matched, 4) : 0.0;
}
