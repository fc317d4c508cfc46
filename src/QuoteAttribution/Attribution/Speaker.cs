namespace QuoteAttribution.Attribution;

/// <summary>A resolved speaker: the name to report, its kind, other names and roles, and the entity it came from.</summary>
internal sealed record Speaker(string Name, SpeakerType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int Entity);
