using System.Globalization;
using System.Text;

namespace QuoteAttribution.Claims;

/// <summary>
/// Folds text for comparison: lower case (invariant), diacritics removed (<c>café</c> → <c>cafe</c>),
/// and split into words of letters and digits. Used to key claims and speaker names, and by the claim store.
/// </summary>
public static class TextFolding
{
    // The process runs with invariant globalization, where string.Normalize leaves text as it is, so Latin
    // letters with diacritics are mapped here (Latin-1, Latin Extended-A and B, Latin Extended Additional).
    private static readonly (string Letters, string Plain)[] Letters =
    [
        ("ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ", "a"),
        ("ḂḄḆ", "b"),
        ("ÇĆĈĊČḈ", "c"),
        ("ĎḊḌḎḐḒ", "d"),
        ("ÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ", "e"),
        ("Ḟ", "f"),
        ("ĜĞĠĢǦǴḠ", "g"),
        ("ĤȞḢḤḦḨḪ", "h"),
        ("ÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ", "i"),
        ("Ĵ", "j"),
        ("ĶǨḰḲḴ", "k"),
        ("ĹĻĽḶḸḺḼ", "l"),
        ("ḾṀṂ", "m"),
        ("ÑŃŅŇǸṄṆṈṊ", "n"),
        ("ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ", "o"),
        ("ṔṖ", "p"),
        ("ŔŖŘȐȒṘṚṜṞ", "r"),
        ("ŚŜŞŠȘṠṢṤṦṨ", "s"),
        ("ŢŤȚṪṬṮṰ", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ", "u"),
        ("ṼṾ", "v"),
        ("ŴẀẂẄẆẈ", "w"),
        ("ẊẌ", "x"),
        ("ÝŶŸȲẎỲỴỶỸ", "y"),
        ("ŹŻŽẐẒẔ", "z"),
        ("àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ", "a"),
        ("ḃḅḇ", "b"),
        ("çćĉċčḉ", "c"),
        ("ďḋḍḏḑḓ", "d"),
        ("èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ", "e"),
        ("ḟ", "f"),
        ("ĝğġģǧǵḡ", "g"),
        ("ĥȟḣḥḧḩḫẖ", "h"),
        ("ìíîïĩīĭįǐȉȋḭḯỉị", "i"),
        ("ĵǰ", "j"),
        ("ķǩḱḳḵ", "k"),
        ("ĺļľḷḹḻḽ", "l"),
        ("ḿṁṃ", "m"),
        ("ñńņňǹṅṇṉṋ", "n"),
        ("òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ", "o"),
        ("ṕṗ", "p"),
        ("ŕŗřȑȓṙṛṝṟ", "r"),
        ("śŝşšșṡṣṥṧṩ", "s"),
        ("ţťțṫṭṯṱẗ", "t"),
        ("ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự", "u"),
        ("ṽṿ", "v"),
        ("ŵẁẃẅẇẉẘ", "w"),
        ("ẋẍ", "x"),
        ("ýÿŷȳẏẙỳỵỷỹ", "y"),
        ("źżžẑẓẕ", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("Æ", "ae"),
        ("ø", "o"),
        ("Ø", "o"),
        ("đ", "d"),
        ("Đ", "d"),
        ("ł", "l"),
        ("Ł", "l"),
        ("œ", "oe"),
        ("Œ", "oe"),
        ("ı", "i"),
    ];

    private static readonly Dictionary<char, string> Plain = Letters
        .SelectMany(p => p.Letters.Select(c => (c, p.Plain)))
        .GroupBy(p => p.c)
        .ToDictionary(g => g.Key, g => g.First().Plain);

    /// <summary>Lower-cases <paramref name="text"/> and removes the diacritics of Latin letters (<c>É</c> → <c>e</c>); combining marks are dropped.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (Plain.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>: maximal runs of letters and digits, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The folded words of <paramref name="text"/> joined by single spaces: a key that ignores case, diacritics and punctuation.</summary>
    public static string Key(string text) => string.Join(' ', Words(text));
}
