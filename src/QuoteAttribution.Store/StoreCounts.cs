namespace QuoteAttribution.Store;

/// <summary>How many rows each table of a store holds.</summary>
/// <param name="Articles">Rows of <c>articles</c>.</param>
/// <param name="Speakers">Rows of <c>speakers</c>.</param>
/// <param name="Claims">Rows of <c>claims</c>.</param>
/// <param name="Appearances">Rows of <c>appearances</c>.</param>
public sealed record StoreCounts(long Articles, long Speakers, long Claims, long Appearances)
{
    /// <summary>One line for people: <c>1 article · 3 speakers · 9 claims · 9 appearances</c>.</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Articles:N0} articles · {Speakers:N0} speakers · {Claims:N0} claims · {Appearances:N0} appearances");
}
