namespace QuoteAttribution.Store.Sqlite;

/// <summary>
/// Turns user text into an FTS5 <c>MATCH</c> expression that cannot be anything but a word search: the text is
/// cut into folded words (letters and digits only), each word becomes quoted strings (<c>"word" OR stems:"stem"</c>),
/// so quotes, operators (<c>NEAR(</c>, <c>AND</c>, <c>*</c>, <c>:</c>) and SQL fragments are only words or nothing.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The expression for one term: the word in any column, or any of its stems in the stems column.</summary>
    public static string Term(SearchTerm term) =>
        "(" + string.Join(" OR ", term.Stems.Select(s => "stems:" + Quote(s)).Prepend(Quote(term.Word))) + ")";

    /// <summary>All the terms (AND), or null when the text has no word.</summary>
    public static string? All(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 0 ? null : string.Join(" AND ", terms.DistinctBy(t => t.Word, StringComparer.Ordinal).Select(Term));

    /// <summary>Any of the terms (OR), or null when the text has no word.</summary>
    public static string? Any(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 0 ? null : string.Join(" OR ", terms.DistinctBy(t => t.Word, StringComparer.Ordinal).Select(Term));

    /// <summary>An FTS5 string: double quotes around, inner double quotes doubled.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
