namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// Speakers as <see cref="CandidateFeaturizer.Same"/> compares them, for dictionaries: one entity is one speaker; a
/// speaker of no entity (a group) is its name, case aside.
/// </summary>
internal sealed class SpeakerIdentity : IEqualityComparer<Speaker>
{
    public static readonly SpeakerIdentity Instance = new();

    private SpeakerIdentity()
    {
    }

    public bool Equals(Speaker? x, Speaker? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && CandidateFeaturizer.Same(x, y));

    public int GetHashCode(Speaker obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Entity >= 0 ? obj.Entity : StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name);
    }
}
