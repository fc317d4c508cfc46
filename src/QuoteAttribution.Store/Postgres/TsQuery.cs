namespace QuoteAttribution.Store.Postgres;

/// <summary>
/// Turns search terms into the text of a PostgreSQL <c>to_tsquery('simple', …)</c> that can only be a word search:
/// each word and stem is a quoted lexeme (<c>'word' | 'stem'</c>, quotes and backslashes escaped), so operators
/// (<c>&amp;</c>, <c>|</c>, <c>!</c>, <c>&lt;-&gt;</c>, <c>:*</c>) in user text are never operators. The text goes to
/// the server as a parameter, never as SQL.
/// </summary>
internal static class TsQuery
{
    /// <summary>One term: the word or any of its stems (the stems include the word).</summary>
    public static string Term(SearchTerm term) =>
        "(" + string.Join(" | ", term.Stems.Append(term.Word).Distinct(StringComparer.Ordinal).Select(Quote)) + ")";

    /// <summary>All the terms.</summary>
    public static string All(IReadOnlyList<SearchTerm> terms) => string.Join(" & ", terms.Select(Term));

    /// <summary>Any of the terms.</summary>
    public static string Any(IReadOnlyList<SearchTerm> terms) => string.Join(" | ", terms.Select(Term));

    /// <summary>A quoted lexeme: single quotes around, inner quotes doubled, backslashes escaped.</summary>
    public static string Quote(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
