using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// The content hash of an article: SHA-256 over its metadata, its text and, when its quotes came with the
/// input, those quotes; engine-analysed articles hash the text alone with a marker. Equal hash, nothing to re-index.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of an article whose quotes the engine finds.</summary>
    public static string OfText(ClaimArticle article, string text) => Compute(article, text, "engine");

    /// <summary>The hash of an article whose quotes were given (a gold file, <c>kutip extract</c> output).</summary>
    public static string OfQuotes(ClaimArticle article, string text, IEnumerable<AttributedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var builder = new StringBuilder("input");
        foreach (var q in quotes)
        {
            builder.Append('\u001e').AppendJoin('\u001f',
                q.Content, q.ContentSpan.Start.ToString(CultureInfo.InvariantCulture), q.ContentSpan.End.ToString(CultureInfo.InvariantCulture),
                q.Type, q.Cue, q.Source, q.Speaker, q.SpeakerType, string.Join('|', q.Aliases), string.Join('|', q.Roles),
                q.Optional, q.Confidence.ToString("R", CultureInfo.InvariantCulture), q.Provenance.Rule);
        }

        return Compute(article, text, builder.ToString());
    }

    private static string Compute(ClaimArticle article, string text, string quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(text);
        var joined = string.Join('\u001d', article.Id, article.Outlet, article.Url, article.Title, article.Date, text, quotes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
