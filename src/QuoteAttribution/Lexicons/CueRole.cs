namespace QuoteAttribution.Lexicons;

/// <summary>Where a reporting cue stands relative to its source and content.</summary>
internal enum CueRole
{
    /// <summary><c>SOURCE mengatakan, CONTENT.</c></summary>
    Active,

    /// <summary><c>CONTENT, kata SOURCE.</c></summary>
    Inverted,

    /// <summary><c>CONTENT, katanya.</c>: the clitic <c>-nya</c> is the source.</summary>
    Clitic,

    /// <summary><c>CONTENT dikatakan (oleh) SOURCE.</c></summary>
    Passive,

    /// <summary><c>Menurut SOURCE, CONTENT.</c></summary>
    Preposition,

    /// <summary><c>Menurutnya, CONTENT.</c></summary>
    CliticPreposition,
}
