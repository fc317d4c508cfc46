namespace QuoteAttribution;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerType
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A named organisation, institution or company.</summary>
    Organization,

    /// <summary>A collective source such as <c>polisi</c>, <c>warga</c> or <c>para ahli</c>.</summary>
    Group,

    /// <summary>A single unnamed person, such as <c>seorang warga</c>.</summary>
    Unnamed,
}
