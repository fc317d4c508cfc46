namespace QuoteAttribution.Store;

/// <summary>The names of <see cref="SpeakerType"/> and <see cref="QuoteType"/> values as the store writes them (those of the corpus record).</summary>
internal static class SpeakerTypes
{
    public static string Name(SpeakerType type) => type switch
    {
        SpeakerType.Person => "person",
        SpeakerType.Organization => "organization",
        SpeakerType.Group => "group",
        SpeakerType.Unnamed => "unnamed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static SpeakerType? Parse(string name) => name switch
    {
        "person" => SpeakerType.Person,
        "organization" => SpeakerType.Organization,
        "group" => SpeakerType.Group,
        "unnamed" => SpeakerType.Unnamed,
        _ => null,
    };

    public static string Name(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        QuoteType.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
