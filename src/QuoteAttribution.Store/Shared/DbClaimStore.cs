using System.Data.Common;
using System.Globalization;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store.Shared;

/// <summary>
/// What the two backends share: the tables and their meaning, one transaction per article that first takes the
/// store's write lock (<see cref="BeginWrite"/>) and then reads the stored content hash, the speaker merge, the
/// counts and the logical half of the integrity check. Every statement is parameterised.
/// </summary>
internal abstract class DbClaimStore : IClaimStore
{
    private readonly bool _readOnly;

    protected DbClaimStore(DbConnection connection, bool readOnly, string name)
    {
        Connection = connection;
        _readOnly = readOnly;
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The open connection.</summary>
    internal DbConnection Connection { get; }

    /// <summary>How this backend stores and indexes a claim.</summary>
    protected abstract StoreDialect Dialect { get; }

    /// <summary>The searches of this backend.</summary>
    internal abstract IClaimQueries Queries();

    /// <summary>A transaction that holds the store's write lock from its start: writers take turns, never interleave.</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>The database engine's own findings (page checks, foreign keys, the full-text index agreeing with the claims).</summary>
    protected abstract IEnumerable<string> EngineProblems();

    /// <inheritdoc />
    public StoreCounts Counts() => new(
        Scalar("SELECT count(*) FROM articles"),
        Scalar("SELECT count(*) FROM speakers"),
        Scalar("SELECT count(*) FROM claims"),
        Scalar("SELECT count(*) FROM appearances"));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ContentHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Command("SELECT id, content_hash FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <inheritdoc />
    public IndexOutcome Index(ClaimArticle article, ArticleAnalysis analysis, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(contentHash);
        EnsureWritable();
        using var transaction = BeginWrite();
        using var lookup = Command("SELECT content_hash FROM articles WHERE id = @id", ("@id", article.Id));
        lookup.Transaction = transaction;
        var stored = lookup.ExecuteScalar() as string;
        if (stored == contentHash)
        {
            return IndexOutcome.Unchanged;
        }

        new ArticleWriter(Connection, transaction, Dialect).Write(article, analysis, contentHash, replace: stored is not null);
        SetSpeakersMerged(transaction, false);
        transaction.Commit();
        return stored is null ? IndexOutcome.Added : IndexOutcome.Replaced;
    }

    /// <inheritdoc />
    public bool SpeakersMerged
    {
        get
        {
            using var command = Command("SELECT value FROM meta WHERE key = 'speakers'");
            return command.ExecuteScalar() as string != "stale";
        }
    }

    /// <inheritdoc />
    public void MergeSpeakers(bool always = false)
    {
        EnsureWritable();
        using var transaction = BeginWrite();
        using (var state = Command("SELECT value FROM meta WHERE key = 'speakers'"))
        {
            state.Transaction = transaction;
            if (!always && state.ExecuteScalar() as string != "stale")
            {
                return;
            }
        }

        new SpeakerTable(Connection, transaction).Rebuild();
        SetSpeakersMerged(transaction, true);
        transaction.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = EngineProblems().ToList();
        using (var command = Command(
            """
            SELECT a.id, a.quote_count, (SELECT count(*) FROM appearances ap WHERE ap.article_id = a.id) AS held
            FROM articles a
            WHERE a.quote_count <> (SELECT count(*) FROM appearances ap WHERE ap.article_id = a.id)
            ORDER BY a.id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"article '{reader.GetString(0)}' says it has {reader.GetInt64(1)} quotes but holds {reader.GetInt64(2)} appearances"));
            }
        }

        Count(problems, "quotes stored twice (same article, span, claim, type and speaker name)",
            """
            SELECT count(*) FROM (
              SELECT 1 FROM appearances
              GROUP BY article_id, content_start, content_end, claim_id, type, speaker_name
              HAVING count(*) > 1) AS twice
            """);
        Count(problems, "appearances of a missing claim or article",
            "SELECT count(*) FROM appearances ap WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = ap.claim_id) OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ap.article_id)");
        Count(problems, "claims without an appearance",
            "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM appearances ap WHERE ap.claim_id = c.id)");
        return problems;
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    /// <summary>A command on the connection, with <c>@name</c> parameters.</summary>
    internal DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => DbCommands.Create(Connection, null, sql, parameters);

    /// <summary>The single number <paramref name="sql"/> returns.</summary>
    internal long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Count(List<string> problems, string what, string sql)
    {
        var n = Scalar(sql);
        if (n > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{n} {what}"));
        }
    }

    private void EnsureWritable()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("the claim store was opened read-only");
        }
    }

    private void SetSpeakersMerged(DbTransaction transaction, bool merged)
    {
        using var command = Command(
            "INSERT INTO meta (key, value) VALUES ('speakers', @state) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("@state", merged ? "merged" : "stale"));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
