namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// The tokens of a run that form the name, <c>[Start, End)</c>; empty (<see cref="IsEmpty"/>) when the run
/// names no one (<c>Politikus PDI Perjuangan</c> in "Politikus PDI Perjuangan itu mengatakan").
/// </summary>
internal readonly record struct NameSpan(int Start, int End)
{
    /// <summary>No word of the run is a name: every word is a role or description.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The empty span of a run ending at <paramref name="runEnd"/>.</summary>
    public static NameSpan None(int runEnd) => new(runEnd, runEnd);
}
