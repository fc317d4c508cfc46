using System.Globalization;
using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>
/// User text repeated in a message, on one line and short: a 100 KB query must not come back whole on
/// standard error. Text over <see cref="MaxLength"/> characters is cut (never inside a surrogate pair) and its
/// length given: <c>'harga beras …' (100,000 characters)</c>.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters of user text a message repeats.</summary>
    public const int MaxLength = 60;

    /// <summary><paramref name="text"/> in single quotes, control characters as spaces, cut when long.</summary>
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text.Length > MaxLength;
        var length = cut ? MaxLength : text.Length;
        if (cut && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var builder = new StringBuilder(length + 32).Append('\'');
        foreach (var c in text.AsSpan(0, length))
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (cut)
        {
            builder.Append(CultureInfo.InvariantCulture, $"…' ({text.Length:N0} characters)");
        }
        else
        {
            builder.Append('\'');
        }

        return builder.ToString();
    }
}
