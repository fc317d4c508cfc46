using Microsoft.Data.Sqlite;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// A claim store in one SQLite file: <c>articles</c>, <c>speakers</c> (with <c>speaker_aliases</c> and
/// <c>speaker_roles</c>), <c>claims</c> (one row per distinct claim), <c>appearances</c> (one row per quote in an
/// article) and the full-text index <c>claims_fts</c>. Each article is written in one transaction, keyed by its
/// id and content hash, so re-indexing is idempotent and an interrupted run leaves nothing half-written. Each
/// article keeps its own speakers (<c>article_speakers</c>); <see cref="MergeSpeakers"/> merges them into
/// <c>speakers</c> for the whole store at once, so the speakers never depend on the order articles came in.
/// Several processes may write one store: each waits for the others' transactions (a busy timeout).
/// Every statement is parameterised. Not thread-safe: use one instance from one thread.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private const int ReadOnlyDatabase = 8; // SQLITE_READONLY
    private const int CannotOpen = 14; // SQLITE_CANTOPEN

    /// <summary>How long a writer waits for another process's transaction before it gives up.</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromMinutes(2);

    private readonly SqliteConnection _connection;
    private readonly bool _readOnly;

    private ClaimStore(SqliteConnection connection, bool readOnly)
    {
        _connection = connection;
        _readOnly = readOnly;
    }

    /// <summary>Opens the store at <paramref name="path"/> for writing (and reading).</summary>
    /// <param name="path">The database file, or <c>:memory:</c>.</param>
    /// <param name="create">Create the file when it is missing; when false, a missing file throws.</param>
    /// <exception cref="FileNotFoundException">The file is missing and <paramref name="create"/> is false.</exception>
    /// <exception cref="InvalidDataException">The file is not a claim store of this version.</exception>
    /// <exception cref="IOException">The store cannot be written (read-only media, file or folder); the message names the file and the cause.</exception>
    public static ClaimStore Open(string path, bool create) => Open(path, create, readOnly: false);

    /// <summary>
    /// Opens the store at <paramref name="path"/> for reading only: nothing is written, not even the journal mode,
    /// so a store on read-only media or in a read-only folder can be searched.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The file is not a claim store of this version.</exception>
    /// <exception cref="IOException">The file cannot be read; the message names the file and the cause.</exception>
    public static ClaimStore OpenReadOnly(string path) => Open(path, create: false, readOnly: true);

    private static ClaimStore Open(string path, bool create, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(path);
        var inMemory = path == ":memory:";
        if (!create && !inMemory && !File.Exists(path))
        {
            throw new FileNotFoundException($"no claim store at '{path}'", path);
        }

        try
        {
            return Connect(path, path, create, readOnly);
        }
        catch (SqliteException e) when (readOnly && e.SqliteErrorCode is CannotOpen or ReadOnlyDatabase && IsAtRest(path))
        {
            // A WAL store on read-only media: SQLite cannot create the shared-memory file readers use. The store
            // was closed cleanly (no changes wait in its -wal file) and nobody can write there, so it is immutable.
            try
            {
                return Connect(path, ImmutableUri(path), create: false, readOnly: true);
            }
            catch (SqliteException again)
            {
                throw StoreErrors.Opening(path, again, readOnly);
            }
        }
        catch (SqliteException e)
        {
            throw StoreErrors.Opening(path, e, readOnly);
        }
    }

    private static ClaimStore Connect(string path, string dataSource, bool create, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new ClaimStore(connection, readOnly);
            store.Initialise(create);
            return store;
        }
        catch (InvalidDataException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"'{path}' {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>True when no changes wait in the store's write-ahead log (it is missing or empty).</summary>
    private static bool IsAtRest(string path)
    {
        var log = new FileInfo(path + "-wal");
        return !log.Exists || log.Length == 0;
    }

    /// <summary>A SQLite URI that opens <paramref name="path"/> as a file nobody changes: no locks, no shared memory.</summary>
    private static string ImmutableUri(string path) =>
        "file:" + Path.GetFullPath(path).Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal)
            .Replace("#", "%23", StringComparison.Ordinal) + "?immutable=1";

    /// <summary>The open connection, for the read side of the store.</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>The number of rows in each table.</summary>
    public StoreCounts Counts() => new(
        Scalar<long>("SELECT count(*) FROM articles"),
        Scalar<long>("SELECT count(*) FROM speakers"),
        Scalar<long>("SELECT count(*) FROM claims"),
        Scalar<long>("SELECT count(*) FROM appearances"));

    /// <summary>The content hash stored for each article id.</summary>
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

    /// <summary>
    /// Stores one analysed article in one transaction: nothing when its <paramref name="contentHash"/> is the one
    /// stored; otherwise its old appearances and speakers (and claims no other article has) are replaced by the new
    /// ones. The stored hash is read inside the transaction, so two processes indexing the same article do not
    /// collide. The article's speakers join <c>speakers</c> at the next <see cref="MergeSpeakers"/>.
    /// </summary>
    /// <param name="article">The article's id and metadata.</param>
    /// <param name="analysis">Its quotes.</param>
    /// <param name="contentHash">A hash of everything the stored rows derive from (see <see cref="ContentHash"/>).</param>
    /// <exception cref="InvalidOperationException">The store was opened with <see cref="OpenReadOnly"/>.</exception>
    public IndexOutcome Index(ClaimArticle article, ArticleAnalysis analysis, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(contentHash);
        EnsureWritable();
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var lookup = Command("SELECT content_hash FROM articles WHERE id = $id", ("$id", article.Id));
        lookup.Transaction = transaction;
        var stored = lookup.ExecuteScalar() as string;
        if (stored == contentHash)
        {
            return IndexOutcome.Unchanged;
        }

        new ArticleWriter(_connection, transaction).Write(article, analysis, contentHash, replace: stored is not null);
        SetSpeakersMerged(transaction, false);
        transaction.Commit();
        return stored is null ? IndexOutcome.Added : IndexOutcome.Replaced;
    }

    /// <summary>
    /// True when <c>speakers</c> was merged after the last article was written; false after <see cref="Index"/> until
    /// <see cref="MergeSpeakers"/> (for instance when an index run was stopped before its end).
    /// </summary>
    public bool SpeakersMerged
    {
        get
        {
            using var command = Command("SELECT value FROM meta WHERE key = 'speakers'");
            return command.ExecuteScalar() as string != "stale";
        }
    }

    /// <summary>
    /// Merges every article's speakers into <c>speakers</c> (<see cref="SpeakerMerging"/>), in one transaction, and
    /// points each appearance at its speaker. The result depends only on the stored articles. Does nothing when
    /// <see cref="SpeakersMerged"/> already holds, unless <paramref name="always"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store was opened with <see cref="OpenReadOnly"/>.</exception>
    public void MergeSpeakers(bool always = false)
    {
        EnsureWritable();
        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var state = Command("SELECT value FROM meta WHERE key = 'speakers'"))
        {
            state.Transaction = transaction;
            if (!always && state.ExecuteScalar() as string != "stale")
            {
                return;
            }
        }

        new SpeakerTable(_connection, transaction).Rebuild();
        SetSpeakersMerged(transaction, true);
        transaction.Commit();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private T Scalar<T>(string sql)
    {
        using var command = Command(sql);
        return (T)command.ExecuteScalar()!;
    }

    private void EnsureWritable()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("the claim store was opened read-only");
        }
    }

    private void SetSpeakersMerged(SqliteTransaction transaction, bool merged)
    {
        using var command = Command("INSERT OR REPLACE INTO meta (key, value) VALUES ('speakers', $state)", ("$state", merged ? "merged" : "stale"));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private void Initialise(bool create)
    {
        if (_readOnly)
        {
            // Setting the journal mode writes to the file: a reader leaves it as the writer set it.
            using var foreignKeys = Command("PRAGMA foreign_keys = ON;");
            foreignKeys.ExecuteNonQuery();
            CheckVersion(Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0, create: false, null);
            return;
        }

        using (var pragmas = Command(
            $"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"))
        {
            pragmas.ExecuteNonQuery();
        }

        // In a transaction that takes the write lock at once: two processes creating one store never both create it.
        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var meta = Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        {
            meta.Transaction = transaction;
            CheckVersion((long)meta.ExecuteScalar()! > 0, create, transaction);
        }

        transaction.Commit();
    }

    private void CheckVersion(bool hasMeta, bool create, SqliteTransaction? transaction)
    {
        if (hasMeta)
        {
            using var version = Command("SELECT value FROM meta WHERE key = 'schema_version'");
            version.Transaction = transaction;
            if (version.ExecuteScalar() as string != StoreSchema.Version)
            {
                throw new InvalidDataException("is a claim store of another version; index into a new file");
            }
        }
        else if (create && transaction is not null)
        {
            using (var tables = Command("SELECT count(*) FROM sqlite_master"))
            {
                tables.Transaction = transaction;
                if ((long)tables.ExecuteScalar()! > 0)
                {
                    throw new InvalidDataException("is a SQLite database but not a claim store");
                }
            }

            using (var schema = Command(StoreSchema.Create))
            {
                schema.Transaction = transaction;
                schema.ExecuteNonQuery();
            }

            using var meta = Command("INSERT INTO meta (key, value) VALUES ('schema_version', $v), ('speakers', 'merged')", ("$v", StoreSchema.Version));
            meta.Transaction = transaction;
            meta.ExecuteNonQuery();
        }
        else
        {
            throw new InvalidDataException("is not a claim store");
        }
    }
}
