using System.Globalization;
using System.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Python's <c>"".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))</c>
/// without ICU (the runtime runs in invariant globalization mode, where <see cref="string.Normalize()"/>
/// leaves text as it is): compatibility decomposition with the combining marks dropped.
/// </summary>
internal static class CompatibilityFolding
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;
    private const int LeadBase = 0x1100;
    private const int VowelBase = 0x1161;
    private const int TrailBase = 0x11A7;
    private const int VowelCount = 21;
    private const int TrailCount = 28;

    private static readonly Lazy<Dictionary<int, string>> Table = new(Parse);

    /// <summary>Folds <paramref name="text"/> code point by code point.</summary>
    public static string Fold(string text)
    {
        var table = Table.Value;
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (codePoint is >= HangulBase and < HangulBase + HangulCount)
            {
                AppendHangul(folded, codePoint - HangulBase);
            }
            else if (table.TryGetValue(codePoint, out var replacement))
            {
                folded.Append(replacement);
            }
            else if (codePoint > char.MaxValue)
            {
                folded.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                folded.Append((char)codePoint);
            }
        }

        return folded.ToString();
    }

    private static void AppendHangul(StringBuilder folded, int index)
    {
        folded.Append((char)(LeadBase + (index / (VowelCount * TrailCount))));
        folded.Append((char)(VowelBase + (index % (VowelCount * TrailCount) / TrailCount)));
        if (index % TrailCount != 0)
        {
            folded.Append((char)(TrailBase + (index % TrailCount)));
        }
    }

    private static Dictionary<int, string> Parse()
    {
        var table = new Dictionary<int, string>();
        foreach (var token in CompatibilityFoldingData.Runs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var split = token.IndexOfAny(['=', '+']);
            var range = split < 0 ? token : token[..split];
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var first = Hex(dash < 0 ? range : range[..dash]);
            var last = dash < 0 ? first : Hex(range[(dash + 1)..]);
            var mapping = split < 0 ? [] : token[(split + 1)..].Split('.').Select(Hex).ToArray();
            var linear = split >= 0 && token[split] == '+';
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                table[codePoint] = linear
                    ? char.ConvertFromUtf32(mapping[0] + (codePoint - first))
                    : string.Concat(mapping.Select(char.ConvertFromUtf32));
            }
        }

        return table;
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
