namespace QuoteAttribution.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens (<c>negara-negara</c>), apostrophes or dots (<c>S.H.</c>).</summary>
    Word,

    /// <summary>A number, date or amount (<c>14.900</c>, <c>19/4/2022</c>, <c>3,5</c>).</summary>
    Number,

    /// <summary>A quotation mark of any style.</summary>
    QuoteMark,

    /// <summary>A full stop, question or exclamation mark, or an ellipsis.</summary>
    Terminal,

    /// <summary>Any other punctuation or symbol.</summary>
    Punctuation,

    /// <summary>A web address or e-mail address.</summary>
    Url,
}
