namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// A paragraph of a multi-paragraph quote (opening mark, no closing mark) belongs to the speaker of the
/// quote it runs into: the cue usually follows only the last paragraph.
/// </summary>
internal sealed class MultiParagraphSieve : ISpeakerSieve
{
    public string Name => "multi-paragraph";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        if (!quote.Unclosed || quote.Cue is not null)
        {
            return null;
        }

        for (var next = index + 1; next < context.Quotes.Count; next++)
        {
            if (context.Decisions[next]?.Speaker is { } speaker)
            {
                return new Attribution(speaker, null, new Provenance(Name, 0.85, "the quote runs on into the next paragraph's quote"));
            }

            if (!context.Quotes[next].Unclosed)
            {
                return null;
            }
        }

        return null;
    }
}
