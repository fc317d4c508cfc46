using QuoteAttribution.Corpus;
using QuoteAttribution.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// An article's text as score.py handles it: finds quote contents (<c>locate</c>), trims them
/// (<c>trim</c>) and measures spans in code points, as Python's string indexes do. Spans are kept in
/// UTF-16 units; only lengths and overlaps go through code points.
/// </summary>
internal sealed class ArticleText
{
    /// <summary>What score.py strips from both ends of a span: quote marks, white space and <c>, . ; :</c>.</summary>
    private const string Strip = "\"'“”‘’«»„‟‹›`´ \t\r\n,.;:";

    private readonly string text;

    // codePoints[i] = the number of code points before UTF-16 index i; null when there are no surrogate pairs.
    private readonly int[]? codePoints;

    public ArticleText(string text)
    {
        this.text = text;
        if (text.Any(char.IsSurrogate))
        {
            codePoints = new int[text.Length + 1];
            for (var i = 0; i < text.Length; i++)
            {
                codePoints[i + 1] = codePoints[i] + (IsPairEnd(i) ? 0 : 1);
            }
        }
    }

    /// <summary>
    /// Where <paramref name="quote"/>'s content stands: at its <c>content_start</c> when the content is there,
    /// else its first occurrence not in <paramref name="used"/> (else its first occurrence); null when absent.
    /// </summary>
    public TextSpan? Locate(AnnotatedQuote quote, IReadOnlySet<TextSpan> used)
    {
        var content = quote.Content;
        if (quote.ContentStart is { } offset)
        {
            var start = CodePointBoundaryAtOrAfter(offset);
            if (start + content.Length <= text.Length && string.CompareOrdinal(text, start, content, 0, content.Length) == 0)
            {
                return new TextSpan(start, start + content.Length);
            }
        }

        if (content.Length == 0)
        {
            return null;
        }

        var first = text.IndexOf(content, StringComparison.Ordinal);
        var position = first;
        while (position != -1 && used.Contains(new TextSpan(position, position + content.Length)))
        {
            var next = position + (IsPairStart(position) ? 2 : 1);
            position = next > text.Length ? -1 : text.IndexOf(content, next, StringComparison.Ordinal);
        }

        if (position == -1)
        {
            position = first;
        }

        return position == -1 ? null : new TextSpan(position, position + content.Length);
    }

    /// <summary><paramref name="span"/> without the quote marks, white space and <c>, . ; :</c> at its ends.</summary>
    public TextSpan Trim(TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && Strip.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && Strip.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>The code point index of UTF-16 index <paramref name="index"/> (a code point boundary).</summary>
    public int CodePointIndex(int index) => codePoints?[index] ?? index;

    /// <summary>The first <paramref name="maxCodePoints"/> code points of the text under <paramref name="span"/>.</summary>
    public string Excerpt(TextSpan span, int maxCodePoints)
    {
        var end = span.Start;
        for (var count = 0; end < span.End && count < maxCodePoints; count++)
        {
            end += IsPairStart(end) && end + 2 <= span.End ? 2 : 1;
        }

        return text[span.Start..end];
    }

    // score.py's utf16_to_py, mapped back to UTF-16: the first code point boundary at or after the offset.
    private int CodePointBoundaryAtOrAfter(int offset) =>
        offset >= text.Length ? text.Length : IsPairEnd(offset) ? offset + 1 : offset;

    private bool IsPairStart(int i) => i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]);

    private bool IsPairEnd(int i) => i > 0 && IsPairStart(i - 1);
}
