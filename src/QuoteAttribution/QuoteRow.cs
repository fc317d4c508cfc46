using System.Globalization;
using QuoteAttribution.Corpus;

namespace QuoteAttribution;

/// <summary>
/// One quote as a row of a flat table, for data frames, spreadsheets and CSV (<see cref="QuoteRows.WriteCsv"/>).
/// Enumerations are given as the names of the output format (<c>direct</c>, <c>person</c>).
/// </summary>
/// <param name="ArticleId">The article's identifier.</param>
/// <param name="Outlet">The article's outlet, or null.</param>
/// <param name="Date">The article's date as given, or null.</param>
/// <param name="Speaker">The speaker's fullest name in the article, or null when the text does not tell.</param>
/// <param name="SpeakerType"><c>person</c>, <c>organization</c>, <c>group</c>, <c>unnamed</c>, or null.</param>
/// <param name="Type"><c>direct</c>, <c>indirect</c> or <c>mixed</c>.</param>
/// <param name="Cue">The reporting word (<c>kata</c>, <c>menegaskan</c>), or null.</param>
/// <param name="Content">The quoted or reported words.</param>
/// <param name="Confidence">The calibrated confidence of the attribution, in <c>[0, 1]</c>.</param>
public sealed record QuoteRow(
    string ArticleId,
    string? Outlet,
    string? Date,
    string? Speaker,
    string? SpeakerType,
    string Type,
    string? Cue,
    string Content,
    double Confidence)
{
    /// <summary>The column names, in the order of the record's parameters and of <see cref="QuoteRows.WriteCsv"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["article", "outlet", "date", "speaker", "speaker_type", "type", "cue", "content", "confidence"];

    /// <summary>The cells, in the order of <see cref="Columns"/>; null cells are empty, the confidence has three decimals.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        ArticleId, Outlet ?? "", Date ?? "", Speaker ?? "", SpeakerType ?? "", Type, Cue ?? "", Content,
        Confidence.ToString("0.000", CultureInfo.InvariantCulture),
    ];

    /// <summary>A one-line summary: <c>kompas-1 · direct · Budi Santoso · kata · 0.950 · “Harga beras akan turun”</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ArticleId} · {Type} · {Speaker ?? "unknown speaker"} · {Cue ?? "no cue"} · {Confidence:0.000} · “{Content}”");

    internal static QuoteRow Of(AnalyzedArticle article, AttributedQuote quote) => new(
        article.Id,
        article.Outlet,
        article.Date,
        quote.Speaker,
        quote.SpeakerType is { } type ? RecordSchema.Name(type) : null,
        RecordSchema.Name(quote.Type),
        quote.Cue,
        quote.Content,
        quote.Confidence);
}
