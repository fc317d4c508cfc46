using QuoteAttribution.Quotes;

namespace QuoteAttribution.Text;

/// <summary>
/// Splits paragraphs into sentences at full stops, question and exclamation marks. Abbreviations keep
/// their full stop in the tokenizer, so they never end a sentence; the inside of a quotation never
/// splits its sentence (<c>"A. B," kata dia.</c> is one sentence); a quotation that ends a sentence
/// inside its marks (<c>… bersama." Polisi …</c>) ends it after the closing mark.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, Token[] tokens, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<QuotedSpan> quotes)
    {
        var insideQuote = new bool[tokens.Length];
        var closingMarks = new HashSet<int>();
        foreach (var quote in quotes)
        {
            if (quote.IsSingle)
            {
                continue;
            }

            for (var k = quote.FirstToken; k < quote.EndToken; k++)
            {
                insideQuote[k] = true;
            }

            if (quote.CloseMark >= 0)
            {
                insideQuote[quote.CloseMark] = true;
                closingMarks.Add(quote.CloseMark);
            }
        }

        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var start = paragraph.FirstToken;
            for (var k = paragraph.FirstToken; k < paragraph.EndToken - 1; k++)
            {
                var token = tokens[k];
                var next = tokens[k + 1];
                var ends = false;
                if (token.Kind == TokenKind.Terminal && !insideQuote[k])
                {
                    ends = StartsSentence(text, next);
                }
                else if (closingMarks.Contains(k) && k > 0 && tokens[k - 1].Kind == TokenKind.Terminal)
                {
                    ends = next.Kind == TokenKind.Word && next.Has(TokenFlags.Capitalized) || next.Kind == TokenKind.QuoteMark;
                }

                if (ends)
                {
                    sentences.Add(new Sentence(start, k + 1, p));
                    start = k + 1;
                }
            }

            if (start < paragraph.EndToken)
            {
                sentences.Add(new Sentence(start, paragraph.EndToken, p));
            }
        }

        return sentences;
    }

    private static bool StartsSentence(string text, Token next) =>
        next.Kind switch
        {
            TokenKind.Word => next.Has(TokenFlags.Capitalized),
            TokenKind.Number or TokenKind.QuoteMark or TokenKind.Url => true,
            TokenKind.Punctuation => text[next.Start] is '(' or '[' or '-' or '–' or '—',
            _ => false,
        };
}
