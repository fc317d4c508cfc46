namespace QuoteAttribution.Text;

/// <summary>Layout facts about a token.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>White space stands before the token.</summary>
    SpaceBefore = 1,

    /// <summary>A line break stands before the token.</summary>
    NewlineBefore = 2,

    /// <summary>
    /// No white space, but a paragraph boundary: paragraphs glued together by a scraper
    /// (<c>tahun.Namun</c>, <c>Penindakan BrutalKakorlantas</c>).
    /// </summary>
    GluedBoundary = 4,

    /// <summary>The token starts with an upper-case letter.</summary>
    Capitalized = 8,

    /// <summary>The token has two or more letters, all upper case (<c>KPK</c>, <c>JAKARTA</c>).</summary>
    AllCaps = 16,
}
