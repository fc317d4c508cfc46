namespace QuoteAttribution.Lexicons;

/// <summary>
/// How a word is written across a corpus of real news, each count in a logarithmic bucket
/// (<see cref="Bucket"/>: 0 for never, then 1 + floor(log2 n), at most 9). Names and common words differ in
/// these: "seniman" and "perjuangan" are mostly written in lower case, "Kristiyanto" never; a surname ends
/// capitalised runs, a role opens them; a place follows "di", "ke" or a region head ("Kabupaten Garut"), a
/// first name seldom does.
/// </summary>
/// <param name="Lower">Written in lower case.</param>
/// <param name="CapitalizedInside">Capitalised, not at a sentence start and not in capitals throughout.</param>
/// <param name="BesideCue">Capitalised and right before or after a reporting cue (<c>kata Hasto</c>, <c>Hasto mengatakan</c>).</param>
/// <param name="RunFirst">The first word of a run of two or more capitalised words.</param>
/// <param name="RunLast">The last word of such a run.</param>
/// <param name="AfterPlaceWord">Capitalised right after "di" or "ke" or a region head (<c>di Garut</c>, <c>Kabupaten Garut</c>): where places and organisations stand.</param>
internal readonly record struct WordCounts(byte Lower, byte CapitalizedInside, byte BesideCue, byte RunFirst, byte RunLast, byte AfterPlaceWord)
{
    /// <summary>Number of counts.</summary>
    public const int Fields = 6;

    /// <summary>The sum of the first five buckets: 0 exactly when the corpus never held the word (as far as it was kept).</summary>
    public int Total => Lower + CapitalizedInside + BesideCue + RunFirst + RunLast;

    /// <summary>The bucket of a count: 0 for none, else 1 + floor(log2 n), at most 9.</summary>
    public static byte Bucket(int count) => count <= 0 ? (byte)0 : (byte)Math.Min(9, 1 + (int)Math.Log2(count));

    /// <summary>The buckets of raw <paramref name="counts"/>, less <paramref name="excluded"/> when given.</summary>
    public static WordCounts From(int[] counts, int[]? excluded) => new(
        Bucket(counts[0] - (excluded?[0] ?? 0)),
        Bucket(counts[1] - (excluded?[1] ?? 0)),
        Bucket(counts[2] - (excluded?[2] ?? 0)),
        Bucket(counts[3] - (excluded?[3] ?? 0)),
        Bucket(counts[4] - (excluded?[4] ?? 0)),
        Bucket(counts[5] - (excluded?[5] ?? 0)));
}
