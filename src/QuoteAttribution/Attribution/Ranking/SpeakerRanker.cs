namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The last stage of attribution: the trained model scores every candidate speaker of every quote,
/// with the sieves' decisions among its features, and the best-scoring candidate is the speaker (among the people
/// alone when a pronoun stands for one: <see cref="PronounAgreement"/>). Where
/// it agrees with a sieve, the sieve stays the recorded rule; where it disagrees, the rule is
/// <c>ranker</c>. Either way the confidence is the model's calibrated probability.
/// </summary>
internal sealed class SpeakerRanker
{

    private readonly SpeakerModel _model;

    /// <summary>
    /// How much more probable another candidate must be to overrule the sieves' choice: the trainer's
    /// option, recorded in the manifest (chosen by leave-one-outlet-out figures on the real training
    /// articles; see models/README.md).
    /// </summary>
    private readonly float _overrideMargin;

    /// <summary>The least probability with which the ranker's own choice overrules the sieves or fills a quote they left open.</summary>
    private readonly float _minimumProbability;

    public SpeakerRanker(SpeakerModel model)
    {
        _model = model;
        _overrideMargin = (float)model.Manifest.OverrideMargin;
        _minimumProbability = (float)model.Manifest.OverrideMinimum;
    }

    public void Rank(AttributionContext context)
    {
        var decisions = new Attribution?[context.Quotes.Count];
        var spoken = new SpokenBefore(context);
        float[] rows = [];
        Span<float> fewProbabilities = stackalloc float[64];
        for (var q = 0; q < context.Quotes.Count; q++)
        {
            var candidates = CandidateGenerator.For(context, q);
            decisions[q] = context.Decisions[q];
            if (candidates.Count == 0)
            {
                continue;
            }

            // One buffer of feature rows for every quote of the article, grown when a quote has more candidates.
            var width = FeatureSchema.Count;
            if (rows.Length < candidates.Count * width)
            {
                rows = new float[candidates.Count * width];
            }

            CandidateFeaturizer.Write(context, q, candidates, rows, spoken);
            var probabilities = candidates.Count <= fewProbabilities.Length ? fewProbabilities[..candidates.Count] : new float[candidates.Count];
            var onePerson = PronounAgreement.NamesOnePerson(context, q) && candidates.Exists(c => PronounAgreement.Admits(c.Speaker));
            var best = -1;
            var sieveChoice = -1;
            for (var c = 0; c < candidates.Count; c++)
            {
                probabilities[c] = _model.Probability(rows.AsSpan(c * width, width));
                var allowed = !onePerson || PronounAgreement.Admits(candidates[c].Speaker);
                best = allowed && (best < 0 || probabilities[c] > probabilities[best]) ? c : best;
                sieveChoice = context.Decisions[q]?.Speaker is { } chosen && CandidateFeaturizer.Same(chosen, candidates[c].Speaker) ? c : sieveChoice;
            }

            decisions[q] = Decide(context.Decisions[q], candidates, probabilities, best, sieveChoice);
        }

        Array.Copy(decisions, context.Decisions, decisions.Length);
    }

    private Attribution? Decide(Attribution? sieve, List<Candidate> candidates, ReadOnlySpan<float> probabilities, int best, int sieveChoice)
    {
        // The sieves' choice stands unless the ranker prefers another candidate by a clear margin.
        var keepSieve = sieveChoice >= 0 && (best == sieveChoice || probabilities[best] - probabilities[sieveChoice] < _overrideMargin);
        if (keepSieve)
        {
            var agreement = best == sieveChoice ? "the ranker agrees" : $"the ranker slightly preferred {candidates[best].Speaker.Name}";
            return sieve! with { Provenance = sieve.Provenance with { Confidence = probabilities[sieveChoice], Detail = $"{sieve.Provenance.Detail}; {agreement}" } };
        }

        if (probabilities[best] < _minimumProbability)
        {
            return sieve;
        }

        var chosen = candidates[best];
        var overruled = sieve?.Speaker is { } other ? $" over {other.Name} ({sieve.Provenance.Rule})" : string.Empty;
        return new Attribution(chosen.Speaker, null, new Provenance("ranker", probabilities[best], $"the trained ranker chose {chosen.Speaker.Name}{overruled}"));
    }
}
