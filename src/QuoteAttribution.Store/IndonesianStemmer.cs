using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// A small dictionary-free Indonesian stemmer. It strips particles (<c>-lah -kah -tah -pun</c>), possessives
/// (<c>-ku -mu -nya</c>), one derivational suffix (<c>-kan -an -i</c>) and up to two prefixes (<c>di- ke- se-
/// ter- ber- per- meN- peN-</c>), undoing nasal assimilation: <c>menegaskan</c> → <c>tegas</c>,
/// <c>memukul</c> → <c>pukul</c>, <c>menyampaikan</c> → <c>sampai</c>, <c>mengirim</c> → <c>kirim</c>.
/// Without a dictionary some words have more than one reading (<c>menilai</c>: <c>nilai</c> or <c>tilai</c>);
/// <see cref="Stems"/> returns them all, so that matching any of them finds the word.
/// </summary>
public static class IndonesianStemmer
{
    private const int MinStem = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];


    /// <summary>The preferred stem of <paramref name="word"/> (folded to lower case without diacritics).</summary>
    public static string Stem(string word) => Stems(word)[0];

    /// <summary>
    /// Every reading of <paramref name="word"/>, the preferred stem first and the folded word itself last.
    /// </summary>
    public static IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = TextFolding.Fold(word);
        if (folded.Length <= MinStem || !folded.All(c => c is >= 'a' and <= 'z'))
        {
            return [folded];
        }

        var bases = Bases(folded);
        var stems = new List<string>();
        foreach (var stem in bases)
        {
            AddPrefixless(stems, stem, depth: 0);
        }

        foreach (var stem in bases)
        {
            Add(stems, stem);
        }

        stems.Remove(folded);
        stems.Add(folded);
        return stems;
    }

    // The word with fewer and fewer suffixes removed, most stripped first.
    private static List<string> Bases(string word)
    {
        var bases = new List<string> { word };
        var current = StripOne(word, Particles);
        if (current != word)
        {
            bases.Add(current);
        }

        var withoutPossessive = StripOne(current, Possessives);
        if (withoutPossessive != current)
        {
            bases.Add(withoutPossessive);
        }

        // -kan and -an both read a word ending in -kan (kebijakan: bijak-an); -i is the weakest reading (lari, cari).
        var derived = new List<string>();
        foreach (var suffix in Derivational)
        {
            if (withoutPossessive.EndsWith(suffix, StringComparison.Ordinal) && withoutPossessive.Length - suffix.Length >= MinStem)
            {
                derived.Add(withoutPossessive[..^suffix.Length]);
            }
        }

        bases.Reverse();
        var weakI = withoutPossessive.EndsWith('i') && derived.Count > 0 ? derived[^1] : null;
        if (weakI is not null)
        {
            derived.RemoveAt(derived.Count - 1);
            bases.Insert(1, weakI);
        }

        bases.InsertRange(0, derived);
        return bases;
    }

    private static string StripOne(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinStem)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static void AddPrefixless(List<string> stems, string word, int depth)
    {
        foreach (var stripped in StripPrefix(word, secondPrefix: depth > 0))
        {
            if (stripped.Length < MinStem)
            {
                continue;
            }

            if (depth == 0)
            {
                AddPrefixless(stems, stripped, depth + 1);
            }

            Add(stems, stripped);
        }
    }

    private static void Add(List<string> stems, string stem)
    {
        if (!stems.Contains(stem, StringComparer.Ordinal))
        {
            stems.Add(stem);
        }
    }

    // Each reading of the word without its first prefix; none when it has no prefix. After a first
    // prefix only per-, ber-, ter- and peN- may follow (memper-, diper-, keber-).
    private static IEnumerable<string> StripPrefix(string w, bool secondPrefix)
    {
        if (!secondPrefix)
        {
            foreach (var simple in new[] { "di", "ke", "se" })
            {
                if (w.StartsWith(simple, StringComparison.Ordinal))
                {
                    yield return w[simple.Length..];
                }
            }

            foreach (var stem in Nasal(w, "me"))
            {
                yield return stem;
            }
        }

        foreach (var stem in Nasal(w, "pe"))
        {
            yield return stem;
        }

        foreach (var r in new[] { "ber", "ter", "per" })
        {
            if (!w.StartsWith(r, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = w[3..];
            yield return rest;
            if (rest.Length > 0 && IsVowel(rest[0]))
            {
                yield return "r" + rest; // be-rasa, te-rima
            }
        }

        if (w.StartsWith("belajar", StringComparison.Ordinal) || w.StartsWith("pelajar", StringComparison.Ordinal))
        {
            yield return w[3..];
        }

        // be- before a syllable ending in -er: bekerja → kerja, beserta → serta.
        if ((w.StartsWith("be", StringComparison.Ordinal) || w.StartsWith("te", StringComparison.Ordinal))
            && w.Length > 5 && !IsVowel(w[2]) && w[3] == 'e' && w[4] == 'r')
        {
            yield return w[2..];
        }
    }

    // meN- and peN- with nasal assimilation undone.
    private static IEnumerable<string> Nasal(string w, string head)
    {
        if (!w.StartsWith(head, StringComparison.Ordinal) || w.Length < head.Length + 3)
        {
            yield break;
        }

        var rest = w[head.Length..];
        if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            var after = rest[2..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return after;         // mengambil → ambil
                yield return "k" + after;   // mengirim → kirim
            }
            else if (after.Length > 0 && after[0] is 'g' or 'h' or 'k')
            {
                yield return after;         // menggali → gali, menghadap → hadap
            }
        }
        else if (rest.StartsWith("ny", StringComparison.Ordinal))
        {
            yield return "s" + rest[2..];   // menyampaikan → sampai
            yield return rest;              // menyanyi → nyanyi
        }
        else if (rest[0] == 'm')
        {
            var after = rest[1..];
            if (IsVowel(after[0]))
            {
                yield return "p" + after;   // memukul → pukul
                yield return rest;          // meminta → minta
            }
            else if (after[0] is 'b' or 'f' or 'v' or 'p')
            {
                yield return after;         // membaca → baca, memproduksi → produksi
            }
        }
        else if (rest[0] == 'n')
        {
            var after = rest[1..];
            if (IsVowel(after[0]))
            {
                yield return "t" + after;   // menulis → tulis, menegaskan → tegas
                yield return rest;          // menilai → nilai
            }
            else if (after[0] is 'c' or 'd' or 'j' or 'z' or 's' or 't')
            {
                yield return after;         // mencari → cari, mendengar → dengar
            }
        }
        else if (rest[0] is 'l' or 'r' or 'w' or 'y')
        {
            yield return rest;              // melihat → lihat, merasa → rasa
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
