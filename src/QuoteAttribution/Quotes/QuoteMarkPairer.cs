using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Pairs quotation marks inside each paragraph in one left-to-right pass. A mark opens or closes by
/// what flanks it (white space, letters, punctuation), and by state when both would do, so straight
/// <c>"</c>, curly <c>“ ”</c> and the Kompas print style <c>”…”</c> all pair. A quote left open at a
/// paragraph's end (the multi-paragraph convention), or at the seam of glued paragraphs, ends there;
/// stray marks never swallow the rest of the article. Single marks pair only outside double quotes.
/// </summary>
internal static class QuoteMarkPairer
{
    public static List<QuotedSpan> Pair(string text, Token[] tokens, IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<QuotedSpan>();
        var previousLeftOpen = false;
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsBoilerplate)
            {
                previousLeftOpen = PairParagraph(text, tokens, paragraph.FirstToken, paragraph.EndToken, previousLeftOpen, spans);
            }
        }

        return spans;
    }

    /// <summary>Pairs the marks of one paragraph; returns true when a quote was left open at its end.</summary>
    private static bool PairParagraph(string text, Token[] tokens, int first, int end, bool previousLeftOpen, List<QuotedSpan> spans)
    {
        var open = -1;
        var sawMark = false;
        var singleOpen = -1;
        for (var k = first; k < end; k++)
        {
            var token = tokens[k];
            if (open >= 0 && k > open + 1 && token.Has(TokenFlags.GluedBoundary) && tokens[k - 1].Kind != TokenKind.QuoteMark)
            {
                // A quote never crosses the seam of two glued paragraphs.
                spans.Add(Make(text, tokens, open, -1, k, isSingle: false));
                open = -1;
            }

            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var mark = text[token.Start];
            var spaceBefore = k == first || token.Has(TokenFlags.SpaceBefore) || IsOpeningBracket(text, tokens[k - 1]);
            var spaceAfter = k + 1 >= end || tokens[k + 1].Has(TokenFlags.SpaceBefore)
                || tokens[k + 1].Kind is TokenKind.Punctuation && !IsOpeningBracket(text, tokens[k + 1])
                || tokens[k + 1].Kind == TokenKind.Terminal;
            var canOpen = !spaceAfter && !QuoteMarks.IsClosingShape(mark) || !spaceAfter && spaceBefore;
            var canClose = !spaceBefore && !QuoteMarks.IsOpeningOnly(mark);

            if (QuoteMarks.IsSingle(mark))
            {
                if (open >= 0)
                {
                    continue; // a quote inside a double quote is part of its content
                }

                if (singleOpen < 0 && spaceBefore && !spaceAfter)
                {
                    singleOpen = k;
                }
                else if (singleOpen >= 0 && canClose && (spaceAfter || !char.IsLetter(text[tokens[k + 1].Start])))
                {
                    spans.Add(Make(text, tokens, singleOpen, k, k, isSingle: true));
                    singleOpen = -1;
                }

                continue;
            }

            singleOpen = -1;
            if (open < 0 && !sawMark && previousLeftOpen && canClose && !canOpen && k > first)
            {
                // The previous paragraph opened a quote and this one, without an opening mark of its own,
                // closes it: the quote's second paragraph runs from here to the mark.
                var content = new TextSpan(tokens[first].Start, tokens[k].Start);
                spans.Add(new QuotedSpan(first, k, first, k, content, IsSingle: false));
                sawMark = true;
                continue;
            }

            sawMark = true;
            if (open < 0)
            {
                if (canOpen || !canClose)
                {
                    open = k;
                }

                continue; // otherwise a stray closing mark
            }

            if (QuoteMarks.IsOpeningOnly(mark) && !canClose)
            {
                // A new opening mark while one is open: the previous quote ran to here unclosed.
                spans.Add(Make(text, tokens, open, -1, k, isSingle: false));
                open = k;
                continue;
            }

            spans.Add(Make(text, tokens, open, k, k, isSingle: false));
            open = -1;
        }

        if (open >= 0)
        {
            spans.Add(Make(text, tokens, open, -1, end, isSingle: false));
            return true;
        }

        return false;
    }

    private static bool IsOpeningBracket(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '(' or '[' or '{' or '—' or '–' or '-' or ':';

    private static QuotedSpan Make(string text, Token[] tokens, int open, int close, int endToken, bool isSingle)
    {
        var firstToken = open + 1;
        var contentStart = tokens[open].End;
        var contentEnd = close >= 0 ? tokens[close].Start : endToken > firstToken ? tokens[endToken - 1].End : contentStart;
        while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new QuotedSpan(open, close, firstToken, endToken, new TextSpan(contentStart, contentEnd), isSingle);
    }
}
