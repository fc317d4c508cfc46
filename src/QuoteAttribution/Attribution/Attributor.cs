using QuoteAttribution.Attribution.Sieves;

namespace QuoteAttribution.Attribution;

/// <summary>Runs the sieves in order, each over every quote still undecided.</summary>
internal sealed class Attributor
{
    private readonly IReadOnlyList<ISpeakerSieve> _sieves =
    [
        new CueSourceSieve(),
        new PronounSieve(),
        new MultiParagraphSieve(),
        new ContinuationSieve(),
        new QuoteBeforeSpeakerSieve(),
        new NearestPersonSieve(),
    ];

    public void Attribute(AttributionContext context)
    {
        foreach (var sieve in _sieves)
        {
            for (var q = 0; q < context.Quotes.Count; q++)
            {
                context.Decisions[q] ??= sieve.Decide(context, q);
            }
        }
    }
}
