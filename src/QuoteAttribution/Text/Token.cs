namespace QuoteAttribution.Text;

/// <summary>A token: a half-open range of the original text with its kind and layout flags.</summary>
/// <param name="Start">First code unit (inclusive).</param>
/// <param name="End">One past the last code unit (exclusive).</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Flags">Layout facts.</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
