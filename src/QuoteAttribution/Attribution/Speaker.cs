namespace QuoteAttribution.Attribution;

/// <summary>A resolved speaker: the name to report, its kind, other names and roles, and the entity it came from.</summary>
internal sealed record Speaker(string Name, SpeakerType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int Entity)
{
    public bool SameAs(Speaker? other) =>
        other is not null && (Entity >= 0 ? Entity == other.Entity : Name.Equals(other.Name, StringComparison.OrdinalIgnoreCase));
}
