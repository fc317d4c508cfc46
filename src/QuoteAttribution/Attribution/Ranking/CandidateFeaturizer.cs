using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// Computes the features of <see cref="FeatureSchema"/> for each candidate speaker of a quote. The
/// features that depend only on the quote are computed once per quote; each feature's position is looked
/// up by name once per process (<see cref="FeatureIndex"/>), never per row.
/// </summary>
internal static class CandidateFeaturizer
{
    private static readonly string[] SieveNames = [SpokenBefore.CueSourceRule, "pronoun", "multi-paragraph", "continuation", "quote-before-speaker", "nearest-person"];
    private static readonly int[] SieveFeatures = SieveNames.Select(name => FeatureSchema.Index["sieve_" + name.Replace('-', '_')]).ToArray();

    /// <summary>The features of each candidate, one array per candidate (for training).</summary>
    public static float[][] Features(AttributionContext context, int index, IReadOnlyList<Candidate> candidates)
    {
        var flat = new float[candidates.Count * FeatureSchema.Count];
        Write(context, index, candidates, flat, new SpokenBefore(context));
        return flat.Chunk(FeatureSchema.Count).ToArray();
    }

    /// <summary>
    /// Writes the features of each candidate into <paramref name="rows"/>: candidate <c>c</c>'s row is
    /// <c>rows[(c * FeatureSchema.Count)..]</c>. The ranker reuses one buffer for every quote of an article, and one
    /// <paramref name="spoken"/> made from the article's decisions, which do not change while it ranks.
    /// </summary>
    public static void Write(AttributionContext context, int index, IReadOnlyList<Candidate> candidates, Span<float> rows, SpokenBefore spoken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, candidates.Count * FeatureSchema.Count);
        var doc = context.Document;
        var quote = context.Quotes[index];
        var decision = context.Decisions[index];
        var anchor = quote.CueToken >= 0 ? Math.Min(quote.CueToken, quote.FirstToken) : quote.FirstToken;
        var anchorSentence = doc.SentenceOfToken[Math.Min(anchor, doc.Tokens.Length - 1)];
        var anchorParagraph = context.ParagraphOf(anchor);
        var source = context.SourceOf(index);
        var previous = context.PreviousAttributed(index);
        var next = context.NextAttributed(index);
        Span<float> shared = stackalloc float[FeatureSchema.Count];
        QuoteFeatures(context, index, decision, source, candidates.Count, shared);

        var lastNamed = spoken.LastNamedAtCue(index);
        var previousQuote = previous >= 0 ? context.Quotes[previous] : null;

        var befores = new Mention?[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            befores[c] = LastBefore(candidates[c], anchor);
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var f = rows.Slice(c * FeatureSchema.Count, FeatureSchema.Count);
            shared.CopyTo(f);

            var isChoice = decision?.Speaker is { } chosen && Same(chosen, candidate.Speaker);
            f[FeatureIndex.IsSieveChoice] = isChoice ? 1 : 0;
            f[FeatureIndex.SieveConfidence] = isChoice ? (float)decision!.Provenance.Confidence : 0;

            var (regionFirst, regionEnd) = quote.SourceRegion;
            var inRegion = false;
            var isSource = false;
            var sameSentence = false;
            var sameParagraph = false;
            var personLike = false;
            Mention? after = null;
            for (var i = 0; i < candidate.Mentions.Count; i++)
            {
                var m = candidate.Mentions[i];
                inRegion |= regionFirst >= 0 && m.FirstToken >= regionFirst && m.EndToken <= regionEnd;
                isSource |= ReferenceEquals(m, source);
                sameSentence |= doc.SentenceOfToken[m.FirstToken] == anchorSentence;
                sameParagraph |= context.ParagraphOf(m.FirstToken) == anchorParagraph;
                personLike |= context.IsPersonLike(m);
                after ??= m.FirstToken > quote.EndToken ? m : null;
            }

            f[FeatureIndex.InSourceRegion] = inRegion ? 1 : 0;
            f[FeatureIndex.IsSourceMention] = isSource ? 1 : 0;

            var before = befores[c];
            f[FeatureIndex.LogTokensBefore] = before is null ? 8 : (float)Math.Log(1 + anchor - before.EndToken);
            f[FeatureIndex.LogTokensAfter] = after is null ? 8 : (float)Math.Log(1 + after.FirstToken - quote.EndToken);
            f[FeatureIndex.HasMentionBefore] = before is null ? 0 : 1;
            f[FeatureIndex.HasMentionAfter] = after is null ? 0 : 1;
            var nearest = before ?? after;
            f[FeatureIndex.ParagraphDistance] = nearest is null ? 5 : Math.Min(5, Math.Abs(anchorParagraph - context.ParagraphOf(nearest.FirstToken)));
            f[FeatureIndex.SentenceDistance] = nearest is null ? 10 : Math.Min(10, Math.Abs(anchorSentence - doc.SentenceOfToken[nearest.FirstToken]));
            f[FeatureIndex.SameSentence] = sameSentence ? 1 : 0;
            f[FeatureIndex.SameParagraph] = sameParagraph ? 1 : 0;

            // Rank by recency: candidates named later before the quote come first, ties in candidate order.
            var later = 0;
            var tiedEarlier = 0;
            var mine = befores[c]?.FirstToken ?? -1;
            for (var o = 0; o < candidates.Count; o++)
            {
                var theirs = befores[o]?.FirstToken ?? -1;
                later += theirs > mine ? 1 : 0;
                tiedEarlier += o < c && theirs == mine ? 1 : 0;
            }

            f[FeatureIndex.CandidatesBetween] = before is null ? candidates.Count : later;
            f[FeatureIndex.RecencyRank] = before is null ? candidates.Count : later + tiedEarlier;

            f[FeatureIndex.SpokePreviousQuote] = previous >= 0 && Same(context.Decisions[previous]!.Speaker!, candidate.Speaker) ? 1 : 0;
            f[FeatureIndex.SpokeNextQuote] = next >= 0 && Same(context.Decisions[next]!.Speaker!, candidate.Speaker) ? 1 : 0;
            f[FeatureIndex.LogQuotesSpokenBefore] = (float)Math.Log(1 + spoken.Count(candidate.Speaker, index));
            var entity = candidate.Speaker.Entity >= 0 ? context.Entities[candidate.Speaker.Entity] : null;
            f[FeatureIndex.LogMentionCount] = (float)Math.Log(1 + (entity?.Mentions.Count ?? candidate.Mentions.Count));
            f[FeatureIndex.FirstMentionRank] = entity is null ? 10 : Math.Min(10, context.FirstMentionRank(entity, 10));
            f[FeatureIndex.HasRole] = entity is not null && entity.Roles.Count > 0 ? 1 : 0;
            f[FeatureIndex.PersonLike] = personLike ? 1 : 0;
            f[FeatureIndex.KindPerson] = candidate.Speaker.Type == SpeakerType.Person ? 1 : 0;
            f[FeatureIndex.KindOrganization] = candidate.Speaker.Type == SpeakerType.Organization ? 1 : 0;
            f[FeatureIndex.KindGroup] = candidate.Speaker.Type is SpeakerType.Group or SpeakerType.Unnamed ? 1 : 0;
            f[FeatureIndex.IsClauseSubject] = before is not null && Quotes.Clauses.IsClauseHead(doc, before.FirstToken) ? 1 : 0;
            f[FeatureIndex.MentionedInsideQuote] = entity is not null && MentionedInside(context, entity, quote.FirstToken, quote.EndToken) ? 1 : 0;
            f[FeatureIndex.SingleWordName] = candidate.Speaker.Name.Contains(' ', StringComparison.Ordinal) ? 0 : 1;
            f[FeatureIndex.TitleOnly] = candidate.Speaker.Entity < 0 && candidate.Speaker.Type == SpeakerType.Person ? 1 : 0;
            NameEvidence(doc.Vocabulary, candidate.Speaker.Name, f);

            var spokeLast = spoken.LastBefore(candidate.Speaker, index);
            f[FeatureIndex.QuotesSinceSpoke] = spokeLast < 0 ? 10 : Math.Min(10, index - spokeLast);
            f[FeatureIndex.LastNamedSpeaker] = lastNamed >= 0 && Same(context.Decisions[lastNamed]!.Speaker!, candidate.Speaker) ? 1 : 0;
            f[FeatureIndex.AfterLowercaseWord] = before is not null && AfterLowercaseWord(context, before) ? 1 : 0;
            f[FeatureIndex.SubjectNearby] = SubjectNearby(doc, candidate, anchor, anchorSentence) ? 1 : 0;
            f[FeatureIndex.MentionedInPreviousQuote] = entity is not null && previousQuote is not null
                && MentionedInside(context, entity, previousQuote.FirstToken, previousQuote.EndToken) ? 1 : 0;
        }
    }

    /// <summary>
    /// How real news writes the words of the candidate's name (<see cref="CorpusVocabulary"/>): a name whose
    /// words are mostly written in lower case ("Media", "Penjamin Simpanan", "Survei") is a phrase, not a
    /// person; words never seen are rare proper names; a word seen beside cues or closing capitalised runs
    /// is a name people are quoted by.
    /// </summary>
    private static void NameEvidence(CorpusVocabulary vocabulary, string name, Span<float> f)
    {
        int words = 0, common = 0, unknown = 0, besideCue = 0, runLast = 0, lowerMin = 9;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            var counts = vocabulary.Of(word);
            words++;
            common += counts.Lower > counts.CapitalizedInside ? 1 : 0;
            unknown += counts.Total == 0 ? 1 : 0;
            besideCue = Math.Max(besideCue, counts.BesideCue);
            runLast = Math.Max(runLast, counts.RunLast);
            lowerMin = Math.Min(lowerMin, counts.Lower);
        }

        f[FeatureIndex.NameCommonWords] = words == 0 ? 0 : common / (float)words;
        f[FeatureIndex.NameUnknownWords] = words == 0 ? 0 : unknown / (float)words;
        f[FeatureIndex.NameBesideCue] = besideCue;
        f[FeatureIndex.NameRunLast] = runLast;
        f[FeatureIndex.NameLowerMin] = words == 0 ? 0 : lowerMin;
    }

    public static bool Same(Speaker a, Speaker b) =>
        a.Entity >= 0 || b.Entity >= 0 ? a.Entity == b.Entity : a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The features every candidate of the quote shares: the sieves' rule and the quote's shape.</summary>
    private static void QuoteFeatures(AttributionContext context, int index, Attribution? decision, Mention? source, int candidateCount, Span<float> f)
    {
        var quote = context.Quotes[index];
        f.Clear();
        var sieve = decision?.Provenance.Rule;
        f[FeatureIndex.SieveNone] = sieve is null ? 1 : 0;
        for (var n = 0; n < SieveNames.Length; n++)
        {
            f[SieveFeatures[n]] = string.Equals(sieve, SieveNames[n], StringComparison.Ordinal) ? 1 : 0;
        }

        var pattern = quote.Pattern;
        f[FeatureIndex.QuoteDirect] = quote.Type == QuoteType.Direct ? 1 : 0;
        f[FeatureIndex.QuoteMixed] = quote.Type == QuoteType.Mixed ? 1 : 0;
        f[FeatureIndex.CliticSource] = quote.CliticSource ? 1 : 0;
        f[FeatureIndex.PronounSource] = source?.Kind == MentionKind.Pronoun ? 1 : 0;
        f[FeatureIndex.NoCue] = quote.Cue is null ? 1 : 0;
        f[FeatureIndex.Unclosed] = quote.Unclosed ? 1 : 0;
        f[FeatureIndex.PatternTrailing] = Has(pattern, "trailing") || Has(pattern, "clitic") ? 1 : 0;
        f[FeatureIndex.PatternLeading] = Has(pattern, "leading") || Has(pattern, "active") ? 1 : 0;
        f[FeatureIndex.PatternMenurut] = Has(pattern, "menurut") ? 1 : 0;
        f[FeatureIndex.PatternInterposed] = Has(pattern, "interposed") || Has(pattern, "interrupted") ? 1 : 0;
        f[FeatureIndex.PatternBackReference] = Has(pattern, "back-reference") ? 1 : 0;
        f[FeatureIndex.CandidateCount] = candidateCount;
    }

    private static bool Has(string pattern, string part) => pattern.Contains(part, StringComparison.Ordinal);

    /// <summary>
    /// True when the entity is named (by any of its mentions) between the quote's tokens. The entity's mentions are
    /// in text order, so the search starts at the first that starts inside the quote and stops past its end.
    /// </summary>
    private static bool MentionedInside(AttributionContext context, Entity entity, int firstToken, int endToken)
    {
        var mentions = entity.Mentions;
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (context.Mentions[mentions[middle]].FirstToken < firstToken)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var m = low; m < mentions.Count; m++)
        {
            var mention = context.Mentions[mentions[m]];
            if (mention.FirstToken >= endToken)
            {
                return false;
            }

            if (mention.EndToken <= endToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word before the mention is a lower-case word that is no reporting cue, or a preposition opening
    /// the sentence: the name is then the object or the possessor of something (<c>istri Prabowo</c>, <c>kepada
    /// Menteri Rini</c>, <c>Kepada Ganjar, dia mengaku</c>), seldom who speaks next.
    /// </summary>
    private static bool AfterLowercaseWord(AttributionContext context, Mention mention)
    {
        var doc = context.Document;
        var at = mention.FirstToken - 1;
        if (at < 0 || doc.SentenceOfToken[at] != doc.SentenceOfToken[mention.FirstToken])
        {
            return false;
        }

        var word = doc.Word(at);
        return doc.Tokens[at].Kind == TokenKind.Word && context.Lexicons.Cue(word) is null
            && (char.IsLower(word[0]) || context.Lexicons.Prepositions.Contains(word));
    }

    /// <summary>True when the candidate heads a clause in the sentence of the anchor or the sentence before it.</summary>
    private static bool SubjectNearby(Document doc, Candidate candidate, int anchor, int anchorSentence)
    {
        for (var i = 0; i < candidate.Mentions.Count; i++)
        {
            var m = candidate.Mentions[i];
            var sentence = doc.SentenceOfToken[m.FirstToken];
            if (m.FirstToken < anchor && sentence >= anchorSentence - 1 && sentence <= anchorSentence && Quotes.Clauses.IsClauseHead(doc, m.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? LastBefore(Candidate candidate, int anchor)
    {
        var mentions = candidate.Mentions;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken < anchor)
            {
                return mentions[m];
            }
        }

        return null;
    }
}
