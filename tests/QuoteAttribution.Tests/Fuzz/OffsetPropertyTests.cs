using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace QuoteAttribution.Tests.Fuzz;

/// <summary>
/// Properties of every analysis, checked on texts FsCheck builds from pieces of Indonesian news (our own words), quote
/// marks of every kind, punctuation, whitespace and stray characters: every output offset lies in the text, start
/// before end (half-open UTF-16), and each text field equals the text at its span.
/// </summary>
public sealed class OffsetPropertyTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static readonly string[] Pieces =
    [
        "Harga beras naik lagi", "kata Budi Santoso", "ujar Menteri Perdagangan", "menurut dia", "ia menegaskan bahwa",
        "Kami akan menurunkan harga", "Presiden Joko Widodo", "Sri Mulyani mengatakan", "kepada wartawan di Jakarta",
        "Senin (3/3/2025)", "tuturnya", "-nya", "Pak Hendra", "warga", "pemerintah", "tidak benar", "sudah kami minta",
        "\"", "“", "”", "'", "‘", "’", "«", "»", ",", ".", ":", ";", "(", ")", "—", "-", "?", "!", " ", " ", " ", "\n", "\n\n",
        "\t", "\u00A0", "\u200B", "e\u0301", "😀", "\uD800", "İ", "ẞ", "3", "2025",
    ];

    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(60);

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Pieces).ArrayOf().Select(pieces => string.Join(string.Empty, pieces)).ToArbitrary();

    [Test]
    public void Analyze_AnyText_EveryOffsetLiesInTheTextAndEveryFieldIsItsSpan()
    {
        Prop.ForAll(Texts(), text => Problems(text).Count == 0).Check(Checks);
    }

    [Test]
    public void Analyze_ArticleOfOurOwn_PassesTheSameChecks()
    {
        // The property's own check, on a text known to hold direct, indirect and mixed quotes: it does look at quotes.
        const string text = "\"Harga beras naik lagi,\" kata Budi Santoso, Senin (3/3/2025). Menurut dia, pemerintah sudah turun tangan. " +
            "Sri Mulyani mengatakan bahwa anggaran subsidi \"tidak akan dipotong\" tahun ini.";

        var quotes = Extractor.Analyze(text).Quotes;

        Assert.That(quotes, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(Problems(text), Is.Empty);
    }

    /// <summary>What is wrong with the analysis of <paramref name="text"/>: each quote's spans out of the text or not equal to its fields.</summary>
    private static List<string> Problems(string text)
    {
        var problems = new List<string>();
        foreach (var quote in Extractor.Analyze(text).Quotes)
        {
            Check(problems, text, "content", quote.ContentSpan, quote.Content);
            if (quote.CueSpan is { } cue)
            {
                Check(problems, text, "cue", cue, quote.Cue);
            }

            if (quote.SourceSpan is { } source)
            {
                Check(problems, text, "source", source, quote.Source);
            }
        }

        return problems;
    }

    private static void Check(List<string> problems, string text, string what, QuoteAttribution.Text.TextSpan span, string? value)
    {
        if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
        {
            problems.Add($"{what} span [{span.Start}, {span.End}) outside a text of {text.Length}");
        }
        else if (!string.Equals(text[span.Start..span.End], value, StringComparison.Ordinal))
        {
            problems.Add($"{what} '{value}' is not the text at [{span.Start}, {span.End})");
        }
    }
}
