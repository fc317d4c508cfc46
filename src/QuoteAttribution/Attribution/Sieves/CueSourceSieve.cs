using QuoteAttribution.Mentions;

namespace QuoteAttribution.Attribution.Sieves;

/// <summary>
/// The cue's own source names the speaker: a name (<c>kata Budi</c>), an organisation
/// (<c>BMKG menyatakan</c>), a collective (<c>kata polisi</c>) or a title that an earlier mention ties to a
/// name (<c>kata Kapolres</c>). The most precise sieve; pronouns are left to <see cref="PronounSieve"/>.
/// </summary>
internal sealed class CueSourceSieve : ISpeakerSieve
{
    public string Name => "cue-source";

    public Attribution? Decide(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var source = context.SourceOf(index);
        if (source is null)
        {
            return null;
        }

        return source.Kind switch
        {
            MentionKind.Name => Decided(context, source, 0.95, $"named at the cue '{quote.Cue?.Form}'"),
            MentionKind.Organization => Decided(context, source, 0.85, $"organisation at the cue '{quote.Cue?.Form}'"),
            MentionKind.Group => Decided(context, source, 0.8, $"group at the cue '{quote.Cue?.Form}'"),
            MentionKind.Title => Title(context, source),
            _ => null,
        };
    }

    private Attribution? Decided(AttributionContext context, Mention source, double confidence, string detail) =>
        context.SpeakerOf(source) is { } speaker ? new Attribution(speaker, source, new Provenance(Name, confidence, detail)) : null;

    private Attribution Title(AttributionContext context, Mention title)
    {
        for (var m = context.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = context.Mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Entity >= 0 && mention.FirstToken < title.FirstToken
                && mention.Role is not null && mention.Role.Contains(title.Name, StringComparison.OrdinalIgnoreCase))
            {
                return new Attribution(
                    context.SpeakerOf(context.Entities[mention.Entity]),
                    title,
                    new Provenance(Name, 0.8, $"title '{title.Name}' refers back to {context.Entities[mention.Entity].Canonical}"));
            }
        }

        // No earlier name carries this title: the most recent titled person before it is the likeliest referent.
        for (var m = context.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = context.Mentions[m];
            if (mention.Kind == MentionKind.Name && mention.Entity >= 0 && mention.FirstToken < title.FirstToken && mention.Role is not null && !mention.InsideQuote)
            {
                return new Attribution(
                    context.SpeakerOf(context.Entities[mention.Entity]),
                    title,
                    new Provenance(Name, 0.6, $"title '{title.Name}' taken to refer to the last titled person, {context.Entities[mention.Entity].Canonical}"));
            }
        }

        return new Attribution(
            new Speaker(title.Name, SpeakerType.Person, [], [title.Name], -1),
            title,
            new Provenance(Name, 0.55, $"title '{title.Name}' with no name in the article"));
    }
}
