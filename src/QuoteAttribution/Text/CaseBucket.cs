namespace QuoteAttribution.Text;

/// <summary>
/// Sorts characters into buckets that case-insensitive (ordinal) comparison never crosses: two characters
/// equal ignoring case always share a bucket, so a hash or an index built on buckets agrees with
/// <see cref="StringComparison.OrdinalIgnoreCase"/>. ASCII letters fold to upper case; every other
/// character, and the ASCII letters i and s, share the bucket <see cref="Other"/>, because the only
/// characters outside ASCII whose upper case is ASCII are dotless ı (→ I) and long ſ (→ S).
/// </summary>
internal static class CaseBucket
{
    /// <summary>The bucket of every non-ASCII character and of i and s; the highest bucket.</summary>
    public const int Other = 0x80;

    /// <summary>The number of buckets.</summary>
    public const int Count = Other + 1;

    /// <summary>The bucket of <paramref name="c"/>, from 0 to <see cref="Other"/>.</summary>
    public static int Of(char c) => c switch
    {
        'i' or 's' or 'I' or 'S' or >= (char)0x80 => Other,
        >= 'a' and <= 'z' => c - ('a' - 'A'),
        _ => c,
    };
}
