namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// The fallback: the person most recently named outside quotations before the quote, within three
/// paragraphs. Low confidence by design; the trained ranker replaces it where a model is present.
/// </summary>
internal sealed class NearestPersonSieve : ISpeakerSieve
{
    public string Name => "nearest-person";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var anchor = quote.CueToken >= 0 ? Math.Min(quote.CueToken, quote.FirstToken) : quote.FirstToken;
        var named = context.LastPersonBefore(anchor, personLikeOnly: true);
        if (named is null || named.Entity < 0 || context.ParagraphOf(anchor) - context.ParagraphOf(named.FirstToken) > 3)
        {
            return null;
        }

        return new Attribution(context.SpeakerOf(context.Entities[named.Entity]), null, new Provenance(Name, 0.35, $"{named.Name} is the person named nearest before"));
    }
}
