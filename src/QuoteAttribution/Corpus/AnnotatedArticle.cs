namespace QuoteAttribution.Corpus;

/// <summary>
/// An article with the quotes its record lists: a gold article, or an engine's output read back.
/// The eval tooling reads both sides of a comparison as these.
/// </summary>
public sealed class AnnotatedArticle
{
    /// <summary>Pairs an article with its quotes.</summary>
    /// <param name="article">The article's fields.</param>
    /// <param name="quotes">The quotes, in record order.</param>
    public AnnotatedArticle(ArticleRecord article, IReadOnlyList<AnnotatedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quotes);
        Article = article;
        Quotes = quotes;
    }

    /// <summary>The article's id, text and other fields.</summary>
    public ArticleRecord Article { get; }

    /// <summary>The article's id.</summary>
    public string Id => Article.Id;

    /// <summary>The article's text; quote offsets index it.</summary>
    public string Text => Article.Text;

    /// <summary>The quotes, in record order.</summary>
    public IReadOnlyList<AnnotatedQuote> Quotes { get; }
}
