using QuoteAttribution.Lexicons;
using QuoteAttribution.Quotes;

namespace QuoteAttribution.Text;

/// <summary>Builds a <see cref="Document"/>: tokens, dateline, paragraphs, quotation marks, sentences.</summary>
internal sealed class DocumentBuilder
{
    private readonly Tokenizer _tokenizer;
    private readonly Boilerplate _boilerplate;
    private readonly CorpusVocabulary _vocabulary;
    private readonly bool _asUnseen;

    public DocumentBuilder(LexiconSet lexicons)
        : this(lexicons, CorpusVocabulary.Default)
    {
    }

    /// <param name="lexicons">The word lists.</param>
    /// <param name="vocabulary">The corpus statistics the document is analysed with.</param>
    /// <param name="asUnseen">
    /// Analyse an article of the vocabulary's own corpus with its own words taken back out of the statistics, as
    /// an unseen article would be (training and cross-validation on the real articles).
    /// </param>
    public DocumentBuilder(LexiconSet lexicons, CorpusVocabulary vocabulary, bool asUnseen = false)
    {
        _tokenizer = new Tokenizer(lexicons);
        _boilerplate = new Boilerplate(lexicons);
        _vocabulary = vocabulary;
        _asUnseen = asUnseen;
    }

    public Document Build(string text)
    {
        var vocabulary = _asUnseen ? _vocabulary.For(text) : _vocabulary;
        var tokens = _tokenizer.Tokenize(text, vocabulary);
        var dateline = Boilerplate.DatelineLength(text, tokens);
        var lines = LineParagraphs(text, tokens, dateline);
        var quoted = QuoteMarkPairer.Pair(text, tokens, lines);
        var paragraphs = SplitGluedParagraphs(text, tokens, lines, quoted);
        var sentences = SentenceSplitter.Split(text, tokens, paragraphs, quoted);
        return new Document(text, tokens, dateline, paragraphs, sentences, quoted, vocabulary);
    }

    private List<Paragraph> LineParagraphs(string text, Token[] tokens, int first)
    {
        var paragraphs = new List<Paragraph>();
        var start = first;
        for (var k = first + 1; k <= tokens.Length; k++)
        {
            if (k == tokens.Length || tokens[k].Has(TokenFlags.NewlineBefore))
            {
                if (k > start)
                {
                    var furniture = _boilerplate.IsBoilerplate(text, tokens, start, k);
                    var rest = furniture && _boilerplate.StartsWithMarker(text, tokens, start) ? FirstSentenceEnd(text, tokens, start, k) : k;
                    AddCuttingInlineFurniture(paragraphs, text, tokens, start, rest, furniture);

                    if (rest < k)
                    {
                        // "Baca juga: <headline>" glued to the next paragraph: only its first sentence is furniture.
                        AddCuttingInlineFurniture(paragraphs, text, tokens, rest, k, _boilerplate.IsBoilerplate(text, tokens, rest, k));
                    }
                }

                start = k;
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// Adds the paragraph <c>tokens[start..end)</c>, cut where inline furniture stands in it (an advert flattened into
    /// the line): the phrase becomes a furniture paragraph and the text on either side a paragraph of its own.
    /// A range already judged furniture, or without such a phrase, is added whole.
    /// </summary>
    private void AddCuttingInlineFurniture(List<Paragraph> paragraphs, string text, Token[] tokens, int start, int end, bool furniture)
    {
        if (furniture)
        {
            paragraphs.Add(new Paragraph(start, end, true));
            return;
        }

        var from = start;
        for (var k = start; k < end; k++)
        {
            var length = _boilerplate.InlineFurnitureLength(text, tokens, k, end);
            if (length == 0)
            {
                continue;
            }

            if (k > from)
            {
                paragraphs.Add(new Paragraph(from, k, _boilerplate.IsBoilerplate(text, tokens, from, k)));
            }

            paragraphs.Add(new Paragraph(k, k + length, true));
            from = k + length;
            k = from - 1;
        }

        if (from == start)
        {
            paragraphs.Add(new Paragraph(start, end, false));
        }
        else if (from < end)
        {
            paragraphs.Add(new Paragraph(from, end, _boilerplate.IsBoilerplate(text, tokens, from, end)));
        }
    }

    private static int FirstSentenceEnd(string text, Token[] tokens, int start, int end)
    {
        for (var k = start + 4; k < end; k++)
        {
            if (tokens[k - 1].Kind == TokenKind.Terminal && text[tokens[k - 1].Start] == '.' && tokens[k].Has(TokenFlags.Capitalized))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>True when the mark at <paramref name="token"/> opens a quotation (seams are rare: a scan does).</summary>
    private static bool OpensQuotation(List<QuotedSpan> quoted, int token)
    {
        foreach (var span in quoted)
        {
            if (span.OpenMark == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits line paragraphs at the seams of glued paragraphs; a seam before an opening mark moves before the mark.</summary>
    private List<Paragraph> SplitGluedParagraphs(string text, Token[] tokens, List<Paragraph> lines, List<QuotedSpan> quoted)
    {
        var result = new List<Paragraph>(lines.Count);
        foreach (var line in lines)
        {
            var start = line.FirstToken;
            for (var k = line.FirstToken + 1; k < line.EndToken; k++)
            {
                var seam = -1;
                if (tokens[k].Has(TokenFlags.GluedBoundary))
                {
                    seam = OpensQuotation(quoted, k - 1) ? k - 1 : k;
                }

                if (seam > start)
                {
                    result.Add(new Paragraph(start, seam, line.IsBoilerplate || _boilerplate.IsBoilerplate(text, tokens, start, seam)));
                    start = seam;
                }
            }

            // An unsplit line keeps the verdict LineParagraphs gave that very range.
            var furniture = line.IsBoilerplate || start != line.FirstToken && _boilerplate.IsBoilerplate(text, tokens, start, line.EndToken);
            result.Add(new Paragraph(start, line.EndToken, furniture));
        }

        return result;
    }
}
