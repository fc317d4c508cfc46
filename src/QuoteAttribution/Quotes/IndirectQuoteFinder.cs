using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Finds reported speech without quotation marks, sentence by sentence, from its cue:
/// <c>SOURCE mengatakan(,| bahwa) CONTENT.</c>, <c>CONTENT, kata SOURCE.</c>, <c>CONTENT, katanya.</c>,
/// <c>Menurut SOURCE, CONTENT.</c>, <c>Menurutnya, CONTENT.</c> and the interposed
/// <c>A, kata dia, B.</c>. A clause holding a quoted fragment is <see cref="QuoteType.Mixed"/>.
/// </summary>
internal sealed class IndirectQuoteFinder
{
    private static readonly string[] RequestLinks = ["agar", "supaya", "untuk"];

    private readonly LexiconSet _lexicons;

    public IndirectQuoteFinder(LexiconSet lexicons) => _lexicons = lexicons;

    public List<QuoteCandidate> Find(Document doc, IReadOnlyList<QuoteCandidate> direct, bool[] insideQuote)
    {
        var directTokens = new bool[doc.Tokens.Length];
        foreach (var quote in direct)
        {
            for (var k = Math.Max(0, quote.FirstToken - 1); k < Math.Min(doc.Tokens.Length, quote.EndToken + 1); k++)
            {
                directTokens[k] = true;
            }
        }

        var found = new List<QuoteCandidate>();
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (sentence.Count < 4 || doc.IsBoilerplate(sentence.FirstToken) || sentence.FirstToken < doc.DatelineTokens)
            {
                continue;
            }

            var candidate = FindInSentence(doc, sentence, insideQuote, directTokens);
            if (candidate is not null)
            {
                found.Add(candidate);
            }
            else
            {
                BackReference(doc, s, directTokens, found);
            }
        }

        found.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        return found;
    }

    private QuoteCandidate? FindInSentence(Document doc, Sentence sentence, bool[] insideQuote, bool[] directTokens)
    {
        var a = sentence.FirstToken;
        var b = sentence.EndToken;
        var contentEnd = TrimEnd(doc, a, b);
        for (var k = a; k < contentEnd; k++)
        {
            if (insideQuote[k] || directTokens[k] || doc.Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            var cue = _lexicons.Cue(doc.Word(k)) ?? VerbBeforeBahwa(doc, k);
            if (cue is null)
            {
                continue;
            }

            var candidate = cue.Role switch
            {
                CueRole.Active when !cue.IsWeak || Clauses.IsWord(doc, k + 1, "bahwa") || Clauses.IsPunct(doc, k + 1, ',') => Active(doc, a, k, contentEnd, cue, directTokens),
                CueRole.Preposition => Menurut(doc, a, k, contentEnd, cue, directTokens),
                CueRole.CliticPreposition => MenurutClitic(doc, a, k, contentEnd, cue, directTokens),
                CueRole.Inverted or CueRole.Clitic => Inverted(doc, a, k, contentEnd, cue, directTokens),
                _ => null,
            };
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    private static readonly string[] BackReferenceHeads = ["hal itu", "hal tersebut", "hal ini", "hal senada", "pernyataan itu", "pernyataan tersebut", "demikian", "begitu"];

    /// <summary>
    /// "Hal itu disampaikan (oleh) X …": a passive cue pointing back. The sentences it points at (the rest of
    /// its paragraph before it, or the whole previous paragraph when it opens one) are X's reported speech,
    /// one quote each.
    /// </summary>
    private void BackReference(Document doc, int s, bool[] directTokens, List<QuoteCandidate> found)
    {
        var sentence = doc.Sentences[s];
        var a = sentence.FirstToken;
        var head = 0;
        for (var n = 1; n <= 2 && head == 0; n++)
        {
            if (a + n < sentence.EndToken && BackReferenceHeads.Contains(doc.Slice(a, a + n), StringComparer.OrdinalIgnoreCase))
            {
                head = n;
            }
        }

        var cueToken = a + head;
        if (head == 0 || _lexicons.Cue(doc.Word(cueToken)) is not { Role: CueRole.Passive } cue)
        {
            return;
        }

        var sourceStart = Clauses.IsWord(doc, cueToken + 1, "oleh") ? cueToken + 2 : cueToken + 1;
        var sourceEnd = Clauses.SourceRegionEnd(doc, sourceStart, sentence.EndToken);
        if (sourceEnd <= sourceStart)
        {
            return;
        }

        var paragraph = sentence.Paragraph;
        var opensParagraph = doc.Paragraphs[paragraph].FirstToken == a;
        var targetParagraph = opensParagraph ? paragraph - 1 : paragraph;
        for (var t = s - 1; t >= 0 && t >= s - 3 && doc.Sentences[t].Paragraph == targetParagraph; t--)
        {
            var target = doc.Sentences[t];
            if (doc.IsBoilerplate(target.FirstToken) || directTokens[target.FirstToken] || found.Any(f => f.FirstToken >= target.FirstToken && f.FirstToken < target.EndToken))
            {
                break;
            }

            var start = Math.Max(target.FirstToken, doc.DatelineTokens);
            if (Make(doc, start, TrimEnd(doc, start, target.EndToken), "indirect+back-reference", cue, cueToken) is { } quote)
            {
                found.Add(quote with { SourceRegion = (sourceStart, sourceEnd) });
            }
        }
    }

    /// <summary>
    /// Any meN- or ber- verb followed by <c>bahwa</c> reports speech or thought (<c>Zanetti berkomentar
    /// bahwa …</c>, <c>Gerindra membocorkan bahwa …</c>), even when the lexicon does not list it.
    /// </summary>
    private static CueForm? VerbBeforeBahwa(Document doc, int k)
    {
        if (!Clauses.IsWord(doc, k + 1, "bahwa") || doc.Tokens[k].Has(TokenFlags.Capitalized))
        {
            return null;
        }

        var word = doc.Word(k);
        return word.Length >= 5 && (word.StartsWith("me", StringComparison.Ordinal) || word.StartsWith("ber", StringComparison.Ordinal))
            ? new CueForm(word.ToString(), word.ToString(), CueRole.Active, IsOptional: false, IsRequest: false, IsWeak: false)
            : null;
    }

    /// <summary>True when something that can be a subject (a capitalised word or a pronoun) stands shortly before the cue.</summary>
    private bool HasSubject(Document doc, int a, int cue)
    {
        for (var k = Math.Max(a, cue - 10); k < cue; k++)
        {
            var word = doc.Word(k);
            if (doc.Tokens[k].Has(TokenFlags.Capitalized) && !_lexicons.FunctionWords.Contains(word) || _lexicons.Pronoun(word) is not null
                || _lexicons.Groups.StartsPhrase(word))
            {
                return true;
            }
        }

        return false;
    }

    private QuoteCandidate? Active(Document doc, int a, int cue, int end, CueForm form, bool[] directTokens)
    {
        if (cue == a || !HasSubject(doc, a, cue))
        {
            return null;
        }

        var start = Clauses.SkipToContent(doc, cue + 1, end);
        if (form.IsRequest)
        {
            start = SkipRequestLink(doc, start, end);
        }

        // "mengatakan, "…"": a direct quote follows; the direct finder owns it.
        if (start >= end || directTokens[start] || doc.Tokens[start].Kind == TokenKind.QuoteMark)
        {
            return null;
        }

        end = CutTrailingCue(doc, start, end);
        return Make(doc, start, end, "indirect+active-cue", form, cue) is { } q
            ? q with { SourceRegion = (a, cue), SourceIsSubject = true }
            : null;
    }

    private QuoteCandidate? Menurut(Document doc, int a, int cue, int end, CueForm form, bool[] directTokens)
    {
        var comma = -1;
        for (var k = cue + 1; k < end && k < cue + 16; k++)
        {
            if (Clauses.IsPunct(doc, k, ','))
            {
                comma = k;
                break;
            }
        }

        if (cue > a + 1 && Clauses.IsPunct(doc, cue - 1, ','))
        {
            // "CONTENT, menurut dia." or the interposed "A, menurut dia, B."
            var sourceEnd = Clauses.SourceRegionEnd(doc, cue + 1, end);
            var linking = Clauses.IsLinkingPhrase(doc, a, cue - 1);
            var interposed = Clauses.IsPunct(doc, sourceEnd, ',') && end - sourceEnd > 4 && (linking || !Clauses.IsAdverbialStart(doc, sourceEnd + 1));
            var from = interposed && linking ? ContentAfterSource(doc, sourceEnd + 1, end) : a;
            return Make(doc, from, interposed ? end : cue - 1, interposed ? "indirect+interposed-menurut" : "indirect+trailing-menurut", form, cue) is { } trailing
                ? trailing with { SourceRegion = (cue + 1, sourceEnd) }
                : null;
        }

        if (_lexicons.Pronoun(doc.Word(cue + 1)) is not null && !Clauses.IsPunct(doc, cue + 2, ',') && doc.Tokens[cue + 1].Kind == TokenKind.Word)
        {
            // "Menurut dia kebijakan itu …": a pronoun source needs no comma to close it.
            var afterPronoun = Clauses.SkipToContent(doc, cue + 2, end);
            return afterPronoun < end && !directTokens[afterPronoun]
                ? ClauseAfterSource(doc, afterPronoun, end, "indirect+menurut", form, cue, cue + 2)
                : null;
        }

        if (NameThenClause(doc, cue + 1, comma < 0 ? end : comma) is var nameEnd and > 0 && !directTokens[nameEnd])
        {
            // "Menurut Agus skema insentif bisa digunakan …": a name needs no comma before the clause it reports.
            return ClauseAfterSource(doc, nameEnd, end, "indirect+menurut", form, cue, nameEnd);
        }

        if (comma < 0)
        {
            return null;
        }

        // The name's closing comma must leave at least four tokens of content after it.
        comma = Clauses.ApposedNameEnd(doc, comma, end - 3, OpensRole(doc, cue + 1));
        var start = Clauses.SkipToContent(doc, comma + 1, end);
        if (start >= end || directTokens[start])
        {
            return null;
        }

        return ClauseAfterSource(doc, start, end, "indirect+menurut", form, cue, comma);
    }

    /// <summary>
    /// The reported clause from <paramref name="start"/> to the sentence end (less a trailing cue), its source standing
    /// between the cue and <paramref name="sourceEnd"/>: <c>Menurut Agus, X</c>, <c>Kata dia, X</c>.
    /// </summary>
    private QuoteCandidate? ClauseAfterSource(Document doc, int start, int end, string pattern, CueForm form, int cue, int sourceEnd) =>
        Make(doc, start, CutTrailingCue(doc, start, end), pattern, form, cue) is { } q ? q with { SourceRegion = (cue + 1, sourceEnd) } : null;

    /// <summary>
    /// After <c>menurut</c>: one to three capitalised words that are no title, institution, office, place or law, then a lower-case word that opens a
    /// clause (no preposition, adverbial or relative "yang"), at least three words before <paramref name="limit"/>
    /// (the first comma or the sentence end). Returns where the clause starts, or -1.
    /// </summary>
    private int NameThenClause(Document doc, int k, int limit)
    {
        var j = k;
        const WordFacts NotAName = WordFacts.OrganizationStart | WordFacts.OrganizationWord | WordFacts.OfficeWord | WordFacts.Place | WordFacts.FunctionWord;
        while (j < limit && j < k + 3 && doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].Has(TokenFlags.Capitalized)
            && !_lexicons.Titles.StartsPhrase(doc.Word(j)) && _lexicons.Pronoun(doc.Word(j)) is null)
        {
            if ((_lexicons.Facts(doc.Word(j)) & NotAName) != 0 || Mentions.Names.NameTagger.IsWholeReduplication(doc.Word(j)))
            {
                // "Menurut Undang-Undang Pemilu …", "Menurut BPS …": a law, an institution or a place, not a person's name.
                return -1;
            }

            j++;
        }

        if (j == k || j + 3 > limit || doc.Tokens[j].Kind != TokenKind.Word || doc.Tokens[j].Has(TokenFlags.Capitalized)
            || Clauses.IsAdverbialStart(doc, j) || _lexicons.Prepositions.Contains(doc.Word(j)) || _lexicons.Titles.StartsPhrase(doc.Word(j))
            || _lexicons.Cue(doc.Word(j)) is not null)
        {
            return -1;
        }

        return j;
    }

    /// <summary>Where the clause resumes after an interposed cue and its source: an adverbial there is the clause's own.</summary>
    private static int ContentAfterSource(Document doc, int k, int end) =>
        Clauses.IsAdverbialStart(doc, k) ? k : Clauses.SkipToContent(doc, k, end);

    /// <summary>A source that opens with a title of the lexicons or a lower-case description ("pengamat politik dari …"): a role that a name in apposition may follow.</summary>
    private bool OpensRole(Document doc, int k) =>
        k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word
        && (_lexicons.Titles.StartsPhrase(doc.Word(k)) || !doc.Tokens[k].Has(TokenFlags.Capitalized) && _lexicons.Pronoun(doc.Word(k)) is null);

    private QuoteCandidate? MenurutClitic(Document doc, int a, int cue, int end, CueForm form, bool[] directTokens)
    {
        if (cue > a + 1 && Clauses.IsPunct(doc, cue - 1, ',') && Clauses.IsPunct(doc, cue + 1, ',') && !directTokens[a])
        {
            // "A, menurutnya, B.": the clause runs through the cue, as with "A, menurut dia, B."
            var from = Clauses.IsLinkingPhrase(doc, a, cue - 1) ? Clauses.SkipToContent(doc, cue + 2, end) : a;
            return Make(doc, from, end, "indirect+interposed-menurutnya", form, cue) is { } interposed ? interposed with { CliticSource = true } : null;
        }

        var start = Clauses.SkipToContent(doc, cue + 1, end);
        if (start >= end || directTokens[start] || cue > a + 3)
        {
            return null;
        }

        return Make(doc, start, end, "indirect+menurutnya", form, cue) is { } q ? q with { CliticSource = true } : null;
    }

    private QuoteCandidate? Inverted(Document doc, int a, int cue, int end, CueForm form, bool[] directTokens)
    {
        if (cue == a && form.Role == CueRole.Inverted)
        {
            return OpeningInverted(doc, cue, end, form, directTokens);
        }

        if (cue < a + 2 || directTokens[a] || doc.Tokens[a].Kind == TokenKind.QuoteMark)
        {
            return null;
        }

        if (!Clauses.IsPunct(doc, cue - 1, ','))
        {
            return InvertedAfterOpening(doc, a, cue, end, form);
        }

        var clitic = form.Role == CueRole.Clitic;
        var sourceEnd = clitic ? cue + 1 : Clauses.SourceRegionEnd(doc, cue + 1, end);
        if (!clitic && (sourceEnd <= cue + 1 || form.IsWeak && !IsSourceStart(doc, cue + 1)))
        {
            return null;
        }

        var contentStart = a;
        var contentEnd = cue - 1;
        var pattern = "indirect+trailing-cue";

        // "A, kata dia, B.": the clause goes on after the cue and its source.
        var afterSource = sourceEnd;
        if (clitic && afterSource < end && doc.Tokens[afterSource].Kind == TokenKind.Word && !Clauses.IsAdverbialStart(doc, afterSource)
            && end - afterSource >= 4)
        {
            // "A, katanya B.": a clitic cue inside the clause, no comma after it.
            contentEnd = end;
            pattern = "indirect+interposed-cue";
        }
        else if (Clauses.IsPunct(doc, afterSource, ','))
        {
            var rest = Clauses.SkipToContent(doc, afterSource + 1, end);
            var linking = Clauses.IsLinkingPhrase(doc, a, cue - 1);
            if (linking && end - (afterSource + 1) >= 4 || end - rest >= 4 && !Clauses.IsAdverbialStart(doc, afterSource + 1))
            {
                if (linking)
                {
                    // "Selain itu, kata dia, X.", "Kemudian, kata dia, pada simulasi …": the linking words are not content.
                    contentStart = ContentAfterSource(doc, afterSource + 1, end);
                }

                contentEnd = end;
                pattern = "indirect+interposed-cue";
            }
        }

        var candidate = Make(doc, contentStart, contentEnd, pattern, form, cue);
        return candidate is null ? null
            : clitic ? candidate with { CliticSource = true }
            : candidate with { SourceRegion = (cue + 1, sourceEnd) };
    }

    /// <summary>
    /// "Kata dia, X.", "Kata Muli, X.": an inverted cue opening the sentence reads like <c>menurut</c>; its source,
    /// closed by a comma, comes first, and the rest of the sentence (four tokens or more) is the reported clause.
    /// </summary>
    private QuoteCandidate? OpeningInverted(Document doc, int cue, int end, CueForm form, bool[] directTokens)
    {
        if (!IsSourceStart(doc, cue + 1))
        {
            return null;
        }

        var sourceEnd = Clauses.SourceRegionEnd(doc, cue + 1, end);
        if (sourceEnd <= cue + 1 || !Clauses.IsPunct(doc, sourceEnd, ','))
        {
            return null;
        }

        var start = Clauses.SkipToContent(doc, sourceEnd + 1, end);
        if (end - start < 4 || directTokens[start] || Clauses.IsAdverbialStart(doc, sourceEnd + 1))
        {
            return null;
        }

        return ClauseAfterSource(doc, start, end, "indirect+leading-inverted", form, cue, sourceEnd);
    }

    /// <summary>
    /// "Hingga saat ini kata Iwan, X.": an inverted cue after a short opening of the sentence with no comma before it,
    /// its source closed by a comma. The whole sentence is the reported clause, as in the interposed "A, kata Iwan, X."
    /// </summary>
    private QuoteCandidate? InvertedAfterOpening(Document doc, int a, int cue, int end, CueForm form)
    {
        const int MaxOpening = 5;
        var clitic = form.Role == CueRole.Clitic;
        if (cue - a > MaxOpening || !clitic && !IsSourceStart(doc, cue + 1))
        {
            return null;
        }

        for (var k = a; k < cue; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        var sourceEnd = clitic ? cue + 1 : Clauses.SourceRegionEnd(doc, cue + 1, end);
        if (sourceEnd <= cue || !Clauses.IsPunct(doc, sourceEnd, ',') || end - sourceEnd <= 4 || Clauses.IsAdverbialStart(doc, sourceEnd + 1))
        {
            return null;
        }

        var candidate = Make(doc, a, end, "indirect+interposed-cue", form, cue);
        return candidate is null ? null
            : clitic ? candidate with { CliticSource = true }
            : candidate with { SourceRegion = (cue + 1, sourceEnd) };
    }

    private bool IsSourceStart(Document doc, int k) =>
        k < doc.Tokens.Length && (doc.Tokens[k].Has(TokenFlags.Capitalized) || _lexicons.Pronoun(doc.Word(k)) is not null
            || _lexicons.Groups.LongestMatch(doc, k, static (d, x) => d.Word(x)) > 0
            || _lexicons.Titles.StartsPhrase(doc.Word(k)));

    private QuoteCandidate? Make(Document doc, int start, int end, string pattern, CueForm cue, int cueToken)
    {
        while (end > start && doc.Tokens[end - 1].Kind is TokenKind.Punctuation && doc.FirstChar(end - 1) is ',' or ';' or ':')
        {
            end--;
        }

        if (WordCount(doc, start, end) < 3)
        {
            return null;
        }

        var type = QuoteType.Indirect;
        foreach (var quoted in doc.QuotedSpans)
        {
            if (quoted.OpenMark >= start && quoted.OpenMark < end && !quoted.IsSingle && quoted.WordCount(doc.Tokens) >= 2)
            {
                type = QuoteType.Mixed;
                break;
            }
        }

        return new QuoteCandidate
        {
            Content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End),
            Type = type,
            Pattern = pattern,
            FirstToken = start,
            EndToken = end,
            CueToken = cueToken,
            Cue = cue,
            Optional = cue.IsOptional,
        };
    }

    /// <summary>The sentence without its closing punctuation (full stop, closing marks).</summary>
    private static int TrimEnd(Document doc, int a, int b)
    {
        while (b > a && doc.Tokens[b - 1].Kind is TokenKind.Terminal)
        {
            b--;
        }

        return b;
    }

    /// <summary>"…, katanya." / "…, kata dia." at the end of an active-cue clause is not content.</summary>
    private int CutTrailingCue(Document doc, int start, int end)
    {
        for (var k = end - 1; k > start + 2 && k >= end - 8; k--)
        {
            if (Clauses.IsPunct(doc, k - 1, ',') && _lexicons.Cue(doc.Word(k)) is { Role: CueRole.Inverted or CueRole.Clitic, IsWeak: false })
            {
                return k - 1;
            }
        }

        return end;
    }

    private static int SkipRequestLink(Document doc, int start, int end)
    {
        for (var k = start; k < end && k < start + 8; k++)
        {
            foreach (var link in RequestLinks)
            {
                if (doc.Word(k).Equals(link, StringComparison.OrdinalIgnoreCase))
                {
                    return k + 1;
                }
            }
        }

        return start;
    }

    private static int WordCount(Document doc, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                count++;
            }
        }

        return count;
    }
}
