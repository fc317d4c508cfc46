using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Claims;

/// <summary>
/// The key under which the name forms of one person meet: folded words (<see cref="TextFolding"/>), without the
/// role or description words in front (<c>Capres Anies Baswedan</c> → <c>anies baswedan</c>; the titles of
/// <c>titles.txt</c>, the descriptors of <c>name-forms.txt</c> and words real news mostly writes in lower case) and without a leading particle (<c>I Wayan
/// Koster</c> → <c>wayan koster</c>, <c>Moh. Mahfud MD</c> → <c>mahfud md</c>), each only while two name words remain, and with the spellings of one name word
/// made one (<c>Moh.</c>, <c>Muhammad</c> → <c>m</c>). A lone word is never cut: <c>Ibu</c> stays <c>ibu</c>.
/// </summary>
internal static class NameForms
{
    private const string DataFile = "name-forms.txt";

    private static readonly FrozenSet<string> Descriptors = Words("descriptor");

    private static readonly FrozenSet<string> Particles = Words("particle");

    private static readonly FrozenDictionary<string, string> Variants = LexiconFile.Rows(DataFile)
        .Where(r => r.Fields[0] == "variant")
        .SelectMany(r => r.Fields.Skip(1).Select(form => (Form: TextFolding.Key(form), Word: TextFolding.Key(r.Fields[1]))))
        .ToFrozenDictionary(p => p.Form, p => p.Word, StringComparer.Ordinal);

    /// <summary>The key of <paramref name="name"/>; empty when it has no letter or digit.</summary>
    public static string Key(string name) => Key(name, out _);

    /// <summary>The key of <paramref name="name"/>, and how many role or description words were left out of it.</summary>
    public static string Key(string name, out int descriptorWords)
    {
        var words = TextFolding.Words(name);
        var start = 0;
        descriptorWords = 0;
        while (true)
        {
            var left = words.Count - start;
            var title = LexiconSet.Default.Titles.LongestMatch(words, start, static (w, i) => i < w.Count ? w[i].AsSpan() : [], maxWords: left - 2);
            if (title > 0)
            {
                start += title;
                descriptorWords += title;
            }
            else if (left > 2 && (Descriptors.Contains(words[start]) || MostlyLowerCase(words[start])))
            {
                start++;
                descriptorWords++;
            }
            else if (left > 2 && Particles.Contains(Variants.GetValueOrDefault(words[start], words[start])))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', words.Skip(start).Select(w => Variants.GetValueOrDefault(w, w)));
    }

    /// <summary>
    /// A word real news mostly writes in lower case (<see cref="CorpusVocabulary"/>): a description in front of a
    /// name (<c>Laporan</c>, <c>Legenda</c>, <c>Seniman</c>), not a name word.
    /// </summary>
    private static bool MostlyLowerCase(string word) =>
        CorpusVocabulary.Default.Of(word) is var counts && counts.Lower >= 3 && counts.Lower > counts.CapitalizedInside + 1;

    /// <summary>The number of words in a key.</summary>
    public static int WordCount(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;

    private static FrozenSet<string> Words(string kind) => LexiconFile.Rows(DataFile)
        .Where(r => r.Fields[0] == kind)
        .Select(r => TextFolding.Key(r.Fields[1]))
        .ToFrozenSet(StringComparer.Ordinal);
}
