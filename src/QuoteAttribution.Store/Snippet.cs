using System.Text;

namespace QuoteAttribution.Store;

/// <summary>Marks the words of a claim that match a query's terms, <c>Pavel [menegaskan] …</c>, and cuts long claims around the first match.</summary>
internal static class Snippet
{
    private const int MaxLength = 240;

    public static string Highlight(string content, IReadOnlyList<SearchTerm> terms)
    {
        var wanted = terms.SelectMany(t => t.Stems.Prepend(t.Word)).ToHashSet(StringComparer.Ordinal);
        var builder = new StringBuilder(content.Length + 16);
        var firstMatch = -1;
        var i = 0;
        while (i < content.Length)
        {
            if (!char.IsLetterOrDigit(content[i]))
            {
                builder.Append(content[i++]);
                continue;
            }

            var start = i;
            while (i < content.Length && char.IsLetterOrDigit(content[i]))
            {
                i++;
            }

            var word = content[start..i];
            var stems = IndonesianStemmer.Stems(word);
            if (stems.Any(wanted.Contains))
            {
                firstMatch = firstMatch < 0 ? builder.Length : firstMatch;
                builder.Append('[').Append(word).Append(']');
            }
            else
            {
                builder.Append(word);
            }
        }

        var marked = builder.ToString();
        if (marked.Length <= MaxLength)
        {
            return marked;
        }

        var from = Math.Max(0, Math.Min(firstMatch - (MaxLength / 3), marked.Length - MaxLength));
        var cut = marked.Substring(from, MaxLength);
        return (from > 0 ? "…" : string.Empty) + cut + (from + MaxLength < marked.Length ? "…" : string.Empty);
    }
}
