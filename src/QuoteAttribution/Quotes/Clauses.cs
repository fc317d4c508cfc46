using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>Small readers of Indonesian clause structure around cues: adverbials to skip, clause edges.</summary>
internal static class Clauses
{
    private static readonly string[] Days = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"];

    private static readonly string[] AdverbialStarts =
    [
        "di", "saat", "ketika", "dalam", "kepada", "usai", "seusai", "pada", "melalui", "lewat", "seperti", "sebagaimana",
        "sewaktu", "selepas", "setelah", "sebelum", "dari", "via", "kala", "tatkala", "ditemui", "dikonfirmasi", "dihubungi",
        "saat ditemui", "waktu", "secara", "kemarin", "hari", "sembari", "sambil", "yang",
    ];

    private static readonly string[] LinkingPhrases =
    [
        "selain itu", "namun", "sementara itu", "oleh karena itu", "karena itu", "untuk itu", "dengan demikian", "di sisi lain",
        "meski demikian", "meskipun demikian", "walau demikian", "sebab", "lebih lanjut", "selanjutnya", "kemudian", "bahkan",
        "apalagi", "justru", "tak hanya itu", "tidak hanya itu", "di samping itu", "sedangkan", "adapun", "maka", "jadi",
        "pada intinya", "intinya", "ke depan", "yang jelas", "artinya", "sehingga", "karenanya",
        "namun demikian", "namun begitu", "kendati demikian", "kendati begitu", "meski begitu", "meskipun begitu", "walau begitu",
        "akan tetapi", "tetapi", "tapi", "padahal", "pasalnya", "atas dasar itu", "oleh sebab itu", "nantinya", "yang pasti",
    ];

    private static readonly string[] Complementizers = ["bahwa", "kalau"];

    public static bool IsWord(Document doc, int k, string word) =>
        k >= 0 && k < doc.Tokens.Length && doc.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsPunct(Document doc, int k, char c) =>
        k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Terminal && doc.FirstChar(k) == c && doc.Tokens[k].Length == 1;

    public static bool IsDay(Document doc, int k) => k >= 0 && k < doc.Tokens.Length && Contains(Days, doc.Word(k));

    public static bool IsAdverbialStart(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Length && (Contains(AdverbialStarts, doc.Word(k)) || IsDay(doc, k) || IsPunct(doc, k, '('));

    public static bool IsComplementizer(Document doc, int k) => k >= 0 && k < doc.Tokens.Length && Contains(Complementizers, doc.Word(k));

    /// <summary>
    /// True when the expression starting at <paramref name="token"/> heads its sentence or a clause (its
    /// subject position): within the first three tokens of the sentence, or right after a comma or a mark.
    /// </summary>
    public static bool IsClauseHead(Document doc, int token)
    {
        var sentenceStart = doc.Sentences[doc.SentenceOfToken[token]].FirstToken;
        return token - sentenceStart <= 2 || IsPunct(doc, token - 1, ',') || doc.Tokens[token - 1].Kind == TokenKind.QuoteMark;
    }

    /// <summary>True when tokens <c>[first, end)</c> are only a linking phrase (<c>Selain itu</c>, <c>Namun</c>).</summary>
    public static bool IsLinkingPhrase(Document doc, int first, int end)
    {
        if (end <= first || end - first > 4)
        {
            return false;
        }

        var phrase = doc.Slice(first, end);
        foreach (var linking in LinkingPhrases)
        {
            if (phrase.Equals(linking, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips a bracketed stretch starting at <paramref name="k"/> (which must be '('), returning the token after ')'.</summary>
    public static int SkipBrackets(Document doc, int k, int limit)
    {
        for (var j = k + 1; j < limit && j < k + 12; j++)
        {
            if (IsPunct(doc, j, ')'))
            {
                return j + 1;
            }
        }

        return k;
    }

    /// <summary>
    /// From just after a cue, skips what stands between the cue and the reported clause: a comma or colon,
    /// a date (<c>Senin (1/8/2024)</c>), a short adverbial ending in a comma (<c>kepada wartawan di Jakarta,</c>),
    /// and a leading <c>bahwa</c> / <c>kalau</c>. Returns the first content token.
    /// </summary>
    public static int SkipToContent(Document doc, int k, int end)
    {
        for (var guard = 0; guard < 6 && k < end; guard++)
        {
            if (IsPunct(doc, k, ',') || IsPunct(doc, k, ':') || doc.Tokens[k].Kind == TokenKind.Punctuation && doc.FirstChar(k) is '-' or '–' or '—')
            {
                k++;
                continue;
            }

            if (IsComplementizer(doc, k))
            {
                return k + 1;
            }

            if (IsDay(doc, k))
            {
                k++;
                if (IsPunct(doc, k, '('))
                {
                    k = SkipBrackets(doc, k, end);
                }

                continue;
            }

            if (IsPunct(doc, k, '('))
            {
                k = SkipBrackets(doc, k, end);
                continue;
            }

            if (IsAdverbialStart(doc, k))
            {
                // An adverbial runs to the next comma or "bahwa" within a short distance.
                var stop = -1;
                for (var j = k + 1; j < end && j < k + 16; j++)
                {
                    if (IsPunct(doc, j, ',') || IsComplementizer(doc, j))
                    {
                        stop = j;
                        break;
                    }

                    if (doc.Tokens[j].Kind is TokenKind.Terminal or TokenKind.QuoteMark)
                    {
                        break;
                    }
                }

                if (stop < 0)
                {
                    return k;
                }

                k = stop + 1;
                if (IsComplementizer(doc, stop))
                {
                    return k;
                }

                continue;
            }

            return k;
        }

        return k;
    }

    /// <summary>
    /// "Menurut Deputi Bidang Statistik Sosial BPS, Ateng Hartono, …": after <c>menurut</c>, a role, a comma and the
    /// name in apposition, closed by a second comma. Given the first comma, returns the second when it stands before
    /// <paramref name="limit"/>, the role opens with <paramref name="roleOpens"/> true and ends in a capitalised word, and
    /// the words between the commas are a short run of capitalised words (at most five, no day); otherwise the first comma.
    /// </summary>
    public static int ApposedNameEnd(Document doc, int comma, int limit, bool roleOpens)
    {
        if (!roleOpens || comma < 1 || !doc.Tokens[comma - 1].Has(TokenFlags.Capitalized))
        {
            return comma;
        }

        for (var j = comma + 1; j < limit && j <= comma + 6; j++)
        {
            if (IsPunct(doc, j, ','))
            {
                return j > comma + 1 ? j : comma;
            }

            if (doc.Tokens[j].Kind != TokenKind.Word || !doc.Tokens[j].Has(TokenFlags.Capitalized) || IsDay(doc, j))
            {
                return comma;
            }
        }

        return comma;
    }

    /// <summary>The end of the region after an inverted cue where its source stands (<c>kata Kepala BMKG Dwikorita, Senin</c>).</summary>
    public static int SourceRegionEnd(Document doc, int k, int end)
    {
        const int LongestRole = 16;
        var j = k;
        while (j < end && j < k + LongestRole + 4)
        {
            var token = doc.Tokens[j];
            if (IsPunct(doc, j, ',') && j > k && j + 1 < end && doc.Tokens[j + 1].Has(TokenFlags.Capitalized)
                && (doc.Tokens[j - 1].Has(TokenFlags.Capitalized) || IsPunct(doc, j - 1, ')')) && !IsDay(doc, j + 1) && j + 1 < k + LongestRole
                && !OpensClause(doc, j + 1, end))
            {
                // "kata Direktur Utama Bank DKI, Agus Haryoto Widodo", "kata Sekjen ASEAN Autism Network (AAN), Prita Kemal Gani":
                // a role, a comma, then the name.
                j++;
                continue;
            }

            if (token.Kind is TokenKind.Terminal or TokenKind.QuoteMark || IsPunct(doc, j, ',') || IsPunct(doc, j, ';'))
            {
                break;
            }

            if (j > k && (IsDay(doc, j) || Contains(AdverbialStarts, doc.Word(j)) && !token.Has(TokenFlags.Capitalized)))
            {
                break;
            }

            j++;
        }

        return j;
    }

    /// <summary>
    /// "kata Pramono, DLH juga akan …": capitalised words from <paramref name="k"/> followed by a lower-case word that
    /// opens no adverbial (a subject and its predicate): the comma before them closed the source, the clause goes on.
    /// </summary>
    private static bool OpensClause(Document doc, int k, int end)
    {
        var r = k;
        while (r < end && doc.Tokens[r].Kind == TokenKind.Word && doc.Tokens[r].Has(TokenFlags.Capitalized))
        {
            r++;
        }

        return r > k && r < end && doc.Tokens[r].Kind == TokenKind.Word && !doc.Tokens[r].Has(TokenFlags.Capitalized)
            && !Contains(AdverbialStarts, doc.Word(r)) && !IsDay(doc, r);
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
