using System.Globalization;
using System.Text;

namespace QuoteAttribution.Corpus;

/// <summary>
/// A report for people at a terminal: per article a header line, then each quote numbered with its
/// type, speaker, cue, source, confidence and rule, and its content wrapped at <see cref="Width"/> columns.
/// </summary>
/// <example>
/// <code>
/// kompas-0001 · Harga Beras Turun · 1 quote
///   1. direct · Budi Santoso (person) · cue "kata" · source "dia" · 0.920 · trailing-cue
///      “Harga beras akan turun bulan depan”
/// </code>
/// </example>
internal sealed class TextAnalysisWriter(TextWriter output) : IAnalysisWriter
{
    /// <summary>The column at which quote contents wrap.</summary>
    public const int Width = 100;

    private bool first = true;

    public void Write(ArticleRecord article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        article.EnsureAnalysisOfText(analysis);

        if (!first)
        {
            output.Write('\n');
        }

        first = false;
        output.Write(Header(article, analysis.Quotes.Count));
        output.Write('\n');
        WriteQuotes(analysis.Quotes, output);
    }

    /// <summary>Writes each quote numbered, its description on one line and its content wrapped below.</summary>
    internal static void WriteQuotes(IReadOnlyList<AttributedQuote> quotes, TextWriter output)
    {
        var numberWidth = quotes.Count.ToString(CultureInfo.InvariantCulture).Length;
        var indent = new string(' ', 2 + numberWidth + 2);
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth);
            output.Write($"  {number}. {Describe(quote)}\n");
            foreach (var line in Wrap($"“{quote.Content}”", Width - indent.Length))
            {
                output.Write(indent);
                output.Write(line);
                output.Write('\n');
            }
        }
    }

    public void Complete()
    {
    }

    private static string Header(ArticleRecord article, int quotes)
    {
        var header = new StringBuilder(article.Id);
        if (article.Title is { Length: > 0 } title)
        {
            header.Append(" · ").Append(Collapse(title));
        }

        header.Append(" · ").Append(CountOf(quotes));
        return header.ToString();
    }

    /// <summary><c>no quotes</c>, <c>1 quote</c>, <c>9 quotes</c>.</summary>
    internal static string CountOf(int quotes) => quotes switch
    {
        0 => "no quotes",
        1 => "1 quote",
        _ => string.Create(CultureInfo.InvariantCulture, $"{quotes} quotes"),
    };

    /// <summary>One line: type, speaker (kind), cue, source, confidence, rule, and <c>optional</c> when it is.</summary>
    internal static string Describe(AttributedQuote quote)
    {
        var parts = new List<string> { RecordSchema.Name(quote.Type) };
        var speaker = quote.Speaker ?? "unknown speaker";
        parts.Add(quote.SpeakerType is { } type ? $"{speaker} ({RecordSchema.Name(type)})" : speaker);
        parts.Add(quote.Cue is null ? "no cue" : $"cue \"{quote.Cue}\"");
        if (quote.Source is not null)
        {
            parts.Add($"source \"{quote.Source}\"");
        }

        parts.Add(AnalysisRecordJson.Round(quote.Confidence).ToString("0.000", CultureInfo.InvariantCulture));
        parts.Add(quote.Provenance.Rule);
        if (quote.Optional)
        {
            parts.Add("optional");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters at white space; a longer word stands alone.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
