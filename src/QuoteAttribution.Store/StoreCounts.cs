namespace QuoteAttribution.Store;

/// <summary>How many rows each table of a store holds.</summary>
/// <param name="Articles">Rows of <c>articles</c>.</param>
/// <param name="Speakers">Rows of <c>speakers</c>.</param>
/// <param name="Claims">Rows of <c>claims</c>.</param>
/// <param name="Appearances">Rows of <c>appearances</c>.</param>
public sealed record StoreCounts(long Articles, long Speakers, long Claims, long Appearances)
{
    /// <summary>One line for people: <c>1 article · 3 speakers · 9 claims · 9 appearances</c>.</summary>
    public override string ToString() =>
        $"{Count(Articles, "article")} · {Count(Speakers, "speaker")} · {Count(Claims, "claim")} · {Count(Appearances, "appearance")}";

    private static string Count(long count, string noun) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : noun + "s")}");
}
