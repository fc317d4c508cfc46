using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The possible speakers of a quote: every person or organisation named outside quotations from three
/// paragraphs before it to one after, the collectives named in its own or the previous paragraph, and
/// whatever the sieves chose; nearest first, at most twelve. Only the <see cref="MaxMentionsEachSide"/> speaker
/// mentions nearest the quote on each side are read, so the work per quote is bounded however many quotes and
/// speakers one paragraph holds (one paragraph of 4,000 quotes by as many speakers took minutes when every
/// mention of the window was read for every quote).
/// </summary>
internal static class CandidateGenerator
{
    /// <summary>The most speaker mentions read on each side of a quote (before its first token, and from it on).</summary>
    public const int MaxMentionsEachSide = 64;

    private const int ParagraphsBefore = 3;
    private const int ParagraphsAfter = 1;
    private const int MaxCandidates = 12;

    public static List<Candidate> For(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var paragraph = context.ParagraphOf(quote.FirstToken);
        var speakerMentions = context.SpeakerMentions;
        var candidates = new List<Candidate>();

        // The speaker mentions are in text order, so their paragraphs ascend: the window is a range of them, and
        // of that range only the mentions nearest the quote are read.
        var windowStart = FirstInParagraph(speakerMentions, paragraph - ParagraphsBefore);
        var windowEnd = FirstInParagraph(speakerMentions, paragraph + ParagraphsAfter + 1);
        var atQuote = FirstFrom(speakerMentions, quote.FirstToken, windowStart, windowEnd);
        var end = Math.Min(windowEnd, atQuote + MaxMentionsEachSide);
        for (var i = Math.Max(windowStart, atQuote - MaxMentionsEachSide); i < end; i++)
        {
            var (mention, mentionParagraph) = speakerMentions[i];
            var inWindow = mention.Kind != MentionKind.Group || (mentionParagraph >= paragraph - 1 && mentionParagraph <= paragraph);
            if (inWindow && context.SpeakerOf(mention) is { } speaker)
            {
                MentionsOf(candidates, speaker).Add(mention);
            }
        }

        if (context.Decisions[index]?.Speaker is { } chosen)
        {
            MentionsOf(candidates, chosen);
        }

        // Nearest first; an insertion sort, stable, so candidates at the same distance keep their order of appearance.
        var anchor = quote.FirstToken;
        Span<int> distances = candidates.Count <= 64 ? stackalloc int[candidates.Count] : new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var distance = Distance(candidate.Mentions, anchor);
            var at = i;
            while (at > 0 && distances[at - 1] > distance)
            {
                distances[at] = distances[at - 1];
                candidates[at] = candidates[at - 1];
                at--;
            }

            distances[at] = distance;
            candidates[at] = candidate;
        }

        if (candidates.Count > MaxCandidates)
        {
            candidates.RemoveRange(MaxCandidates, candidates.Count - MaxCandidates);
        }

        return candidates;
    }

    /// <summary>The index of the first speaker mention in paragraph <paramref name="paragraph"/> or later.</summary>
    private static int FirstInParagraph(IReadOnlyList<(Mention Mention, int Paragraph)> mentions, int paragraph)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (mentions[middle].Paragraph < paragraph)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The index of the first mention in <c>[from, end)</c> that starts at <paramref name="token"/> or later
    /// (<paramref name="end"/> when none does).
    /// </summary>
    private static int FirstFrom(IReadOnlyList<(Mention Mention, int Paragraph)> mentions, int token, int from, int end)
    {
        int low = from, high = end;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (mentions[middle].Mention.FirstToken < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The mention list of the candidate for <paramref name="speaker"/>, added when it is new (every candidate here
    /// is made by this method, on a list of its own). A linear search: the window holds at most
    /// 2 × <see cref="MaxMentionsEachSide"/> mentions, and seldom more than a dozen speakers, so a dictionary per
    /// quote would cost more than it saves.
    /// </summary>
    private static List<Mention> MentionsOf(List<Candidate> candidates, Speaker speaker)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (SpeakerIdentity.Instance.Equals(candidates[i].Speaker, speaker))
            {
                return (List<Mention>)candidates[i].Mentions;
            }
        }

        var mentions = new List<Mention>();
        candidates.Add(new Candidate(speaker, mentions));
        return mentions;
    }

    private static int Distance(IReadOnlyList<Mention> mentions, int anchor)
    {
        var nearest = mentions.Count == 0 ? 0 : int.MaxValue;
        for (var i = 0; i < mentions.Count; i++)
        {
            nearest = Math.Min(nearest, Math.Abs(mentions[i].FirstToken - anchor));
        }

        return nearest;
    }
}
