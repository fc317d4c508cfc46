using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Text;

/// <summary>
/// Splits Indonesian news text into tokens in one linear pass. Keeps clitics on their word
/// (<c>katanya</c>), reduplications whole (<c>negara-negara</c>), abbreviations with their full stop
/// (<c>Jl.</c>, <c>S.H.</c>), numbers, dates and amounts whole (<c>14.900</c>, <c>19/4/2022</c>),
/// web and e-mail addresses whole, and every quotation mark as a token of its own. Detects paragraphs
/// glued together without white space (<c>tahun.Namun</c>), and words a scraper glued together
/// (<c>Kluivertmenegaskan</c>, <c>MaskapaiRyanair</c>, <c>ASDonald</c>), told apart from real words by how
/// often real news writes them (<see cref="CorpusVocabulary"/>).
/// </summary>
internal sealed class Tokenizer
{
    private readonly LexiconSet _lexicons;

    public Tokenizer(LexiconSet lexicons) => _lexicons = lexicons;

    /// <summary>Tokenizes with the shipped corpus statistics.</summary>
    public Token[] Tokenize(string text) => Tokenize(text, CorpusVocabulary.Default);

    /// <summary>Tokenizes, telling glued words from real ones by <paramref name="vocabulary"/>.</summary>
    public Token[] Tokenize(string text, CorpusVocabulary vocabulary)
    {
        // Every token holds at least one character, so the text's length bounds the count.
        var buffer = System.Buffers.ArrayPool<Token>.Shared.Rent(text.Length + 1);
        var count = 0;
        var flags = TokenFlags.None;
        var i = 0;

        // Without an '@' anywhere, no word can start an e-mail address: one search spares a look at every word.
        var mayHoldEmail = text.Contains('@');
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= TokenFlags.SpaceBefore;
                if (c is '\n' or '\r' or '\u2029' or '\u2028')
                {
                    flags |= TokenFlags.NewlineBefore;
                }

                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                end = ScanWordLike(text, i, mayHoldEmail, out kind);
                if (kind == TokenKind.Word)
                {
                    end = GluedWordEnd(text, i, end, vocabulary);
                }
            }
            else if (QuoteMarks.IsQuoteMark(c))
            {
                end = i + 1;
                kind = TokenKind.QuoteMark;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                kind = TokenKind.Terminal;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Punctuation;
            }

            buffer[count++] = new Token(i, end, kind, flags | ShapeFlags(text, i, end, kind));
            flags = TokenFlags.None;
            i = end;
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        System.Buffers.ArrayPool<Token>.Shared.Return(buffer);
        MarkGluedBoundaries(text, tokens);
        return tokens;
    }

    private int ScanWordLike(string text, int start, bool mayHoldEmail, out TokenKind kind)
    {
        if (TryScanUrl(text, start, mayHoldEmail, out var urlEnd))
        {
            kind = TokenKind.Url;
            return urlEnd;
        }

        kind = char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        var j = start;
        while (true)
        {
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || char.IsSurrogate(text[j]) || IsCombining(text[j])))
            {
                j++;
            }

            if (j + 1 >= text.Length)
            {
                break;
            }

            var c = text[j];
            var next = text[j + 1];
            var prev = text[j - 1];
            if (c is '-' or '‐' && char.IsLetterOrDigit(next) && !IsGluedDateline(text, start, j))
            {
                j++;
                continue;
            }

            if (c is '\'' or '’' && char.IsLetter(prev) && char.IsLetter(next) && !IsQuoteOpeningWord(text, start))
            {
                j++;
                continue;
            }

            if (c is '.' or ',' or ':' or '/' && char.IsDigit(prev) && char.IsDigit(next))
            {
                j++;
                continue;
            }

            if (c == '.' && char.IsLetter(next) && !IsGluedSentenceStart(text, start, j))
            {
                j++;
                continue;
            }

            break;
        }

        // An abbreviation keeps its full stop: "Jl.", "dr.", "H.", "S.H.".
        if (j < text.Length && text[j] == '.' && kind == TokenKind.Word && IsAbbreviation(text.AsSpan(start, j - start)))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// Where the first of two words a scraper glued together ends, or <paramref name="end"/> when the word is
    /// whole. A word that real news writes as it is (<see cref="CorpusVocabulary"/>) is never split.
    /// <list type="bullet">
    /// <item>"Kluivertmenegaskan", "WILONAmengaku": a name glued to the reporting verb after it;</item>
    /// <item>"Sadewamemuji": a name glued to a meN-/ber- verb the corpus writes in lower case;</item>
    /// <item>"MaskapaiRyanair", "kehadiranHendra", "RakabumingRaka": a lower-case letter, then a capital
    /// opening a word;</item>
    /// <item>"ASDonald", "RIGibran": an acronym the corpus knows glued to a capitalised word it knows.</item>
    /// </list>
    /// </summary>
    private int GluedWordEnd(string text, int start, int end, CorpusVocabulary vocabulary)
    {
        const int MinimumName = 3;
        if (end - start < 4)
        {
            return end;
        }

        var word = text.AsSpan(start, end - start);
        var cue = char.IsUpper(word[0]) && word.Length >= MinimumName + 5 ? GluedCueStart(text, start, end) : end;
        if (cue < end)
        {
            return cue;
        }

        // Most words have no inner capital and start no verb after a name: one pass says whether to look further.
        // A capital after a lower-case letter wins over one inside capitals: "CURHATpiluFrancesco" splits before
        // "Francesco", not before "Tpilu".
        var innerCapital = -1;
        for (var p = 1; p < word.Length - 1; p++)
        {
            if (char.IsUpper(word[p]) && char.IsLower(word[p + 1]))
            {
                innerCapital = innerCapital < 0 ? p : innerCapital;
                if (char.IsLower(word[p - 1]))
                {
                    innerCapital = p;
                    break;
                }
            }
        }

        if (innerCapital < 0 && !(char.IsUpper(word[0]) && word.Length >= MinimumName + 5))
        {
            return end;
        }

        // A glue the scraper made now and then ("RakabumingRaka", "ASDonald") may be in the corpus too, but
        // seldom and far less often than its parts; a brand written so on purpose ("YouTube") is common.
        var whole = vocabulary.Of(word);
        if (innerCapital >= 2 && IsLetters(word[..innerCapital]))
        {
            var left = word[..innerCapital];
            var right = word[innerCapital..];
            var camel = char.IsLower(word[innerCapital - 1]);
            var partsAreWords = camel || vocabulary.Of(left).Total > 0 && vocabulary.Of(right).CapitalizedInside > 0;
            if (partsAreWords && (whole.Total == 0 || IsRareGlue(vocabulary, whole, left, right)))
            {
                return start + innerCapital;
            }
        }

        if (whole.Total > 0)
        {
            return end;
        }

        if (innerCapital < 0 && char.IsUpper(word[0]))
        {
            for (var p = MinimumName; p <= word.Length - 5; p++)
            {
                if (word[p] is not ('m' or 'b') || !char.IsLower(word[p - 1]) || !(word[p..].StartsWith("me", StringComparison.Ordinal) || word[p..].StartsWith("ber", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (vocabulary.Of(word[p..]) is { Lower: >= 4, CapitalizedInside: 0 } && IsLetters(word))
                {
                    return start + p;
                }
            }

            // "Sadewaakan", "Yulianauntuk", "Mirrorpada": a name real news writes capitalised glued to a word it
            // writes in lower case very often; both parts known, the whole never seen.
            for (var p = word.Length - 3; p >= MinimumName; p--)
            {
                if (!char.IsLower(word[p]) || !IsLetters(word))
                {
                    continue;
                }

                var tail = vocabulary.Of(word[p..]);
                if (tail.Lower < 4 || tail.Lower <= tail.CapitalizedInside)
                {
                    continue;
                }

                var head = vocabulary.Of(word[..p]);
                if (tail.Lower >= 6 && tail.Lower > tail.CapitalizedInside + 2 && Math.Max(head.CapitalizedInside, head.RunLast) >= 2 && head.Lower < head.CapitalizedInside)
                {
                    return start + p;
                }

                // A name only this article holds ("Yolla Yuliana … Yulianauntuk"): the corpus cannot know it, but
                // the article writes it on its own elsewhere, news never writes it in lower case, and the word
                // after it is one news writes in lower case (8 times or more) more often than capitalised
                // ("untuk", "bakal", "buka").
                if (word.Length - p >= 4 && head.Lower == 0 && StandsAloneElsewhere(text, start, end, word[..p]))
                {
                    return start + p;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is written in the text outside <c>[start, end)</c> as a word of its own:
    /// not inside a longer word. Asked only of long unknown capitalised words, which are rare.
    /// </summary>
    private static bool StandsAloneElsewhere(string text, int start, int end, ReadOnlySpan<char> word)
    {
        var at = 0;
        while (at <= text.Length - word.Length)
        {
            var found = text.AsSpan(at).IndexOf(word, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var from = at + found;
            var to = from + word.Length;
            var alone = (from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (to == text.Length || !char.IsLetterOrDigit(text[to]));
            if (alone && (to <= start || from >= end))
            {
                return true;
            }

            at = from + 1;
        }

        return false;
    }

    private static bool IsRareGlue(CorpusVocabulary vocabulary, WordCounts whole, ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var wholeMost = Math.Max(Math.Max(whole.Lower, whole.CapitalizedInside), Math.Max(whole.RunFirst, whole.RunLast));
        var (first, second) = (vocabulary.Of(left), vocabulary.Of(right));
        return wholeMost <= 2
            && Math.Max(first.Lower, Math.Max(first.CapitalizedInside, first.RunLast)) > wholeMost + 2
            && Math.Max(second.CapitalizedInside, second.RunLast) > wholeMost + 2;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Kluivertmenegaskan", "WILONAmengaku": a name glued to the reporting verb after it by a scraper that
    /// dropped the space. Returns where the verb starts, so the name ends there; otherwise <paramref name="end"/>.
    /// </summary>
    private int GluedCueStart(string text, int start, int end)
    {
        const int MinimumName = 3;
        for (var p = start + MinimumName; p <= end - 5; p++)
        {
            if (text[p] is not ('m' or 'b') || !char.IsLetter(text[p - 1]))
            {
                continue;
            }

            if (_lexicons.Cue(text.AsSpan(p, end - p)) is { Role: Lexicons.CueRole.Active, IsWeak: false })
            {
                return p;
            }
        }

        return end;
    }

    private bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (_lexicons.Abbreviations.Contains(word))
        {
            return true;
        }

        // Dotted abbreviations such as "S.H", "M.Si", "Ph.D": the last part is short.
        var lastDot = word.LastIndexOf('.');
        return lastDot > 0 && word.Length - lastDot <= 4 && char.IsUpper(word[0]);
    }

    /// <summary>"tahun.Namun": a lower-case word, a full stop, then a capitalised word: two glued sentences.</summary>
    private static bool IsGluedSentenceStart(string text, int wordStart, int dot)
    {
        var next = dot + 1;
        if (next + 1 >= text.Length || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1]))
        {
            return false;
        }

        // Require a real word on the left (two or more letters, ending in lower case): "KOMPAS.Com" stays whole.
        return dot - wordStart >= 2 && char.IsLower(text[dot - 1]);
    }

    /// <summary>
    /// Whether the hyphen at <paramref name="dash"/> ends a dateline the scraper glued to the article's first
    /// word (<c>JAKARTA-Den Ananda</c>): the text opens with a capitalised place of three letters or more, and a
    /// capitalised word follows the hyphen. Later in the text an upper-case word before a hyphen is a compound
    /// (<c>SARS-CoV</c>, <c>PDI-P</c>).
    /// </summary>
    private static bool IsGluedDateline(string text, int start, int dash)
    {
        const int MinimumPlace = 3;
        if (dash - start < MinimumPlace || dash + 2 >= text.Length || !char.IsUpper(text[dash + 1]) || !char.IsLower(text[dash + 2])
            || !text.AsSpan(0, start).IsWhiteSpace())
        {
            return false;
        }

        for (var k = start; k < dash; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuoteOpeningWord(string text, int start) =>
        start > 0 && QuoteMarks.IsSingle(text[start - 1]);

    private static bool IsCombining(char c) =>
        c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool TryScanUrl(string text, int start, bool mayHoldEmail, out int end)
    {
        end = start;
        var span = text.AsSpan(start);
        if (text[start] is not ('h' or 'H' or 'w' or 'W'))
        {
            if (!mayHoldEmail)
            {
                return false;
            }

            // Only an e-mail address can start here: it needs an '@' before the next white space.
            var window = span[..Math.Min(span.Length, 64)];
            var at = window.IndexOfAny(' ', '@', '\n');
            if (at < 0 || window[at] != '@')
            {
                return false;
            }
        }

        var isUrl = span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var j = start;
        if (!isUrl)
        {
            if (!mayHoldEmail)
            {
                return false;
            }

            // An e-mail address: letters, digits, dots before '@', a domain after it.
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '_' or '-' or '+'))
            {
                j++;
            }

            if (j >= text.Length || text[j] != '@' || j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]))
            {
                return false;
            }
        }

        j = start;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && !QuoteMarks.IsQuoteMark(text[j]) && text[j] is not ('(' or ')' or '<' or '>'))
        {
            j++;
        }

        // Trailing punctuation belongs to the sentence, not the address.
        while (j > start + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            j--;
        }

        end = j;
        return true;
    }

    private static TokenFlags ShapeFlags(string text, int start, int end, TokenKind kind)
    {
        if (kind != TokenKind.Word)
        {
            return TokenFlags.None;
        }

        var flags = char.IsUpper(text[start]) ? TokenFlags.Capitalized : TokenFlags.None;
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsLetter(c))
            {
                // One lower-case letter settles it (most words settle at their first letter).
                if (!char.IsUpper(c))
                {
                    return flags;
                }

                letters++;
            }
        }

        return letters >= 2 ? flags | TokenFlags.AllCaps : flags;
    }

    /// <summary>
    /// Marks a token that follows a sentence end with no white space in between and starts a new
    /// sentence (upper case or an opening mark): the seam of two glued paragraphs.
    /// </summary>
    private static void MarkGluedBoundaries(string text, Token[] tokens)
    {
        for (var k = 2; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Has(TokenFlags.SpaceBefore) || token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized))
            {
                continue;
            }

            var previous = tokens[k - 1];
            var beforePrevious = tokens[k - 2];
            var glued = previous.Kind switch
            {
                // "tahun.Namun": a sentence end glued to a capitalised word.
                TokenKind.Terminal => beforePrevious.End == previous.Start && beforePrevious.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punctuation or TokenKind.QuoteMark,

                // `bersama,"Selama` / `bertobat."Kami`: a mark between a sentence end and a capitalised word.
                TokenKind.QuoteMark => beforePrevious.End == previous.Start && text[beforePrevious.Start] is '.' or '!' or '?' or ',' or '…',
                _ => false,
            };
            if (glued)
            {
                tokens[k] = token with { Flags = token.Flags | TokenFlags.GluedBoundary };
            }
        }
    }
}
