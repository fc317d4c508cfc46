using QuoteAttribution.Corpus;

namespace QuoteAttribution;

/// <summary>The result of analysing one article: its quotes in text order.</summary>
/// <param name="Text">The analysed text; the quotes' offsets index it.</param>
/// <param name="Quotes">The quotes, in text order.</param>
public sealed record ArticleAnalysis(string Text, IReadOnlyList<AttributedQuote> Quotes)
{
    /// <summary>A report for people: the number of quotes, then each quote numbered with its content wrapped.</summary>
    public override string ToString()
    {
        using var text = new StringWriter();
        text.Write(TextAnalysisWriter.CountOf(Quotes.Count));
        text.Write('\n');
        TextAnalysisWriter.WriteQuotes(Quotes, text);
        return text.ToString().TrimEnd('\n');
    }
}
