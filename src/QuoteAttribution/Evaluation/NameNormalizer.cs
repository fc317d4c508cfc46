using System.Globalization;
using System.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// score.py's <c>norm_name</c>: NFKD, combining marks dropped, lower-cased, and the words (runs of what
/// Python's <c>re</c> calls word characters) joined by single spaces.
/// </summary>
internal static class NameNormalizer
{
    private const char CapitalSigma = '\u03A3';

    /// <summary>The normalised form of <paramref name="name"/>; empty for null or empty.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var lower = PythonLower(CompatibilityFolding.Fold(name));
        var result = new StringBuilder(lower.Length);
        var pendingSpace = false;
        foreach (var rune in lower.EnumerateRunes())
        {
            // Python turns each such character into a space and str.split() then drops them all.
            if (!IsWord(rune))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(rune.ToString());
        }

        return result.ToString();
    }

    /// <summary>
    /// Python's <c>str.lower()</c>: the simple lower-case mapping plus the two rules of full case mapping
    /// that apply without a language: U+0130 becomes <c>i̇</c>, and Σ at the end of a word becomes ς.
    /// </summary>
    private static string PythonLower(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var lower = new StringBuilder(text.Length);
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            if (rune.Value == CapitalSigma)
            {
                lower.Append(IsFinalSigma(runes, i) ? '\u03C2' : '\u03C3');
            }
            else if (rune.Value == 0x0130)
            {
                lower.Append("i\u0307");
            }
            else
            {
                lower.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return lower.ToString();
    }

    // \p{cased} \p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased}), as CPython's handle_capital_sigma.
    private static bool IsFinalSigma(Rune[] runes, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(runes[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(runes[before]))
        {
            return false;
        }

        var after = index + 1;
        while (after < runes.Length && IsCaseIgnorable(runes[after]))
        {
            after++;
        }

        return after == runes.Length || !IsCased(runes[after]);
    }

    private static bool IsCased(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
            or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A';

    /// <summary>Python's <c>\w</c> on a <c>str</c>: letters, numbers (Nd, Nl, No) and the underscore.</summary>
    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
