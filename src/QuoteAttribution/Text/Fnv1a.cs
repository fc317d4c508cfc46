using System.Globalization;

namespace QuoteAttribution.Text;

/// <summary>
/// The 64-bit FNV-1a hash of a text's UTF-16 code units, written as 16 lower-case hex digits: a stable key that
/// needs no cryptography library at start-up (how the corpus vocabulary names its articles, and how a trained
/// ranker records the feature list it was trained on).
/// </summary>
internal static class Fnv1a
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="text"/> in hex.</summary>
    public static string Hex64(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
