using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The possible speakers of a quote: every person or organisation named outside quotations from three
/// paragraphs before it to one after, the collectives named in its own or the previous paragraph, and
/// whatever the sieves chose; nearest first, at most twelve.
/// </summary>
internal static class CandidateGenerator
{
    private const int ParagraphsBefore = 3;
    private const int ParagraphsAfter = 1;
    private const int MaxCandidates = 12;

    public static List<Candidate> For(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var paragraph = context.ParagraphOf(quote.FirstToken);
        var speakerMentions = context.SpeakerMentions;
        var candidates = new List<Candidate>();

        // The speaker mentions are in text order, so their paragraphs ascend: start at the window's first.
        for (var i = FirstInParagraph(speakerMentions, paragraph - ParagraphsBefore); i < speakerMentions.Count; i++)
        {
            var (mention, mentionParagraph) = speakerMentions[i];
            if (mentionParagraph > paragraph + ParagraphsAfter)
            {
                break;
            }

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

    /// <summary>The mention list of the candidate for <paramref name="speaker"/>, added when it is new (every candidate here is made by this method, on a list of its own).</summary>
    private static List<Mention> MentionsOf(List<Candidate> candidates, Speaker speaker)
    {
        foreach (var candidate in candidates)
        {
            if (CandidateFeaturizer.Same(candidate.Speaker, speaker))
            {
                return (List<Mention>)candidate.Mentions;
            }
        }

        var mentions = new List<Mention>();
        candidates.Add(new Candidate(speaker, mentions));
        return mentions;
    }

    private static int Distance(IReadOnlyList<Mention> mentions, int anchor)
    {
        var nearest = mentions.Count == 0 ? 0 : int.MaxValue;
        foreach (var mention in mentions)
        {
            nearest = Math.Min(nearest, Math.Abs(mention.FirstToken - anchor));
        }

        return nearest;
    }
}
