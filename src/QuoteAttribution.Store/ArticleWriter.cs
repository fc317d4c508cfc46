using Microsoft.Data.Sqlite;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>Writes one article's rows inside the caller's transaction: the article, its speakers, claims and appearances.</summary>
internal sealed class ArticleWriter(SqliteConnection connection, SqliteTransaction transaction, SpeakerDirectory directory)
{
    public void Write(ClaimArticle article, ArticleAnalysis analysis, string contentHash, bool replace)
    {
        if (replace)
        {
            RemoveAppearances(article.Id);
            Execute(
                "UPDATE articles SET outlet = $outlet, url = $url, title = $title, date = $date, content_hash = $hash, quote_count = $count WHERE id = $id",
                Article(article, contentHash, analysis.Quotes.Count));
        }
        else
        {
            Execute(
                "INSERT INTO articles (id, outlet, url, title, date, content_hash, quote_count) VALUES ($id, $outlet, $url, $title, $date, $hash, $count)",
                Article(article, contentHash, analysis.Quotes.Count));
        }

        var local = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var quote in analysis.Quotes)
        {
            long? speakerId = quote.Speaker is { } name ? Speaker(local, name, quote) : null;
            var claimId = Claim(quote.Content);
            Execute(
                """
                INSERT INTO appearances (claim_id, article_id, speaker_id, speaker_name, content, content_start, content_end,
                                         type, cue, source, confidence, rule, optional)
                VALUES ($claim, $article, $speaker, $name, $content, $start, $end, $type, $cue, $source, $confidence, $rule, $optional)
                """,
                ("$claim", claimId), ("$article", article.Id), ("$speaker", speakerId), ("$name", quote.Speaker),
                ("$content", quote.Content), ("$start", quote.ContentSpan.Start), ("$end", quote.ContentSpan.End),
                ("$type", SpeakerTypes.Name(quote.Type)), ("$cue", quote.Cue), ("$source", quote.Source),
                ("$confidence", quote.Confidence), ("$rule", quote.Provenance.Rule), ("$optional", quote.Optional ? 1 : 0));
        }
    }

    private static (string, object?)[] Article(ClaimArticle article, string hash, int count) =>
    [
        ("$id", article.Id), ("$outlet", article.Outlet), ("$url", article.Url), ("$title", article.Title),
        ("$date", article.Date), ("$hash", hash), ("$count", count),
    ];

    private void RemoveAppearances(string articleId)
    {
        var claims = new List<long>();
        using (var command = Create("SELECT DISTINCT claim_id FROM appearances WHERE article_id = $id", ("$id", articleId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                claims.Add(reader.GetInt64(0));
            }
        }

        Execute("DELETE FROM appearances WHERE article_id = $id", ("$id", articleId));
        foreach (var claim in claims)
        {
            using var left = Create("SELECT count(*) FROM appearances WHERE claim_id = $c", ("$c", claim));
            if ((long)left.ExecuteScalar()! == 0)
            {
                Execute("DELETE FROM claims_fts WHERE rowid = $c", ("$c", claim));
                Execute("DELETE FROM claims WHERE id = $c", ("$c", claim));
            }
        }
    }

    private long Speaker(Dictionary<string, long> local, string name, AttributedQuote quote)
    {
        var localKey = $"{quote.SpeakerType}|{name}";
        if (!local.TryGetValue(localKey, out var id))
        {
            if (directory.Find(name, quote.SpeakerType, quote.Aliases) is { } found)
            {
                id = found;
            }
            else
            {
                id = Insert(
                    "INSERT INTO speakers (name, type, name_key) VALUES ($name, $type, $key) RETURNING id",
                    ("$name", name), ("$type", quote.SpeakerType is { } t ? SpeakerTypes.Name(t) : null), ("$key", TextFolding.Key(name)));
            }

            directory.Register(checked((int)id), name, quote.SpeakerType, quote.Aliases);
            local[localKey] = id;
        }

        foreach (var alias in quote.Aliases.Prepend(name))
        {
            Execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES ($id, $alias, $key)",
                ("$id", id), ("$alias", alias), ("$key", TextFolding.Key(alias)));
        }

        foreach (var role in quote.Roles)
        {
            Execute("INSERT OR IGNORE INTO speaker_roles (speaker_id, role) VALUES ($id, $role)", ("$id", id), ("$role", role));
        }

        return id;
    }

    private long Claim(string content)
    {
        var key = ClaimText.Key(content);
        using (var find = Create("SELECT id FROM claims WHERE content_key = $key", ("$key", key)))
        {
            if (find.ExecuteScalar() is long existing)
            {
                return existing;
            }
        }

        var id = Insert("INSERT INTO claims (content, content_key) VALUES ($content, $key) RETURNING id", ("$content", content), ("$key", key));
        Execute("INSERT INTO claims_fts (rowid, content, stems) VALUES ($id, $content, $stems)",
            ("$id", id), ("$content", content), ("$stems", SearchTerm.StemColumn(content)));
        return id;
    }

    private long Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Create(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
