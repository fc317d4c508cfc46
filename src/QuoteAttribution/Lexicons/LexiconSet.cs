using System.Collections.Frozen;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// The engine's word lists, loaded once from the data files embedded in the library
/// (<c>Lexicons/Data/*.txt</c>). Immutable and safe to share between threads.
/// </summary>
internal sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CueForm>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;
    private readonly FrozenDictionary<string, SpeakerType>.AlternateLookup<ReadOnlySpan<char>> _pronounLookup;
    private readonly FrozenDictionary<string, WordFacts>.AlternateLookup<ReadOnlySpan<char>> _factsLookup;

    private LexiconSet(
        FrozenDictionary<string, CueForm> cues,
        FrozenDictionary<string, SpeakerType> pronouns,
        PhraseLexicon titles,
        PhraseLexicon organizations,
        PhraseLexicon groups,
        FrozenDictionary<string, SpeakerType> groupTypes,
        WordSet groupOpeners,
        WordSet groupPrefixes,
        WordSet functionWords,
        WordSet prepositions,
        WordSet abbreviations,
        WordSet places,
        WordSet organizationWords,
        WordSet regionHeads,
        WordSet nameParticles,
        WordSet honorificNames,
        WordSet organizationHeads,
        WordSet degrees,
        IReadOnlyList<string> boilerplatePrefixes,
        IReadOnlyList<string[]> inlineFurniture)
    {
        InlineFurniture = inlineFurniture;
        NameParticles = nameParticles;
        HonorificNames = honorificNames;
        OrganizationHeads = organizationHeads;
        Degrees = degrees;
        RegionHeads = regionHeads;
        Places = places;
        OrganizationWords = organizationWords;
        Cues = cues;
        _cueLookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        Pronouns = pronouns;
        _pronounLookup = pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        Titles = titles;
        Organizations = organizations;
        Groups = groups;
        GroupTypes = groupTypes;
        GroupOpeners = groupOpeners;
        GroupPrefixes = groupPrefixes;
        FunctionWords = functionWords;
        Prepositions = prepositions;
        Abbreviations = abbreviations;
        BoilerplatePrefixes = boilerplatePrefixes;
        _factsLookup = CollectFacts().GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicons shipped with the library.</summary>
    public static LexiconSet Default => BuiltIn.Value;

    /// <summary>Reporting-cue forms by lower-case surface form.</summary>
    public FrozenDictionary<string, CueForm> Cues { get; }

    /// <summary>Pronouns that can stand for a speaker, with the kind of speaker they stand for.</summary>
    public FrozenDictionary<string, SpeakerType> Pronouns { get; }

    /// <summary>Titles, ranks and roles that precede names.</summary>
    public PhraseLexicon Titles { get; }

    /// <summary>Words that head or build organisation names.</summary>
    public PhraseLexicon Organizations { get; }

    /// <summary>Collective and unnamed sources (<c>polisi</c>, <c>seorang warga</c>).</summary>
    public PhraseLexicon Groups { get; }

    /// <summary>The speaker type of each group phrase, by lower-case phrase.</summary>
    public FrozenDictionary<string, SpeakerType> GroupTypes { get; }

    /// <summary>Words that open a collective or unnamed source before its noun (<c>para</c>, <c>seorang</c>).</summary>
    public WordSet GroupOpeners { get; }

    /// <summary>The openers that stand before a group noun of <see cref="Groups"/> (<c>para pengamat</c>).</summary>
    public WordSet GroupPrefixes { get; }

    /// <summary>Capitalised words that never form a person's name.</summary>
    public WordSet FunctionWords { get; }

    /// <summary>The function words marked as prepositions: a name right after one is its object, not a subject.</summary>
    public WordSet Prepositions { get; }

    /// <summary>Abbreviations whose full stop does not end a sentence (case-sensitive).</summary>
    public WordSet Abbreviations { get; }

    /// <summary>Place names that stand inside role phrases and never in a person's name.</summary>
    public WordSet Places { get; }

    /// <summary>Words that build names of offices and units (<c>Perhubungan</c>, <c>Reserse</c>).</summary>
    public WordSet OrganizationWords { get; }

    /// <summary>Words that head a region's name (<c>Kabupaten</c>, <c>Kota</c>): the next word is the region's name.</summary>
    public WordSet RegionHeads { get; }

    /// <summary>Words that can open a person's name as its first part (<c>I</c> Wayan Koster, <c>Lalu</c> Samsul Adnan).</summary>
    public WordSet NameParticles { get; }

    /// <summary>Titles that, with the word after them, are also a name a person is known by (<c>Gus</c> Ipul, <c>Bung</c> Karno).</summary>
    public WordSet HonorificNames { get; }

    /// <summary>Words that open an organisation's name and need its proper name after them (<c>PT</c> Pegadaian, <c>Bank</c> Mandiri).</summary>
    public WordSet OrganizationHeads { get; }

    /// <summary>Academic and professional degrees written after a name (<c>degrees.txt</c>, without full stops: SH, MPsi).</summary>
    public WordSet Degrees { get; }

    /// <summary>
    /// Whether <paramref name="word"/> is a degree: one of <see cref="Degrees"/> once its full stops are removed
    /// (<c>S.H.</c>, <c>M.Psi</c>), a specialist's (<c>SpKO</c>, <c>Sp.A</c>), or a short form with a full stop after
    /// its first capital (<c>S.Kom</c>, <c>M.Si</c>).
    /// </summary>
    public bool IsDegree(ReadOnlySpan<char> word)
    {
        const int Longest = 12;
        if (word.Length >= 3 && word.StartsWith("Sp", StringComparison.Ordinal) && (char.IsUpper(word[2]) || word[2] == '.')
            || word.Length >= 3 && word.Length <= 6 && char.IsUpper(word[0]) && word[1] == '.')
        {
            return true;
        }

        if (word.Length > Longest || word.Length < 2)
        {
            return false;
        }

        Span<char> letters = stackalloc char[Longest];
        var n = 0;
        foreach (var c in word)
        {
            if (c != '.')
            {
                letters[n++] = c;
            }
        }

        return Degrees.Contains(letters[..n]);
    }

    /// <summary>Line starts that mark page furniture (<c>Baca juga:</c>).</summary>
    public IReadOnlyList<string> BoilerplatePrefixes { get; }

    /// <summary>Furniture phrases cut out wherever they stand inside a paragraph, as words, longest first.</summary>
    public IReadOnlyList<string[]> InlineFurniture { get; }

    /// <summary>Everything the word lists say of one word (case-insensitive), in one lookup.</summary>
    public WordFacts Facts(ReadOnlySpan<char> word) => _factsLookup.TryGetValue(word, out var facts) ? facts : WordFacts.None;

    /// <summary>"di", "ke" or a region head ("Kabupaten", "Kota", "Desa"): what a place's name follows.</summary>
    public bool IsPlaceWord(ReadOnlySpan<char> word) => word is "di" or "ke" || (Facts(word) & WordFacts.RegionHead) != 0;

    /// <summary>The cue form of a word, or null.</summary>
    public CueForm? Cue(ReadOnlySpan<char> word) => _cueLookup.TryGetValue(word, out var cue) ? cue : null;

    /// <summary>The speaker type a pronoun stands for, or null when the word is no pronoun.</summary>
    public SpeakerType? Pronoun(ReadOnlySpan<char> word) =>
        _pronounLookup.TryGetValue(word, out var type) ? type : null;

    private static LexiconSet Load()
    {
        var cues = new Dictionary<string, CueForm>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in LexiconFile.Rows("cues.txt"))
        {
            if (fields.Length < 3)
            {
                throw new FormatException($"cues.txt:{line}: expected 'form<TAB>lemma<TAB>role[<TAB>flags]'.");
            }

            var flags = fields.Length > 3 ? fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            var role = ParseRole(fields[2]) ?? throw new FormatException($"cues.txt:{line}: unknown role '{fields[2]}'.");
            cues[fields[0]] = new CueForm(
                fields[0].ToLowerInvariant(),
                fields[1],
                role,
                flags.Contains("optional", StringComparer.Ordinal),
                flags.Contains("request", StringComparer.Ordinal),
                flags.Contains("weak", StringComparer.Ordinal));
        }

        var pronouns = LexiconFile.Rows("pronouns.txt").ToFrozenDictionary(
            r => r.Fields[0],
            r => r.Fields.Length > 1 && r.Fields[1] == "group" ? SpeakerType.Group : SpeakerType.Person,
            StringComparer.OrdinalIgnoreCase);

        var groupRows = LexiconFile.Rows("groups.txt").ToArray();
        var openerRows = LexiconFile.Rows("group-openers.txt").ToArray();
        var functionRows = LexiconFile.Rows("function-words.txt").ToArray();
        var groupTypes = groupRows.ToFrozenDictionary(
            r => r.Fields[0],
            r => r.Fields.Length > 1 && r.Fields[1] == "unnamed" ? SpeakerType.Unnamed : SpeakerType.Group,
            StringComparer.OrdinalIgnoreCase);

        return new LexiconSet(
            cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            pronouns,
            new PhraseLexicon(LexiconFile.Rows("titles.txt").Select(r => r.Fields[0])),
            new PhraseLexicon(LexiconFile.Rows("organizations.txt").Select(r => r.Fields[0])),
            new PhraseLexicon(groupRows.Select(r => r.Fields[0])),
            groupTypes,
            new WordSet(openerRows.Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(openerRows.Where(r => r.Fields.Length > 1 && r.Fields[1] == "prefix").Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(functionRows.Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(functionRows.Where(r => r.Fields.Length > 1 && r.Fields[1] == "preposition").Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(LexiconFile.Rows("abbreviations.txt").Select(r => r.Fields[0]), StringComparer.Ordinal),
            new WordSet(Words("places.txt"), StringComparer.OrdinalIgnoreCase),
            new WordSet(Words("org-words.txt"), StringComparer.OrdinalIgnoreCase),
            new WordSet(Words("region-heads.txt"), StringComparer.OrdinalIgnoreCase),
            new WordSet(LexiconFile.Rows("name-particles.txt").Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(LexiconFile.Rows("honorific-names.txt").Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(LexiconFile.Rows("organization-heads.txt").Select(r => r.Fields[0]), StringComparer.OrdinalIgnoreCase),
            new WordSet(LexiconFile.Rows("degrees.txt").Select(r => r.Fields[0]), StringComparer.Ordinal),
            LexiconFile.Rows("boilerplate.txt").Select(r => r.Fields[0]).ToArray(),
            LexiconFile.Rows("inline-furniture.txt")
                .Select(r => r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .OrderByDescending(words => words.Length)
                .ToArray());
    }

    /// <summary>One table of the facts of every word some list holds (every list here ignores case).</summary>
    private FrozenDictionary<string, WordFacts> CollectFacts()
    {
        var facts = new Dictionary<string, WordFacts>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordFacts fact)
        {
            foreach (var word in words)
            {
                facts[word] = facts.GetValueOrDefault(word) | fact;
            }
        }

        Add(FunctionWords.Words, WordFacts.FunctionWord);
        Add(Titles.FirstWords, WordFacts.TitleStart);
        Add(Titles.FirstWords.Where(w => Titles.ContainsWord(w)), WordFacts.TitleWord);
        Add(Organizations.FirstWords, WordFacts.OrganizationStart);
        Add(Organizations.FirstWords.Where(w => Organizations.ContainsWord(w)), WordFacts.OrganizationWord);
        Add(Places.Words, WordFacts.Place);
        Add(OrganizationWords.Words, WordFacts.OfficeWord);
        Add(RegionHeads.Words, WordFacts.RegionHead);
        Add(Cues.Keys, WordFacts.Cue);
        Add(Pronouns.Keys, WordFacts.Pronoun);
        Add(Groups.FirstWords, WordFacts.GroupStart);
        Add(GroupOpeners.Words, WordFacts.GroupStart);
        Add(NameParticles.Words, WordFacts.NameParticle);
        Add(HonorificNames.Words, WordFacts.HonorificName);
        Add(OrganizationHeads.Words, WordFacts.OrganizationHead);
        return facts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Words(string file) =>
        LexiconFile.Rows(file).SelectMany(r => r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase);

    private static CueRole? ParseRole(string role) => role switch
    {
        "active" => CueRole.Active,
        "inverted" => CueRole.Inverted,
        "clitic" => CueRole.Clitic,
        "passive" => CueRole.Passive,
        "preposition" => CueRole.Preposition,
        "clitic-preposition" => CueRole.CliticPreposition,
        _ => null,
    };
}
