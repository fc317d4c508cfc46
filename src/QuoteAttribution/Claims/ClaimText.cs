namespace QuoteAttribution.Claims;

/// <summary>
/// When two quotes are the same claim: their normalised contents (folded words, see <see cref="TextFolding"/>)
/// are equal, or near-equal: they share at least <see cref="NearEqualThreshold"/> of their distinct words
/// (Jaccard) and each has at least <see cref="MinimumWordsForNearEqual"/> words.
/// </summary>
public static class ClaimText
{
    /// <summary>The least word-set Jaccard similarity at which two contents are near-equal.</summary>
    public const double NearEqualThreshold = 0.8;

    /// <summary>Contents shorter than this (in words) are the same claim only when equal.</summary>
    public const int MinimumWordsForNearEqual = 5;

    /// <summary>The normalised content: folded words joined by spaces.</summary>
    public static string Key(string content) => TextFolding.Key(content);

    /// <summary>The Jaccard similarity of the two word sets, in <c>[0, 1]</c>.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>True when two contents, given as their word lists, are the same claim.</summary>
    public static bool AreSame(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return true;
        }

        return a.Count >= MinimumWordsForNearEqual && b.Count >= MinimumWordsForNearEqual
            && Similarity(a.ToHashSet(StringComparer.Ordinal), b.ToHashSet(StringComparer.Ordinal)) >= NearEqualThreshold;
    }
}
