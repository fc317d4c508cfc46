using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions.Names;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// Finds the expressions that can name a speaker: capitalised runs split into roles and names
/// (<c>Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo</c> → role + <c>Syafrin Liputo</c>), titles
/// standing alone, organisations, pronouns and collective sources. Where a run is taken for a person's
/// name, the trained <see cref="NameTagger"/> (when given) decides which of its words are the name.
/// </summary>
internal sealed class MentionFinder
{
    private static readonly string[] NameConnectors = ["bin", "binti", "al", "el", "van", "von", "de", "der", "da", "dos"];

    private readonly LexiconSet _lexicons;
    private readonly NameTagger? _tagger;

    /// <param name="lexicons">The word lists.</param>
    /// <param name="tagger">The trained name tagger, or null to split names from roles by the rules alone.</param>
    public MentionFinder(LexiconSet lexicons, NameTagger? tagger)
    {
        _lexicons = lexicons;
        _tagger = tagger;
    }

    /// <summary>The article's mentions, in text order.</summary>
    /// <param name="doc">The article.</param>
    /// <param name="insideQuote">Which tokens stand inside a quotation.</param>
    /// <param name="nameRuns">When given, receives every run taken for a person's name (for training the tagger).</param>
    public List<Mention> Find(Document doc, bool[] insideQuote, List<NameRun>? nameRuns = null)
    {
        var lowerWords = new LowerCaseVocabulary(doc);
        var facts = new TokenFacts(doc, _lexicons);
        var wordUses = new ArticleWordUses(doc, facts);
        var mentions = new List<Mention>();
        var tokens = doc.Tokens;
        var k = doc.DatelineTokens;
        while (k < tokens.Length)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || doc.IsBoilerplate(k))
            {
                k++;
                continue;
            }

            var word = doc.Word(k);
            // One lookup per word (kept for the rest of the search) tells what it can start.
            if (facts.Any(k, WordFacts.Pronoun) && _lexicons.Pronoun(word) is { } pronounType)
            {
                mentions.Add(new Mention(k, k + 1, MentionKind.Pronoun, token.Span, word.ToString(), null, k, pronounType) { InsideQuote = insideQuote[k] });
                k++;
                continue;
            }

            var groupLength = facts.Any(k, WordFacts.GroupStart) ? GroupLength(doc, k) : 0;
            if (groupLength > 0)
            {
                var phrase = doc.Slice(k, k + groupLength);
                var head = doc.Slice(k + groupLength - 1, k + groupLength);
                var type = _lexicons.GroupTypes.TryGetValue(phrase, out var t) ? t
                    : phrase.StartsWith("seorang", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("salah", StringComparison.OrdinalIgnoreCase) ? SpeakerType.Unnamed
                    : _lexicons.GroupTypes.TryGetValue(head, out t) ? t : SpeakerType.Group;
                mentions.Add(new Mention(k, k + groupLength, MentionKind.Group, new TextSpan(token.Start, tokens[k + groupLength - 1].End), phrase, null, k, type) { InsideQuote = insideQuote[k] });
                k += groupLength;
                continue;
            }

            if (token.Has(TokenFlags.Capitalized) && OpensNoMention(doc, k, word, facts))
            {
                k++;
                continue;
            }

            if (token.Has(TokenFlags.Capitalized) && (!facts.Any(k, WordFacts.FunctionWord) || OpensNameAsParticle(doc, k, facts)))
            {
                var end = ExtendRun(doc, k, facts);
                var mention = Classify(doc, k, end, facts, lowerWords, wordUses, nameRuns);
                if (mention is not null)
                {
                    mentions.Add(mention with { InsideQuote = insideQuote[k] });
                }

                k = end;
                continue;
            }

            k++;
        }

        GiveAppositionsTheirTitles(doc, mentions);
        return mentions;
    }

    /// <summary>
    /// "Kapolres Kendal, AKBP Hendry Susanto": a title standing alone, a comma, then a name. The name is the
    /// title's holder, so a later bare "Kapolres" can refer back to him.
    /// </summary>
    private static void GiveAppositionsTheirTitles(Document doc, List<Mention> mentions)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            var title = mentions[m - 1];
            var name = mentions[m];
            if (title.Kind == MentionKind.Title && name.Kind == MentionKind.Name && name.FirstToken == title.EndToken + 1
                && Quotes.Clauses.IsPunct(doc, title.EndToken, ','))
            {
                mentions[m] = name with { Role = name.Role is null ? title.Name : title.Name + ", " + name.Role };
            }
        }
    }

    /// <summary>The length of the collective source at <paramref name="k"/>, a word that can start one.</summary>
    private int GroupLength(Document doc, int k)
    {
        if (doc.Tokens[k].Has(TokenFlags.Capitalized) && doc.Word(k).Length > 1 && !doc.IsSentenceStart(k))
        {
            return 0;
        }

        var prefix = _lexicons.GroupPrefixes.Contains(doc.Word(k)) ? 1 : 0;

        var length = _lexicons.Groups.LongestMatch(doc, k, static (d, i) => d.Word(i));
        if (length > 0)
        {
            return Described(doc, k, length);
        }

        // "seorang penggemar", "salah seorang mahasiswi", "salah satu pedagang": one unnamed person.
        var unnamed = doc.Word(k).Equals("seorang", StringComparison.OrdinalIgnoreCase) ? 1
            : doc.Word(k).Equals("salah", StringComparison.OrdinalIgnoreCase)
              && (doc.Word(k + 1).Equals("seorang", StringComparison.OrdinalIgnoreCase) || doc.Word(k + 1).Equals("satu", StringComparison.OrdinalIgnoreCase)) ? 2
            : 0;
        if (unnamed > 0 && k + unnamed < doc.Tokens.Length && doc.Tokens[k + unnamed].Kind == TokenKind.Word
            && !doc.Tokens[k + unnamed].Has(TokenFlags.Capitalized))
        {
            // The noun and what describes it: "seorang mantan karyawan bagian pemasaran", up to four words.
            var described = unnamed + 1;
            while (described < unnamed + 4 && k + described < doc.Tokens.Length && IsDescriptiveWord(doc, k + described))
            {
                described++;
            }

            return described;
        }

        length = prefix > 0 ? _lexicons.Groups.LongestMatch(doc, k + prefix, static (d, i) => d.Word(i)) : 0;
        return length > 0 ? Described(doc, k, prefix + length) : 0;
    }

    /// <summary>
    /// The length of the collective at <paramref name="k"/> with up to two words that describe it after its noun,
    /// when a cue or punctuation follows them: "media lokal melaporkan", "kata para ahli keselamatan,", "netizen
    /// lainnya menulis". Without such a boundary the words are the clause's predicate ("pemerintah perlu …").
    /// </summary>
    private int Described(Document doc, int k, int length)
    {
        const int MostWords = 2;
        var end = k + length;
        var described = end;
        while (described < end + MostWords && described < doc.Tokens.Length && IsDescriptiveWord(doc, described)
            && !_lexicons.FunctionWords.Contains(doc.Word(described)))
        {
            described++;
            if (described == doc.Tokens.Length || doc.Tokens[described].Kind != TokenKind.Word || _lexicons.Cue(doc.Word(described)) is not null)
            {
                return described - k;
            }
        }

        return length;
    }

    private static readonly string[] DescriptionStops =
    [
        "yang", "di", "dari", "asal", "ke", "dengan", "pada", "saat", "ketika", "itu", "ini", "juga", "pun", "tersebut", "dan", "atau",
        "telah", "belum", "sempat", "sangat", "perlu", "ingin", "kini", "kemudian", "sebelumnya", "lagi",
    ];

    /// <summary>A lower-case word that can go on describing an unnamed person (not a cue, a link word or a name).</summary>
    private bool IsDescriptiveWord(Document doc, int k)
    {
        var token = doc.Tokens[k];
        if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Capitalized) || _lexicons.Cue(doc.Word(k)) is not null)
        {
            return false;
        }

        var word = doc.Word(k);
        foreach (var stop in DescriptionStops)
        {
            if (word.Equals(stop, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // meN-/ber-/ter-/di- verbs end the description ("seorang warga mengaku ...").
        return !(word.StartsWith("me", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ber", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("ter", StringComparison.OrdinalIgnoreCase) || word.StartsWith("di", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="k"/> belongs to no mention: a degree set off by a comma after a
    /// name ("Itida Yasar, SH, MPsi"); a headline word the scraper glued to the name after it ("CURHATpilu"); a cue
    /// opening the sentence ("Kata Budi, …", "Menurut Agus, …"), which stands before the source, never in its name.
    /// </summary>
    private bool OpensNoMention(Document doc, int k, ReadOnlySpan<char> word, TokenFacts facts) =>
        k > 0 && Quotes.Clauses.IsPunct(doc, k - 1, ',') && _lexicons.IsDegree(word)
        || IsShoutedThenLower(word)
        || facts.Any(k, WordFacts.Cue) && doc.IsSentenceStart(k);

    /// <summary>Four capitals or more, then two lower-case letters or more: "CURHATpilu", never a name (unlike "McDonald", "IQAir").</summary>
    private static bool IsShoutedThenLower(ReadOnlySpan<char> word)
    {
        var caps = 0;
        while (caps < word.Length && char.IsUpper(word[caps]))
        {
            caps++;
        }

        if (caps < 4 || word.Length - caps < 2)
        {
            return false;
        }

        foreach (var c in word[caps..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Kepala Dinas Sosial Kota Mataram, Lalu Samsul Adnan": a capitalised function word that is also a name
    /// particle (Sasak "Lalu", "then" elsewhere) opens a name inside a sentence when a capitalised name word follows,
    /// one that is neither a function word nor an organisation's word ("Lalu Lintas" is traffic).
    /// </summary>
    private static bool OpensNameAsParticle(Document doc, int k, TokenFacts facts)
    {
        var tokens = doc.Tokens;
        return facts.Any(k, WordFacts.NameParticle) && tokens[k].Has(TokenFlags.Capitalized)
            && !doc.IsSentenceStart(k)
            && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Has(TokenFlags.Capitalized)
            && !tokens[k + 1].Has(TokenFlags.GluedBoundary)
            && !facts.Any(k + 1, WordFacts.FunctionWord | WordFacts.OrganizationWord | WordFacts.OrganizationStart);
    }

    /// <summary>
    /// An initial ("M.", "A.") or an abbreviated first name among the name particles ("Moh.", "Sy."): a word ending in
    /// a full stop that is no title ("H." is Haji, "Dr." a degree).
    /// </summary>
    private bool IsInitial(Document doc, int k, TokenFacts facts)
    {
        var word = doc.Word(k);
        if (word.Length < 2 || word[^1] != '.' || facts.Any(k, WordFacts.TitleStart | WordFacts.TitleWord) || _lexicons.Titles.StartsPhrase(word[..^1]))
        {
            return false;
        }

        return word.Length == 2 && char.IsUpper(word[0]) || facts.Any(k, WordFacts.NameParticle);
    }

    private static int ExtendRun(Document doc, int start, TokenFacts facts)
    {
        var tokens = doc.Tokens;
        var end = start + 1;
        var organizational = facts.Any(start, WordFacts.OrganizationStart);
        while (end < tokens.Length)
        {
            var token = tokens[end];
            if (token.Has(TokenFlags.GluedBoundary) || token.Has(TokenFlags.NewlineBefore))
            {
                break;
            }

            var word = doc.Word(end);
            if (token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized))
            {
                if (facts.Any(end, WordFacts.FunctionWord) && !facts.Any(end, WordFacts.TitleStart | WordFacts.OrganizationStart)
                    && !OpensNameAsParticle(doc, end, facts))
                {
                    break;
                }

                organizational |= facts.Any(end, WordFacts.OrganizationStart);
                end++;
                continue;
            }

            if (token.Kind == TokenKind.Word && end + 1 < tokens.Length && tokens[end + 1].Has(TokenFlags.Capitalized)
                && (IsNameConnector(word)
                    || organizational && word.Equals("dan", StringComparison.Ordinal)
                    || facts.Any(end, WordFacts.TitleWord)))
            {
                end++;
                continue;
            }

            // "(Korlantas)", "(ALFI)": an acronym in brackets inside the run.
            var afterBrackets = AcronymBracketsEnd(doc, end);
            if (afterBrackets > end && afterBrackets < tokens.Length && tokens[afterBrackets].Has(TokenFlags.Capitalized))
            {
                end = afterBrackets;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// "(Korlantas)", "(Menko PMK)": one to four capitalised words in brackets at <paramref name="k"/>;
    /// returns the token after ')' or <paramref name="k"/> when there are none.
    /// </summary>
    private static int AcronymBracketsEnd(Document doc, int k)
    {
        if (k >= doc.Tokens.Length || doc.Tokens[k].Kind != TokenKind.Punctuation || doc.FirstChar(k) != '(')
        {
            return k;
        }

        for (var j = k + 1; j < doc.Tokens.Length && j <= k + 5; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Punctuation && doc.FirstChar(j) == ')')
            {
                return j > k + 1 ? j + 1 : k;
            }

            if (!doc.Tokens[j].Has(TokenFlags.Capitalized))
            {
                return k;
            }
        }

        return k;
    }

    private static bool IsNameConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in NameConnectors)
        {
            if (word.Equals(connector, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private Mention? Classify(Document doc, int start, int end, TokenFacts facts, LowerCaseVocabulary lowerWords, ArticleWordUses wordUses, List<NameRun>? nameRuns)
    {
        var tokens = doc.Tokens;
        var i = start;
        var roleEnd = start;
        var sawOrganization = false;
        var sawTitle = false;
        var organizationHeadFirst = facts.OrganizationLength(start, end - start) > 0 && facts.TitleLength(start, end - start) == 0;
        while (i < end)
        {
            var word = doc.Word(i);
            var title = facts.TitleLength(i, end - i);
            if (title > 0)
            {
                i += title;
                roleEnd = i;
                sawTitle = true;
                continue;
            }

            var organization = facts.OrganizationLength(i, end - i);
            if (organization > 0)
            {
                // "Kabupaten Ngawi": a region head takes the region's name with it.
                var regionName = organization == 1 && facts.Any(i, WordFacts.RegionHead) && i + 2 < end ? 1 : 0;
                i += organization + regionName;
                roleEnd = i;
                sawOrganization = true;
                continue;
            }

            if (roleEnd > start && (facts.Any(i, WordFacts.OfficeWord | WordFacts.Place) || tokens[i].Has(TokenFlags.AllCaps)
                || word.Equals("dan", StringComparison.Ordinal) || doc.FirstChar(i) is '(' or ')'))
            {
                i++;
                roleEnd = i;
                continue;
            }

            if (AcronymBracketsEnd(doc, i) is var closed && closed > i && closed <= end)
            {
                i = closed;
                roleEnd = i;
                continue;
            }

            break;
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var role = roleEnd > start ? doc.Slice(start, roleEnd) : null;
        if (roleEnd >= end)
        {
            // A run that opens with a title is a role ("Ketua DPC Partai Gerindra"), whatever offices follow.
            if (facts.TitleLength(start, end - start) > 0)
            {
                return new Mention(start, end, MentionKind.Title, span, role!, role, start, SpeakerType.Person);
            }

            return sawOrganization || organizationHeadFirst
                ? new Mention(start, end, MentionKind.Organization, span, doc.Slice(start, end), null, start, SpeakerType.Organization)
                : sawTitle ? new Mention(start, end, MentionKind.Title, span, role!, role, start, SpeakerType.Person) : null;
        }

        var nameStart = roleEnd;

        // Within what is left, the name is what follows the last title, organisation or place word
        // ("Prabowo-Gibran Kabupaten Manggarai Barat Yosef Suhardi" → "Yosef Suhardi").
        for (var x = end - 1; x > nameStart; x--)
        {
            if (facts.Any(x, WordFacts.TitleWord | WordFacts.OrganizationWord | WordFacts.Place | WordFacts.OfficeWord) || doc.FirstChar(x) is '(' or ')'
                || x - 1 >= start && facts.Any(x - 1, WordFacts.RegionHead) && x + 1 < end)
            {
                nameStart = x + 1;
                role = doc.Slice(start, Math.Min(nameStart, end));
                break;
            }
        }

        if (nameStart >= end)
        {
            // Roles, offices and places only: "Sekretaris Jenderal Komite Olimpiade Indonesia".
            return sawTitle
                ? new Mention(start, end, MentionKind.Title, span, doc.Slice(start, end), doc.Slice(start, end), start, SpeakerType.Person)
                : organizationHeadFirst || sawOrganization
                    ? new Mention(start, end, MentionKind.Organization, span, doc.Slice(start, end), null, start, SpeakerType.Organization)
                    : null;
        }

        // "Kecamatan Peterongan", "Desa Tugusumberjo": a region, no speaker.
        if (!sawTitle && facts.Any(start, WordFacts.RegionHead) && end - start <= 3)
        {
            return null;
        }

        // "Kepala Pelaksana BPBD Jombang, Wiku Bowo": one unknown word closing a role, then a comma and a
        // name: the word is the role's place or office, and the name after the comma is the person.
        if ((end - nameStart == 1 || end - nameStart >= 3 && sawTitle) && nameStart > start && end + 1 < tokens.Length && Quotes.Clauses.IsPunct(doc, end, ',')
            && tokens[end + 1].Has(TokenFlags.Capitalized) && !facts.Any(end + 1, WordFacts.FunctionWord))
        {
            return new Mention(start, end, MentionKind.Title, span, doc.Slice(start, end), doc.Slice(start, end), start, SpeakerType.Person);
        }

        // An organisation named by a head word and one proper word: "Bank Mandiri", "Partai Gerindra".
        if (organizationHeadFirst && !sawTitle && end - nameStart < 2)
        {
            return new Mention(start, end, MentionKind.Organization, span, doc.Slice(start, end), null, start, SpeakerType.Organization);
        }

        // Acronyms alone (KPK, BMKG) are organisations; an all-caps place (JAKARTA) is a dateline, no mention.
        if (!sawTitle && end - nameStart <= 2 && AllCaps(tokens, nameStart, end))
        {
            if (facts.Any(nameStart, WordFacts.Place) || end < tokens.Length && doc.FirstChar(end) is '-' or '–' or '—')
            {
                return null;
            }

            return new Mention(start, end, MentionKind.Organization, span, doc.Slice(start, end), null, start, SpeakerType.Organization);
        }

        // A capitalised common word at a sentence start ("Kebijakan", "Penindakan") is not a name.
        while (nameStart < end && !sawTitle && LooksCommon(doc, nameStart, facts, lowerWords))
        {
            nameStart++;
        }

        if (nameStart >= end)
        {
            return null;
        }

        // Trailing all-caps tokens after a name are degrees or acronyms ("Budi Santoso SH").
        var nameEnd = end;
        while (nameEnd - nameStart > 1 && tokens[nameEnd - 1].Has(TokenFlags.AllCaps))
        {
            nameEnd--;
        }

        if (OnlyPlacesOfficesOrDegrees(doc, nameStart, nameEnd, facts))
        {
            return null;
        }

        var run = new NameRun(doc, facts, lowerWords, wordUses, start, end, new NameSpan(nameStart, nameEnd));
        nameRuns?.Add(run);
        if (_tagger is not null && _tagger.Tag(run) is { } tagged)
        {
            if (tagged.IsEmpty)
            {
                // A role or description that names no one ("Politikus PDI Perjuangan"): it refers, like a title.
                return new Mention(start, end, MentionKind.Title, span, doc.Slice(start, end), doc.Slice(start, end), start, SpeakerType.Person);
            }

            (nameStart, nameEnd) = (tagged.Start, tagged.End);
            role = nameStart > start ? doc.Slice(start, nameStart) : null;
        }

        if (nameStart == start + 1 && facts.Any(start, WordFacts.FunctionWord) && OpensNameAsParticle(doc, start, facts))
        {
            // The particle that opened the run ("Lalu Samsul Adnan") is the name's, not a role: nothing else in front.
            nameStart = start;
            role = null;
        }

        if (nameEnd - nameStart >= 3 && doc.Word(nameEnd - 1).Equals(doc.Word(nameStart), StringComparison.OrdinalIgnoreCase))
        {
            // "Prabowo Subianto Prabowo ditanya": a scraper that joined a caption to the text repeated the first name.
            nameEnd--;
        }

        var initials = nameStart;
        while (initials > start && IsInitial(doc, initials - 1, facts))
        {
            initials--;
        }

        if (initials < nameStart && nameEnd - nameStart >= 1)
        {
            // "Kepala Dinas M. Wisnu Trihanggodo", "BPS Moh. Reza Pahlevi": an initial or an abbreviated first name
            // right before the name is its first word, never a role.
            nameStart = initials;
            role = nameStart > start ? doc.Slice(start, nameStart) : null;
        }

        return new Mention(start, end, MentionKind.Name, span, doc.Slice(nameStart, nameEnd), role, nameStart, SpeakerType.Person);
    }

    private static bool AllCaps(Token[] tokens, int start, int end)
    {
        for (var x = start; x < end; x++)
        {
            if (!tokens[x].Has(TokenFlags.AllCaps))
            {
                return false;
            }
        }

        return true;
    }

    private bool OnlyPlacesOfficesOrDegrees(Document doc, int start, int end, TokenFacts facts)
    {
        for (var x = start; x < end; x++)
        {
            if (!(facts.Any(x, WordFacts.Place | WordFacts.OfficeWord) || _lexicons.IsDegree(doc.Word(x))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksCommon(Document doc, int k, TokenFacts facts, LowerCaseVocabulary lowerWords)
    {
        var word = doc.Word(k);
        if (lowerWords.Contains(k) || facts.Any(k, WordFacts.Cue))
        {
            return true;
        }

        if (word.Length > 5 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return word.Length > 6 && word.EndsWith("an", StringComparison.OrdinalIgnoreCase)
            && (word.StartsWith("pe", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ke", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("me", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ber", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("di", StringComparison.OrdinalIgnoreCase));
    }

}
