using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;

namespace QuoteAttribution;

/// <summary>
/// One article and what the engine found in it: what <see cref="QuoteExtractor.Analyze(IEnumerable{ArticleRecord})"/>
/// and <see cref="QuoteExtractor.AnalyzeFile"/> give. It prints as the report of <c>kutip extract --format text</c>
/// and turns into rows of a flat table with <see cref="ToRows"/>.
/// </summary>
public sealed class AnalyzedArticle
{
    /// <summary>Pairs an article with the analysis of its text.</summary>
    /// <exception cref="ArgumentException"><paramref name="analysis"/> is of another text than the article's.</exception>
    public AnalyzedArticle(ArticleRecord article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        article.EnsureAnalysisOfText(analysis);
        Article = article;
        Analysis = analysis;
    }

    /// <summary>The input article, with every field it came with.</summary>
    public ArticleRecord Article { get; }

    /// <summary>The quotes found in the article's text.</summary>
    public ArticleAnalysis Analysis { get; }

    /// <summary>The article's identifier.</summary>
    public string Id => Article.Id;

    /// <summary>The <c>outlet</c> field, or null.</summary>
    public string? Outlet => Article.GetString("outlet");

    /// <summary>The <c>date</c> field as given (ISO 8601 expected), or null.</summary>
    public string? Date => Article.GetString("date");

    /// <summary>The <c>title</c> field, or null.</summary>
    public string? Title => Article.Title;

    /// <summary>The quotes, in text order.</summary>
    public IReadOnlyList<AttributedQuote> Quotes => Analysis.Quotes;

    /// <summary>The article as the claim graph and the claim store know it (id, outlet, url, title, date).</summary>
    public ClaimArticle ToClaimArticle() => ClaimArticle.From(Article);

    /// <summary>One row per quote: article, outlet, date, speaker, type, cue, content, confidence.</summary>
    public IReadOnlyList<QuoteRow> ToRows() => Quotes.Select(q => QuoteRow.Of(this, q)).ToArray();

    /// <summary>The report of <c>kutip extract --format text</c>: a header line, then each quote numbered, its content wrapped.</summary>
    public override string ToString()
    {
        using var text = new StringWriter();
        IAnalysisWriter.Create(AnalysisFormat.Text, text).Write(Article, Analysis);
        return text.ToString().TrimEnd('\n');
    }
}
