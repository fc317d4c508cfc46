namespace QuoteAttribution.Lexicons;

/// <summary>
/// What the lexicons say of one word, all found by a single lookup (<see cref="LexiconSet.Facts"/>):
/// which lists hold it, and which phrases it can open.
/// </summary>
[Flags]
internal enum WordFacts : ushort
{
    None = 0,

    /// <summary>In <c>function-words.txt</c>.</summary>
    FunctionWord = 1 << 0,

    /// <summary>The first word of some title or role (<c>titles.txt</c>).</summary>
    TitleStart = 1 << 1,

    /// <summary>A whole one-word title (<c>Presiden</c>).</summary>
    TitleWord = 1 << 2,

    /// <summary>The first word of some organisation (<c>organizations.txt</c>).</summary>
    OrganizationStart = 1 << 3,

    /// <summary>A whole one-word organisation.</summary>
    OrganizationWord = 1 << 4,

    /// <summary>A word of a place name (<c>places.txt</c>).</summary>
    Place = 1 << 5,

    /// <summary>A word of an office or organisation name (<c>org-words.txt</c>).</summary>
    OfficeWord = 1 << 6,

    /// <summary>A word that heads a region's name (<c>Kabupaten</c>, <c>Desa</c>).</summary>
    RegionHead = 1 << 7,

    /// <summary>A reporting-cue form (<c>cues.txt</c>).</summary>
    Cue = 1 << 8,

    /// <summary>A pronoun that can stand for a speaker (<c>pronouns.txt</c>).</summary>
    Pronoun = 1 << 9,

    /// <summary>A word a collective or unnamed source can start with: the first word of a <c>groups.txt</c> phrase, or an opener (<c>group-openers.txt</c>).</summary>
    GroupStart = 1 << 10,

    /// <summary>A word that can open a person's name as its first part (<c>name-particles.txt</c>: I, Ni, Lalu, Andi, Teuku).</summary>
    NameParticle = 1 << 11,

    /// <summary>A title that is also the first word of the form a person is known by (<c>honorific-names.txt</c>: Gus, Bung). Not a tagger feature.</summary>
    HonorificName = 1 << 12,

    /// <summary>A word that opens an organisation's name and needs the name after it (<c>organization-heads.txt</c>: PT, Bank, Partai). Not a tagger feature.</summary>
    OrganizationHead = 1 << 13,

    /// <summary>Not a fact of the word: marks a per-document cache entry as looked up.</summary>
    LookedUp = 1 << 15,
}
