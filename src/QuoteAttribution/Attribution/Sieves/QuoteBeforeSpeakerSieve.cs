namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// A quote without a cue whose speaker is named only afterwards: the next quote's speaker, when that
/// quote follows in the same or the next paragraph.
/// </summary>
internal sealed class QuoteBeforeSpeakerSieve : ISpeakerSieve
{
    public string Name => "quote-before-speaker";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        if (quote.Cue is not null)
        {
            return null;
        }

        var next = context.NextAttributed(index);
        if (next < 0 || context.ParagraphOf(context.Quotes[next].FirstToken) - context.ParagraphOf(quote.EndToken) > 1)
        {
            return null;
        }

        return new Attribution(context.Decisions[next]!.Speaker, null, new Provenance(Name, 0.55, "the speaker is named in the quote that follows"));
    }
}
