using QuoteAttribution.Corpus;
using QuoteAttribution.Text;

namespace QuoteAttribution.Claims;

/// <summary>
/// Turns the <c>quotes</c> that came with an input record (a gold file, or <c>kutip extract</c> output) into an
/// <see cref="ArticleAnalysis"/>, so that graphs and stores can be built without running the engine again.
/// </summary>
public static class InputQuotes
{
    /// <summary>The analysis the record's quotes describe. A quote without offsets is placed where its content first stands in the text.</summary>
    public static ArticleAnalysis ToAnalysis(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var quotes = article.Quotes.Select(q => ToQuote(text, q)).ToArray();
        return new ArticleAnalysis(text, quotes);
    }

    private static AttributedQuote ToQuote(string text, AnnotatedQuote quote)
    {
        var span = quote.ContentSpan is { } given && given.Start >= 0 && given.End <= text.Length && given.Start <= given.End
            ? given
            : Locate(text, quote.Content);
        return new AttributedQuote
        {
            Content = quote.Content,
            ContentSpan = span,
            Type = quote.Type ?? QuoteType.Indirect,
            Cue = quote.Cue,
            CueSpan = quote.CueStart is { } cue && quote.Cue is { } c ? new TextSpan(cue, cue + c.Length) : null,
            Source = quote.Source,
            SourceSpan = quote.SourceStart is { } source && quote.Source is { } s ? new TextSpan(source, source + s.Length) : null,
            Speaker = quote.Speaker,
            SpeakerType = quote.SpeakerType,
            Aliases = quote.Aliases,
            Roles = quote.Roles,
            Optional = quote.Optional,
            Provenance = quote.Provenance ?? new Provenance("input", quote.Confidence ?? 1.0, "given with the input"),
        };
    }

    private static TextSpan Locate(string text, string content)
    {
        var start = text.IndexOf(content, StringComparison.Ordinal);
        return start < 0 ? new TextSpan(0, 0) : new TextSpan(start, start + content.Length);
    }
}
