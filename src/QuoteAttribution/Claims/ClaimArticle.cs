using QuoteAttribution.Corpus;

namespace QuoteAttribution.Claims;

/// <summary>An article as the claim graph and the claim store know it.</summary>
/// <param name="Id">The article's identifier.</param>
/// <param name="Outlet">The publishing outlet, or null.</param>
/// <param name="Url">The article's address, or null.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Date">The publication date as given in the input (ISO 8601 expected), or null.</param>
public sealed record ClaimArticle(string Id, string? Outlet, string? Url, string? Title, string? Date)
{
    /// <summary>The article of an input record, from its <c>outlet</c>, <c>url</c>, <c>title</c> and <c>date</c> fields.</summary>
    public static ClaimArticle From(ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ClaimArticle(record.Id, record.GetString("outlet"), record.GetString("url"), record.Title, record.GetString("date"));
    }

    /// <summary>Orders articles by date (undated last), then by <see cref="Id"/>, ordinally.</summary>
    public static int CompareByDate(ClaimArticle a, ClaimArticle b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byDate = (a.Date, b.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(a.Date, b.Date),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }
}
