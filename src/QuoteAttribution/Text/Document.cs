using QuoteAttribution.Lexicons;
using QuoteAttribution.Quotes;

namespace QuoteAttribution.Text;

/// <summary>
/// One article as the pipeline sees it: the caller's text (never changed, so every offset indexes it),
/// its tokens, paragraphs, sentences and quotation-mark pairs.
/// </summary>
internal sealed class Document
{
    public Document(string text, Token[] tokens, int datelineTokens, List<Paragraph> paragraphs, List<Sentence> sentences, List<QuotedSpan> quotedSpans, CorpusVocabulary vocabulary)
    {
        Text = text;
        Vocabulary = vocabulary;
        Tokens = tokens;
        DatelineTokens = datelineTokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        QuotedSpans = quotedSpans;
        SentenceOfToken = new int[tokens.Length];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
            {
                SentenceOfToken[k] = s;
            }
        }

        ParagraphOfToken = new int[tokens.Length];
        Array.Fill(ParagraphOfToken, -1);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var k = paragraphs[p].FirstToken; k < paragraphs[p].EndToken; k++)
            {
                ParagraphOfToken[k] = p;
            }
        }
    }

    public string Text { get; }

    /// <summary>The corpus statistics this article is analysed with.</summary>
    public CorpusVocabulary Vocabulary { get; }

    public Token[] Tokens { get; }

    /// <summary>How many leading tokens form the dateline (<c>JAKARTA, KOMPAS.com -</c>).</summary>
    public int DatelineTokens { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<QuotedSpan> QuotedSpans { get; }

    /// <summary>The sentence index of every token (boilerplate tokens belong to their own sentences).</summary>
    public int[] SentenceOfToken { get; }

    /// <summary>The paragraph index of every token.</summary>
    public int[] ParagraphOfToken { get; }

    /// <summary>
    /// Which tokens stand inside a quotation of three words or more (single marks excepted): names there are
    /// people spoken about, not speakers, and cues there are not the article's.
    /// </summary>
    public bool[] InsideQuotations()
    {
        var inside = new bool[Tokens.Length];
        foreach (var quoted in QuotedSpans)
        {
            if (quoted.IsSingle || quoted.WordCount(Tokens) < 3)
            {
                continue;
            }

            for (var k = quoted.FirstToken; k < quoted.EndToken; k++)
            {
                inside[k] = true;
            }
        }

        return inside;
    }

    public ReadOnlySpan<char> Word(int token) =>
        token >= 0 && token < Tokens.Length ? Text.AsSpan(Tokens[token].Start, Tokens[token].Length) : [];

    public string WordString(int token) => Word(token).ToString();

    public char FirstChar(int token) => Text[Tokens[token].Start];

    /// <summary>True when the token opens its sentence.</summary>
    public bool IsSentenceStart(int token) => Sentences[SentenceOfToken[token]].FirstToken == token;

    public bool IsBoilerplate(int token) => ParagraphOfToken[token] < 0 || Paragraphs[ParagraphOfToken[token]].IsBoilerplate;

    /// <summary>
    /// The text of tokens <c>[firstToken, endToken)</c> as written, except that two words a scraper glued
    /// together and the tokenizer split (<c>RakabumingRaka</c>) are given the space they lost.
    /// </summary>
    public string Slice(int firstToken, int endToken)
    {
        if (endToken <= firstToken)
        {
            return string.Empty;
        }

        var text = Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];
        for (var k = firstToken + 1; k < endToken; k++)
        {
            if (IsGlueSplit(k))
            {
                return Spaced(firstToken, endToken);
            }
        }

        return text;
    }

    /// <summary>True when token <paramref name="k"/> is a word the tokenizer split from the word before it, with no space between.</summary>
    public bool IsGlueSplit(int k) =>
        k > 0 && Tokens[k].Kind == TokenKind.Word && Tokens[k - 1].Kind == TokenKind.Word && Tokens[k - 1].End == Tokens[k].Start;

    private string Spaced(int firstToken, int endToken)
    {
        var builder = new System.Text.StringBuilder(Tokens[endToken - 1].End - Tokens[firstToken].Start + 4);
        for (var k = firstToken; k < endToken; k++)
        {
            if (k > firstToken)
            {
                builder.Append(IsGlueSplit(k) ? " " : Text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End));
            }

            builder.Append(Text.AsSpan(Tokens[k].Start, Tokens[k].Length));
        }

        return builder.ToString();
    }
}
