namespace QuoteAttribution.Claims;

/// <summary>A speaker as one article names it: the input of <see cref="SpeakerMerging"/>.</summary>
/// <param name="Name">The speaker's canonical name in that article.</param>
/// <param name="Type">The kind of speaker; null when the article did not say.</param>
/// <param name="Aliases">The other forms of the name in that article.</param>
public sealed record NamedSpeaker(string Name, SpeakerType? Type, IReadOnlyList<string> Aliases);
