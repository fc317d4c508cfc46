namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// What a token of a run is. A run reads role words, then the name, then trailing words (degrees, a glued
/// word): the labels go <see cref="Role"/>* <see cref="Name"/>+ <see cref="Trailing"/>*, never back.
/// </summary>
internal enum NameLabel : byte
{
    /// <summary>A title, role, office, party, place or description before the name.</summary>
    Role = 0,

    /// <summary>A word of the name.</summary>
    Name = 1,

    /// <summary>A word after the name (a degree, an acronym, a glued word).</summary>
    Trailing = 2,
}
