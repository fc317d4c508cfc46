namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// A quote without a cue continues the previous quote's speaker when that quote is in the same or the
/// previous two paragraphs and no other person has been named in between.
/// </summary>
internal sealed class ContinuationSieve : ISpeakerSieve
{
    public string Name => "continuation";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        if (quote.Cue is not null)
        {
            return null;
        }

        var previous = context.PreviousAttributed(index);
        if (previous < 0)
        {
            return null;
        }

        var previousQuote = context.Quotes[previous];
        var gap = context.ParagraphOf(quote.FirstToken) - context.ParagraphOf(previousQuote.EndToken);
        if (gap > 2)
        {
            return null;
        }

        var speaker = context.Decisions[previous]!.Speaker!;
        var named = context.LastPersonBefore(quote.FirstToken, previousQuote.EndToken);
        if (named is not null && named.Entity >= 0 && named.Entity != speaker.Entity)
        {
            return null;
        }

        return new Attribution(speaker, null, new Provenance(Name, gap <= 1 ? 0.75 : 0.6, "continues the previous quote's speaker"));
    }
}
