namespace QuoteAttribution.Corpus;

/// <summary>
/// The names of the corpus record (<c>../shared/annotation/GUIDELINES.md</c>): field names and the
/// spellings of <see cref="QuoteType"/> and <see cref="SpeakerType"/>. Readers and writers both use these.
/// </summary>
internal static class RecordSchema
{
    public const string Id = "id";
    public const string Text = "text";
    public const string Title = "title";
    public const string Quotes = "quotes";

    public const string Content = "content";
    public const string ContentStart = "content_start";
    public const string ContentEnd = "content_end";
    public const string Type = "type";
    public const string Cue = "cue";
    public const string CueStart = "cue_start";
    public const string Source = "source";
    public const string SourceStart = "source_start";
    public const string Speaker = "speaker";
    public const string SpeakerType = "speaker_type";
    public const string Aliases = "aliases";
    public const string Roles = "roles";
    public const string Optional = "optional";
    public const string Confidence = "confidence";
    public const string Provenance = "provenance";
    public const string Rule = "rule";
    public const string Detail = "detail";

    public static string Name(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        QuoteType.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Name(QuoteAttribution.SpeakerType type) => type switch
    {
        QuoteAttribution.SpeakerType.Person => "person",
        QuoteAttribution.SpeakerType.Organization => "organization",
        QuoteAttribution.SpeakerType.Group => "group",
        QuoteAttribution.SpeakerType.Unnamed => "unnamed",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static QuoteType? ParseQuoteType(string name) => name switch
    {
        "direct" => QuoteType.Direct,
        "indirect" => QuoteType.Indirect,
        "mixed" => QuoteType.Mixed,
        _ => null,
    };

    public static QuoteAttribution.SpeakerType? ParseSpeakerType(string name) => name switch
    {
        "person" => QuoteAttribution.SpeakerType.Person,
        "organization" => QuoteAttribution.SpeakerType.Organization,
        "group" => QuoteAttribution.SpeakerType.Group,
        "unnamed" => QuoteAttribution.SpeakerType.Unnamed,
        _ => null,
    };
}
