namespace QuoteAttribution;

/// <summary>
/// Why a speaker was chosen: the rule (sieve) or model that decided, and how sure it was.
/// </summary>
/// <param name="Rule">Name of the sieve or model that made the decision, e.g. <c>trailing-cue</c>.</param>
/// <param name="Confidence">Probability-like confidence in <c>[0, 1]</c>.</param>
/// <param name="Detail">A short human-readable explanation.</param>
public sealed record Provenance(string Rule, double Confidence, string Detail);
