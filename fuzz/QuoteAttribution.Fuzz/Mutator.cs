using System.Text;

namespace QuoteAttribution.Fuzz;

/// <summary>
/// Makes one fuzz input from the seeds: a window of a seed article, then 1–8 edits chosen among those that trouble a
/// quote finder (quote marks of every kind, lone surrogates, control characters, newlines, repeated or spliced
/// chunks, deleted or flipped characters), and sometimes a broken JSON line around it.
/// </summary>
internal sealed class Mutator(IReadOnlyList<string> seeds, int randomSeed)
{
    private static readonly string[] Tokens =
    [
        "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "\u2033", "\n", "\n\n", "\r\n", "\t", "\0", "\uFFFF", "\uFEFF", "\uD800", "\uDC00",
        "\u200B", "\u00A0", " ", ".", ",", ":", "—", "-", "(", ")", "[", "]", "\\", "{", "}", "katanya", "ujarnya", "kata", "menurut",
        "ia", "dia", "mereka", "-nya", "Presiden", "Menteri", "Dr.", "H.", "Jokowi", "Sri Mulyani", "Pak", "Bu", "mengatakan",
        "ungkap", "\"\"\"", "“”", "“\n”", "😀", "e\u0301", "İ", "ß",
    ];

    private readonly Random _random = new(randomSeed);

    /// <summary>The article text of the next input.</summary>
    public string NextText()
    {
        var seed = seeds[_random.Next(seeds.Count)];
        var length = Math.Min(seed.Length, _random.Next(16) == 0 ? 4_000 : 1 + _random.Next(600));
        var start = seed.Length == length ? 0 : _random.Next(seed.Length - length);
        var text = new StringBuilder(seed, start, length, length + 64);
        var edits = 1 + _random.Next(8);
        for (var e = 0; e < edits; e++)
        {
            Edit(text);
        }

        return text.ToString();
    }

    /// <summary>A JSON Lines record holding <paramref name="text"/>; one in eight is then broken at one character.</summary>
    public string NextLine(string text, long number)
    {
        var line = $"{{\"id\": \"fuzz-{number}\", \"outlet\": \"Fuzz\", \"date\": \"2025-01-0{1 + (number % 9)}\", \"text\": {Json(text)}}}";
        if (_random.Next(8) != 0)
        {
            return line;
        }

        var builder = new StringBuilder(line);
        Edit(builder);
        return builder.ToString().Replace('\n', ' ');
    }

    private void Edit(StringBuilder text)
    {
        var at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
        switch (_random.Next(7))
        {
            case 0:
                text.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 1 when text.Length > 0:
                text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + _random.Next(20), text.Length - Math.Min(at, text.Length - 1)));
                break;
            case 2 when text.Length > 0:
                var i = Math.Min(at, text.Length - 1);
                text[i] = (char)(text[i] ^ (1 << _random.Next(16)));
                break;
            case 3 when text.Length > 0:
                var from = _random.Next(text.Length);
                var chunk = text.ToString(from, Math.Min(text.Length - from, 1 + _random.Next(80)));
                var times = 1 + _random.Next(_random.Next(10) == 0 ? 200 : 4);
                for (var t = 0; t < times; t++)
                {
                    text.Insert(at, chunk);
                }

                break;
            case 4:
                var other = seeds[_random.Next(seeds.Count)];
                var o = _random.Next(other.Length);
                text.Insert(at, other.AsSpan(o, Math.Min(other.Length - o, 1 + _random.Next(300))));
                break;
            case 5:
                var mark = Tokens[_random.Next(11)];
                var run = 1 + _random.Next(_random.Next(10) == 0 ? 2_000 : 8);
                text.Insert(at, string.Concat(Enumerable.Repeat(mark, run)));
                break;
            default:
                if (text.Length > 1)
                {
                    text.Length = _random.Next(text.Length);
                }

                break;
        }
    }

    private static string Json(string text)
    {
        var builder = new StringBuilder(text.Length + 16).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' or (>= '\uD800' and <= '\uDFFF') => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
