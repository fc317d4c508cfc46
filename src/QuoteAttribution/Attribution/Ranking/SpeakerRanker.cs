namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The last stage of attribution: the trained model scores every candidate speaker of every quote,
/// with the sieves' decisions among its features, and the best-scoring candidate is the speaker. Where
/// it agrees with a sieve, the sieve stays the recorded rule; where it disagrees, the rule is
/// <c>ranker</c>. Either way the confidence is the model's calibrated probability.
/// </summary>
internal sealed class SpeakerRanker
{
    private const float MinimumProbability = 0.15f;
    private readonly SpeakerModel _model;

    public SpeakerRanker(SpeakerModel model) => _model = model;

    public void Rank(AttributionContext context)
    {
        var decisions = new Attribution?[context.Quotes.Count];
        for (var q = 0; q < context.Quotes.Count; q++)
        {
            var candidates = CandidateGenerator.For(context, q);
            decisions[q] = context.Decisions[q];
            if (candidates.Count == 0)
            {
                continue;
            }

            var features = CandidateFeaturizer.Features(context, q, candidates);
            var best = -1;
            var bestProbability = 0f;
            for (var c = 0; c < candidates.Count; c++)
            {
                var p = _model.Probability(features[c]);
                if (p > bestProbability)
                {
                    best = c;
                    bestProbability = p;
                }
            }

            decisions[q] = Decide(context.Decisions[q], candidates[best], bestProbability);
        }

        Array.Copy(decisions, context.Decisions, decisions.Length);
    }

    private static Attribution? Decide(Attribution? sieve, Candidate chosen, float probability)
    {
        if (sieve?.Speaker is { } sieveSpeaker && CandidateFeaturizer.Same(sieveSpeaker, chosen.Speaker))
        {
            return sieve with { Provenance = sieve.Provenance with { Confidence = probability, Detail = $"{sieve.Provenance.Detail}; the ranker agrees" } };
        }

        if (probability < MinimumProbability)
        {
            return sieve;
        }

        var overruled = sieve?.Speaker is { } other ? $" over {other.Name} ({sieve.Provenance.Rule})" : string.Empty;
        return new Attribution(chosen.Speaker, null, new Provenance("ranker", probability, $"the trained ranker chose {chosen.Speaker.Name}{overruled}"));
    }
}
