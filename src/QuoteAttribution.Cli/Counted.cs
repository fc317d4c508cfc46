using System.Globalization;

namespace QuoteAttribution.Cli;

/// <summary>A count with its noun in the right number, for every message: <c>1 article</c>, <c>1,771 articles</c>, <c>0 errors</c>.</summary>
internal static class Counted
{
    /// <summary><paramref name="count"/> with thousands separators, then <paramref name="noun"/>, plural (with <c>s</c>) unless the count is one.</summary>
    public static string Of(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : noun + "s")}");
}
