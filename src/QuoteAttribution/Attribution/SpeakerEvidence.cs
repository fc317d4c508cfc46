namespace QuoteAttribution.Attribution;

/// <summary>
/// How much the text vouches for a speaker as a real, named source, whoever chose it. A person introduced
/// with a title or role, or an organisation or collective the lexicons know, is well attested; a lone
/// capitalised name never given a role may be a place, a brand or a mis-split phrase (<c>Jombang</c>,
/// <c>Laut Dingin</c>), and a bare title names no one. Confidence is capped accordingly, so that a high
/// confidence keeps meaning a right speaker.
/// </summary>
internal static class SpeakerEvidence
{
    private const double UnattestedName = 0.85;
    private const double TitleOnly = 0.6;

    public static double Cap(AttributionContext context, Speaker speaker)
    {
        if (speaker.Entity < 0)
        {
            return speaker.Type == SpeakerType.Person ? TitleOnly : 1.0;
        }

        var entity = context.Entities[speaker.Entity];
        return entity.Type != SpeakerType.Person || entity.Roles.Count > 0 ? 1.0 : UnattestedName;
    }

    /// <summary>Caps every decision's confidence by its speaker's evidence.</summary>
    public static void Apply(AttributionContext context)
    {
        for (var q = 0; q < context.Decisions.Length; q++)
        {
            if (context.Decisions[q] is { Speaker: { } speaker } decision)
            {
                var cap = Cap(context, speaker);
                if (decision.Provenance.Confidence > cap)
                {
                    context.Decisions[q] = decision with { Provenance = decision.Provenance with { Confidence = cap } };
                }
            }
        }
    }
}
