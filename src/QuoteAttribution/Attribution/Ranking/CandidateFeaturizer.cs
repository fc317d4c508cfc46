using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>Computes the features of <see cref="FeatureSchema"/> for each candidate speaker of a quote.</summary>
internal static class CandidateFeaturizer
{
    private static readonly string[] SieveNames = ["cue-source", "pronoun", "multi-paragraph", "continuation", "quote-before-speaker", "nearest-person"];
    private static readonly string[] SieveFeatures = SieveNames.Select(name => "sieve_" + name.Replace('-', '_')).ToArray();

    public static float[][] Features(AttributionContext context, int index, IReadOnlyList<Candidate> candidates)
    {
        var doc = context.Document;
        var quote = context.Quotes[index];
        var decision = context.Decisions[index];
        var anchor = quote.CueToken >= 0 ? Math.Min(quote.CueToken, quote.FirstToken) : quote.FirstToken;
        var anchorSentence = doc.SentenceOfToken[Math.Min(anchor, doc.Tokens.Length - 1)];
        var anchorParagraph = context.ParagraphOf(anchor);
        var source = context.SourceOf(index);
        var previous = context.PreviousAttributed(index);
        var next = context.NextAttributed(index);
        var entityOrder = context.FirstMentionRank;
        var entitiesInsideQuote = new HashSet<int>();
        foreach (var mention in context.Mentions)
        {
            if (mention.Entity >= 0 && mention.FirstToken >= quote.FirstToken && mention.EndToken <= quote.EndToken)
            {
                entitiesInsideQuote.Add(mention.Entity);
            }
        }


        var nearestBefore = candidates.Select(c => LastBefore(c, anchor)?.FirstToken ?? -1).ToArray();
        var recency = nearestBefore
            .Select((token, i) => (token, i))
            .OrderByDescending(x => x.token)
            .Select((x, rank) => (x.i, rank))
            .ToDictionary(x => x.i, x => x.rank);

        var rows = new float[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var f = new float[FeatureSchema.Count];
            var set = new FeatureSetter(f);

            var isChoice = decision?.Speaker is { } chosen && Same(chosen, candidate.Speaker);
            set.Set("is_sieve_choice", isChoice ? 1 : 0);
            set.Set("sieve_confidence", isChoice ? decision!.Provenance.Confidence : 0);
            var sieve = decision?.Provenance.Rule;
            set.Set("sieve_none", sieve is null ? 1 : 0);
            for (var n = 0; n < SieveNames.Length; n++)
            {
                set.Set(SieveFeatures[n], sieve == SieveNames[n] ? 1 : 0);
            }

            var (regionFirst, regionEnd) = quote.SourceRegion;
            var inRegion = false;
            var isSource = false;
            var sameSentence = false;
            var sameParagraph = false;
            var personLike = false;
            foreach (var m in candidate.Mentions)
            {
                inRegion |= regionFirst >= 0 && m.FirstToken >= regionFirst && m.EndToken <= regionEnd;
                isSource |= ReferenceEquals(m, source);
                sameSentence |= doc.SentenceOfToken[m.FirstToken] == anchorSentence;
                sameParagraph |= context.ParagraphOf(m.FirstToken) == anchorParagraph;
                personLike |= context.IsPersonLike(m);
            }

            set.Set("in_source_region", inRegion ? 1 : 0);
            set.Set("is_source_mention", isSource ? 1 : 0);

            var before = LastBefore(candidate, anchor);
            var after = candidate.Mentions.FirstOrDefault(m => m.FirstToken > quote.EndToken);
            set.Set("log_tokens_before", before is null ? 8 : Math.Log(1 + anchor - before.EndToken));
            set.Set("log_tokens_after", after is null ? 8 : Math.Log(1 + after.FirstToken - quote.EndToken));
            set.Set("has_mention_before", before is null ? 0 : 1);
            set.Set("has_mention_after", after is null ? 0 : 1);
            var nearest = before ?? after;
            set.Set("paragraph_distance", nearest is null ? 5 : Math.Min(5, Math.Abs(anchorParagraph - context.ParagraphOf(nearest.FirstToken))));
            set.Set("sentence_distance", nearest is null ? 10 : Math.Min(10, Math.Abs(anchorSentence - doc.SentenceOfToken[nearest.FirstToken])));
            set.Set("same_sentence", sameSentence ? 1 : 0);
            set.Set("same_paragraph", sameParagraph ? 1 : 0);
            set.Set("candidates_between", before is null ? candidates.Count : nearestBefore.Count(t => t > before.FirstToken));
            set.Set("recency_rank", before is null ? candidates.Count : recency[c]);

            set.Set("spoke_previous_quote", previous >= 0 && Same(context.Decisions[previous]!.Speaker!, candidate.Speaker) ? 1 : 0);
            set.Set("spoke_next_quote", next >= 0 && Same(context.Decisions[next]!.Speaker!, candidate.Speaker) ? 1 : 0);
            var spoken = 0;
            for (var q = 0; q < index; q++)
            {
                spoken += context.Decisions[q]?.Speaker is { } s && Same(s, candidate.Speaker) ? 1 : 0;
            }

            set.Set("log_quotes_spoken_before", Math.Log(1 + spoken));
            var entity = candidate.Speaker.Entity >= 0 ? context.Entities[candidate.Speaker.Entity] : null;
            set.Set("log_mention_count", Math.Log(1 + (entity?.Mentions.Count ?? candidate.Mentions.Count)));
            set.Set("first_mention_rank", entity is null ? 10 : Math.Min(10, entityOrder.GetValueOrDefault(entity.Id, 10)));
            set.Set("has_role", entity is not null && entity.Roles.Count > 0 ? 1 : 0);
            set.Set("person_like", personLike ? 1 : 0);
            set.Set("kind_person", candidate.Speaker.Type == SpeakerType.Person ? 1 : 0);
            set.Set("kind_organization", candidate.Speaker.Type == SpeakerType.Organization ? 1 : 0);
            set.Set("kind_group", candidate.Speaker.Type is SpeakerType.Group or SpeakerType.Unnamed ? 1 : 0);
            set.Set("is_clause_subject", before is not null && Quotes.Clauses.IsClauseHead(doc, before.FirstToken) ? 1 : 0);
            set.Set("mentioned_inside_quote", entitiesInsideQuote.Contains(candidate.Speaker.Entity) ? 1 : 0);

            set.Set("quote_direct", quote.Type == QuoteType.Direct ? 1 : 0);
            set.Set("quote_mixed", quote.Type == QuoteType.Mixed ? 1 : 0);
            set.Set("clitic_source", quote.CliticSource ? 1 : 0);
            set.Set("pronoun_source", source?.Kind == MentionKind.Pronoun ? 1 : 0);
            set.Set("no_cue", quote.Cue is null ? 1 : 0);
            set.Set("unclosed", quote.Unclosed ? 1 : 0);
            set.Set("pattern_trailing", quote.Pattern.Contains("trailing", StringComparison.Ordinal) || quote.Pattern.Contains("clitic", StringComparison.Ordinal) ? 1 : 0);
            set.Set("pattern_leading", quote.Pattern.Contains("leading", StringComparison.Ordinal) || quote.Pattern.Contains("active", StringComparison.Ordinal) ? 1 : 0);
            set.Set("pattern_menurut", quote.Pattern.Contains("menurut", StringComparison.Ordinal) ? 1 : 0);
            set.Set("pattern_interposed", quote.Pattern.Contains("interposed", StringComparison.Ordinal) || quote.Pattern.Contains("interrupted", StringComparison.Ordinal) ? 1 : 0);
            set.Set("pattern_back_reference", quote.Pattern.Contains("back-reference", StringComparison.Ordinal) ? 1 : 0);
            set.Set("single_word_name", candidate.Speaker.Name.Contains(' ', StringComparison.Ordinal) ? 0 : 1);
            set.Set("title_only", candidate.Speaker.Entity < 0 && candidate.Speaker.Type == SpeakerType.Person ? 1 : 0);
            set.Set("candidate_count", candidates.Count);
            rows[c] = f;
        }

        return rows;
    }

    /// <summary>Writes features by name into one row.</summary>
    private readonly struct FeatureSetter(float[] row)
    {
        public void Set(string name, double value) => row[FeatureSchema.Index[name]] = (float)value;
    }

    public static bool Same(Speaker a, Speaker b) =>
        a.Entity >= 0 || b.Entity >= 0 ? a.Entity == b.Entity : a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase);

    private static Mention? LastBefore(Candidate candidate, int anchor) =>
        candidate.Mentions.LastOrDefault(m => m.FirstToken < anchor);

}
