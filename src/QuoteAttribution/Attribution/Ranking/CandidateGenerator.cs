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
        var candidates = new List<(Speaker Speaker, List<Mention> Mentions)>();
        foreach (var (mention, mentionParagraph) in context.SpeakerMentions)
        {
            var inWindow = mention.Kind == MentionKind.Group
                ? mentionParagraph >= paragraph - 1 && mentionParagraph <= paragraph
                : mentionParagraph >= paragraph - ParagraphsBefore && mentionParagraph <= paragraph + ParagraphsAfter;
            if (inWindow && context.SpeakerOf(mention) is { } speaker)
            {
                MentionsOf(candidates, speaker).Add(mention);
            }
        }

        if (context.Decisions[index]?.Speaker is { } chosen)
        {
            MentionsOf(candidates, chosen);
        }

        var anchor = quote.FirstToken;
        return candidates
            .Select(c => new Candidate(c.Speaker, c.Mentions))
            .OrderBy(c => Distance(c.Mentions, anchor))
            .Take(MaxCandidates)
            .ToList();
    }

    private static List<Mention> MentionsOf(List<(Speaker Speaker, List<Mention> Mentions)> candidates, Speaker speaker)
    {
        foreach (var candidate in candidates)
        {
            if (CandidateFeaturizer.Same(candidate.Speaker, speaker))
            {
                return candidate.Mentions;
            }
        }

        var mentions = new List<Mention>();
        candidates.Add((speaker, mentions));
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
