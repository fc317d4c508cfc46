using System.Globalization;
using System.Text;

namespace QuoteAttribution.Claims;

/// <summary>
/// Makes ids and text safe for the markup formats. XML 1.0 cannot carry most C0 control characters, U+FFFE,
/// U+FFFF or an unpaired surrogate, not even as a character reference, and a writer that meets one throws; a
/// DOT file is text for people and tools, where control characters do harm. Ids must stay distinct.
/// </summary>
internal static class ExportText
{
    /// <summary>
    /// <paramref name="text"/> with every character XML forbids replaced: control characters other than tab,
    /// line feed and carriage return by a space; U+FFFE, U+FFFF and unpaired surrogates by U+FFFD. Text that needs
    /// nothing is returned as it is.
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsText(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                var c = text[i];
                builder.Append(!IsForbidden(c) ? c : char.IsControl(c) ? ' ' : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An id safe in XML and DOT, distinct for distinct ids: each control character (tab and line breaks included),
    /// U+FFFE, U+FFFF and unpaired surrogate becomes <c>_xHHHH_</c>, as XML escapes names, and a <c>_</c> that
    /// already starts such a sequence becomes <c>_x005F_</c>. Ids that need nothing are returned as they are.
    /// </summary>
    public static string Id(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!NeedsId(id))
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 8);
        for (var i = 0; i < id.Length; i++)
        {
            if (IsPair(id, i))
            {
                builder.Append(id, i++, 2);
            }
            else if (IsForbiddenInId(id[i]) || StartsEscape(id, i))
            {
                builder.Append(CultureInfo.InvariantCulture, $"_x{(int)id[i]:X4}_");
            }
            else
            {
                builder.Append(id[i]);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                i++;
            }
            else if (IsForbidden(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsId(string id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            if (IsPair(id, i))
            {
                i++;
            }
            else if (IsForbiddenInId(id[i]) || StartsEscape(id, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for what XML 1.0 forbids (an unpaired surrogate included, once pairs are skipped).</summary>
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static bool IsForbiddenInId(char c) => c < ' ' || c == '\u007F' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    /// <summary>True when <c>_xHHHH_</c> starts at <paramref name="i"/>.</summary>
    private static bool StartsEscape(string text, int i) =>
        text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
