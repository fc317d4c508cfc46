using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The possible speakers of a quote: every person or organisation named outside quotations from three
/// paragraphs before it to one after, the collectives named in its own or the previous paragraph, and
/// whatever the sieves chose.
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
        var byKey = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var mention in context.Mentions)
        {
            if (mention.InsideQuote)
            {
                continue;
            }

            var mentionParagraph = context.ParagraphOf(mention.FirstToken);
            var isEntity = mention.Kind is MentionKind.Name or MentionKind.Organization && mention.Entity >= 0;
            var inWindow = isEntity
                ? mentionParagraph >= paragraph - ParagraphsBefore && mentionParagraph <= paragraph + ParagraphsAfter
                : mention.Kind == MentionKind.Group && mentionParagraph >= paragraph - 1 && mentionParagraph <= paragraph;
            if (!inWindow || context.SpeakerOf(mention) is not { } speaker)
            {
                continue;
            }

            var key = new Candidate(speaker, []).Key;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
                speakers[key] = speaker;
            }

            list.Add(mention);
        }

        var chosen = context.Decisions[index]?.Speaker;
        if (chosen is not null)
        {
            var key = new Candidate(chosen, []).Key;
            if (!byKey.ContainsKey(key))
            {
                byKey[key] = [];
                speakers[key] = chosen;
            }
        }

        var anchor = quote.FirstToken;
        return byKey
            .Select(pair => new Candidate(speakers[pair.Key], pair.Value))
            .OrderBy(c => c.Mentions.Count == 0 ? 0 : c.Mentions.Min(m => Math.Abs(m.FirstToken - anchor)))
            .Take(MaxCandidates)
            .ToList();
    }
}
