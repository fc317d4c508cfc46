namespace QuoteAttribution;

/// <summary>Turns analysed articles into the flat table of <see cref="QuoteRow"/> and writes it as CSV.</summary>
public static class QuoteRows
{
    /// <summary>One row per quote of every article, articles in order, quotes in text order.</summary>
    public static IEnumerable<QuoteRow> ToRows(this IEnumerable<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.SelectMany(a => a.ToRows());
    }

    /// <summary>
    /// Writes a header (<see cref="QuoteRow.Columns"/>) and one line per row, RFC 4180: a cell holding a comma, a
    /// quotation mark or a line break is quoted, its quotation marks doubled. Lines end with <c>\n</c>.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="output">Where to write; the caller owns it (not flushed or closed).</param>
    public static void WriteCsv(this IEnumerable<QuoteRow> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        WriteLine(output, QuoteRow.Columns);
        foreach (var row in rows)
        {
            WriteLine(output, row.Cells());
        }
    }

    /// <summary>Writes one CSV line of <paramref name="cells"/>, quoting each cell that needs it.</summary>
    public static void WriteCsvLine(TextWriter output, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(cells);
        WriteLine(output, cells);
    }

    private static void WriteLine(TextWriter output, IEnumerable<string> cells)
    {
        output.Write(string.Join(',', cells.Select(Escape)));
        output.Write('\n');
    }

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
