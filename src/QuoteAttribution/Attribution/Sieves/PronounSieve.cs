using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// A pronoun (<c>kata dia</c>, <c>Ia menegaskan</c>) or the <c>-nya</c> of a cue (<c>ujarnya</c>,
/// <c>Menurutnya</c>) refers to the person most recently named outside quotations since the previous
/// quote, or else to the previous quote's speaker.
/// </summary>
internal sealed class PronounSieve : ISpeakerSieve
{
    public string Name => "pronoun";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var source = context.SourceOf(index);
        var isPronoun = source?.Kind == MentionKind.Pronoun;
        if (!quote.CliticSource && !isPronoun)
        {
            return null;
        }

        var anchor = quote.CueToken >= 0 ? Math.Min(quote.CueToken, quote.FirstToken) : quote.FirstToken;
        var wantsPerson = quote.CliticSource || source?.SpeakerType == SpeakerType.Person;
        var previous = PreviousSpeaker(context, index, wantsPerson);
        var previousEnd = previous >= 0 ? context.Quotes[previous].EndToken : 0;
        var named = context.LastPersonBefore(anchor);
        var what = quote.CliticSource ? $"the -nya of '{quote.Cue?.Form}'" : $"pronoun '{source!.Name}'";
        var doc = context.Document;
        var anchorSentence = doc.SentenceOfToken[anchor];
        var quoteSentence = doc.SentenceOfToken[quote.FirstToken];
        if (named is not null && named.Entity >= 0 && named.FirstToken >= previousEnd && !IsInsideQuoteContent(context, named)
            && context.IsPersonLike(named) && doc.SentenceOfToken[named.FirstToken] >= Math.Min(anchorSentence, quoteSentence) - 1
            && Quotes.Clauses.IsClauseHead(doc, named.FirstToken))
        {
            return new Attribution(context.SpeakerOf(context.Entities[named.Entity]), source, new Provenance(Name, 0.8, $"{what} refers to {named.Name}, named just before"));
        }

        if (previous >= 0 && context.ParagraphOf(anchor) - context.ParagraphOf(context.Quotes[previous].EndToken) <= 3)
        {
            var speaker = context.Decisions[previous]!.Speaker!;
            return new Attribution(speaker, source, new Provenance(Name, 0.8, $"{what} continues the previous speaker"));
        }

        named = context.LastPersonBefore(anchor, personLikeOnly: true);
        return named is not null && named.Entity >= 0
            ? new Attribution(context.SpeakerOf(context.Entities[named.Entity]), source, new Provenance(Name, 0.6, $"{what} refers to {named.Name}"))
            : null;
    }

    /// <summary>The latest quote before <paramref name="index"/> with a speaker; for a personal pronoun, a person speaker.</summary>
    private static int PreviousSpeaker(AttributionContext context, int index, bool wantsPerson)
    {
        for (var q = context.PreviousAttributed(index); q >= 0; q = context.PreviousAttributed(q))
        {
            if (!wantsPerson || context.Decisions[q]!.Speaker!.Type == SpeakerType.Person)
            {
                return q;
            }
        }

        return -1;
    }

    private static bool IsInsideQuoteContent(AttributionContext context, Mention mention) =>
        context.Quotes.Any(q => mention.FirstToken >= q.FirstToken && mention.EndToken <= q.EndToken);
}
