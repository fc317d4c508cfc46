using System.Data.Common;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store.Shared;

/// <summary>
/// Writes one article's rows inside the caller's transaction: the article, its own speakers (<c>article_speakers</c>,
/// with the aliases and roles the article gives them), its claims and appearances. Which stored speaker each
/// article speaker is, is decided afterwards for the whole store (<see cref="SpeakerTable"/>). The same SQL serves
/// SQLite and PostgreSQL but for the claims' full-text index (<see cref="StoreDialect"/>).
/// </summary>
internal sealed class ArticleWriter(DbConnection connection, DbTransaction transaction, StoreDialect dialect)
{
    public void Write(ClaimArticle article, ArticleAnalysis analysis, string contentHash, bool replace)
    {
        if (replace)
        {
            Remove(article.Id);
            Execute(
                "UPDATE articles SET outlet = @outlet, url = @url, title = @title, date = @date, content_hash = @hash, quote_count = @count WHERE id = @id",
                Article(article, contentHash, analysis.Quotes.Count));
        }
        else
        {
            Execute(
                "INSERT INTO articles (id, outlet, url, title, date, content_hash, quote_count) VALUES (@id, @outlet, @url, @title, @date, @hash, @count)",
                Article(article, contentHash, analysis.Quotes.Count));
        }

        var local = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var quote in analysis.Quotes)
        {
            long? articleSpeaker = quote.Speaker is { } name ? ArticleSpeaker(local, article.Id, name, quote) : null;
            var claimId = Claim(quote.Content);
            Execute(
                """
                INSERT INTO appearances (claim_id, article_id, article_speaker_id, speaker_id, speaker_name, content, content_start, content_end,
                                         type, cue, source, confidence, rule, optional)
                VALUES (@claim, @article, @articleSpeaker, NULL, @name, @content, @start, @end, @type, @cue, @source, @confidence, @rule, @optional)
                """,
                ("@claim", claimId), ("@article", article.Id), ("@articleSpeaker", articleSpeaker), ("@name", quote.Speaker),
                ("@content", quote.Content), ("@start", quote.ContentSpan.Start), ("@end", quote.ContentSpan.End),
                ("@type", SpeakerTypes.Name(quote.Type)), ("@cue", quote.Cue), ("@source", quote.Source),
                ("@confidence", quote.Confidence), ("@rule", quote.Provenance.Rule), ("@optional", quote.Optional ? 1 : 0));
        }
    }

    private static (string, object?)[] Article(ClaimArticle article, string hash, int count) =>
    [
        ("@id", article.Id), ("@outlet", article.Outlet), ("@url", article.Url), ("@title", article.Title),
        ("@date", article.Date), ("@hash", hash), ("@count", count),
    ];

    /// <summary>Removes the article's appearances, its own speakers, and the claims no other article has.</summary>
    private void Remove(string articleId)
    {
        var claims = new List<long>();
        using (var command = Create("SELECT DISTINCT claim_id FROM appearances WHERE article_id = @id", ("@id", articleId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                claims.Add(reader.GetInt64(0));
            }
        }

        Execute("DELETE FROM appearances WHERE article_id = @id", ("@id", articleId));
        Execute("DELETE FROM article_speaker_aliases WHERE article_speaker_id IN (SELECT id FROM article_speakers WHERE article_id = @id)", ("@id", articleId));
        Execute("DELETE FROM article_speaker_roles WHERE article_speaker_id IN (SELECT id FROM article_speakers WHERE article_id = @id)", ("@id", articleId));
        Execute("DELETE FROM article_speakers WHERE article_id = @id", ("@id", articleId));
        foreach (var claim in claims)
        {
            using var left = Create("SELECT count(*) FROM appearances WHERE claim_id = @c", ("@c", claim));
            if (Convert.ToInt64(left.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                if (dialect.UnindexClaim is { } unindex)
                {
                    Execute(unindex, ("@id", claim));
                }

                Execute("DELETE FROM claims WHERE id = @c", ("@c", claim));
            }
        }
    }

    /// <summary>The row of the article's speaker (by kind and name) that <paramref name="quote"/> names, added when new; its aliases and roles are added.</summary>
    private long ArticleSpeaker(Dictionary<string, long> local, string articleId, string name, AttributedQuote quote)
    {
        var localKey = $"{quote.SpeakerType}|{name}";
        if (!local.TryGetValue(localKey, out var id))
        {
            id = Insert(
                "INSERT INTO article_speakers (article_id, ordinal, name, type) VALUES (@article, @ordinal, @name, @type) RETURNING id",
                ("@article", articleId), ("@ordinal", local.Count), ("@name", name),
                ("@type", quote.SpeakerType is { } t ? SpeakerTypes.Name(t) : null));
            local[localKey] = id;
        }

        foreach (var alias in quote.Aliases)
        {
            Execute("INSERT INTO article_speaker_aliases (article_speaker_id, alias) VALUES (@id, @alias) ON CONFLICT DO NOTHING", ("@id", id), ("@alias", alias));
        }

        foreach (var role in quote.Roles)
        {
            Execute("INSERT INTO article_speaker_roles (article_speaker_id, role) VALUES (@id, @role) ON CONFLICT DO NOTHING", ("@id", id), ("@role", role));
        }

        return id;
    }

    private long Claim(string content)
    {
        var key = ClaimText.Key(content);
        using (var find = Create("SELECT id FROM claims WHERE content_key = @key", ("@key", key)))
        {
            if (find.ExecuteScalar() is long existing)
            {
                return existing;
            }
        }

        var stems = SearchTerm.StemColumn(content);
        var id = Insert(dialect.InsertClaim, ("@content", content), ("@key", key), ("@stems", stems));
        if (dialect.IndexClaim is { } index)
        {
            Execute(index, ("@id", id), ("@content", content), ("@stems", stems));
        }

        return id;
    }

    private long Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        command.ExecuteNonQuery();
    }

    private DbCommand Create(string sql, params (string Name, object? Value)[] parameters) => DbCommands.Create(connection, transaction, sql, parameters);
}
