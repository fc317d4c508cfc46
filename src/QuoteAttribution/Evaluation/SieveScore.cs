namespace QuoteAttribution.Evaluation;

/// <summary>How one sieve (or model) of the engine did: its matched attributions and how many were right.</summary>
/// <param name="Sieve">The part of the prediction's <c>provenance.rule</c> after the last <c>/</c>, or <c>unknown</c>.</param>
/// <param name="Matched">Predictions of this sieve matched to a required gold quote.</param>
/// <param name="SpeakerCorrect">Of those, the ones with the right speaker.</param>
/// <param name="Spurious">Predictions of this sieve that matched no gold quote.</param>
public sealed record SieveScore(string Sieve, int Matched, int SpeakerCorrect, int Spurious)
{
    /// <summary><see cref="SpeakerCorrect"/> over <see cref="Matched"/>, rounded to four decimals (0 when nothing matched).</summary>
    public double SpeakerPrecision => Matched > 0 ? PythonFloat.Round((double)SpeakerCorrect / Matched, 4) : 0.0;
}
