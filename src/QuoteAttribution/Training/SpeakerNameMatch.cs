using System.Globalization;
using System.Text;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Training;

/// <summary>
/// Whether a speaker name names a gold quote's speaker, by the scorer's rule: names lower-cased, without
/// diacritics and punctuation, equal to the gold speaker or one of its aliases, or a longer form that holds
/// the full gold name of two or more words within four extra words (a title in front of it).
/// </summary>
internal static class SpeakerNameMatch
{
    public static bool Matches(string? predicted, AnnotatedQuote gold)
    {
        var g = Normalize(gold.Speaker);
        var p = Normalize(predicted);
        if (g.Length == 0)
        {
            return p.Length == 0;
        }

        if (p.Length == 0)
        {
            return false;
        }

        if (p == g || gold.Aliases.Any(a => Normalize(a) == p))
        {
            return true;
        }

        var pt = p.Split(' ');
        var gt = g.Split(' ');
        if (gt.Length < 2 || pt.Length > gt.Length + 4)
        {
            return false;
        }

        for (var i = 0; i + gt.Length <= pt.Length; i++)
        {
            if (pt.AsSpan(i, gt.Length).SequenceEqual(gt))
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
