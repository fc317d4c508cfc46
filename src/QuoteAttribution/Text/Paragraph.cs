namespace QuoteAttribution.Text;

/// <summary>A paragraph: tokens <c>[FirstToken, EndToken)</c>.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="IsBoilerplate">Page furniture (<c>Baca juga:</c>, bylines, captions): never speech.</param>
internal readonly record struct Paragraph(int FirstToken, int EndToken, bool IsBoilerplate);
