namespace QuoteAttribution.Text;

/// <summary>A sentence: tokens <c>[FirstToken, EndToken)</c>, inside one paragraph.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Paragraph">Index of its paragraph.</param>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Paragraph)
{
    public int Count => EndToken - FirstToken;
}
