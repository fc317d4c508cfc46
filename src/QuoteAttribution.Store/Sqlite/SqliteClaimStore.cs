using System.Data.Common;
using Microsoft.Data.Sqlite;
using QuoteAttribution.Store.Shared;

namespace QuoteAttribution.Store.Sqlite;

/// <summary>
/// The SQLite backend: a claim store in one file: <c>articles</c>, <c>speakers</c> (with <c>speaker_aliases</c> and
/// <c>speaker_roles</c>), <c>claims</c> (one row per distinct claim), <c>appearances</c> (one row per quote in an
/// article) and the full-text index <c>claims_fts</c>. Each article is written in one transaction, keyed by its
/// id and content hash, so re-indexing is idempotent and an interrupted run leaves nothing half-written. Each
/// article keeps its own speakers (<c>article_speakers</c>); <see cref="DbClaimStore.MergeSpeakers"/> merges them into
/// <c>speakers</c> for the whole store at once, so the speakers never depend on the order articles came in.
/// Several processes may write one store: each waits for the others' transactions (a busy timeout).
/// Every statement is parameterised. Not thread-safe: use one instance from one thread.
/// </summary>
internal sealed class SqliteClaimStore : DbClaimStore
{
    private static readonly StoreDialect SqliteDialect = new(
        "INSERT INTO claims (content, content_key) VALUES (@content, @key) RETURNING id",
        "INSERT INTO claims_fts (rowid, content, stems) VALUES (@id, @content, @stems)",
        "DELETE FROM claims_fts WHERE rowid = @id");

    private const int ReadOnlyDatabase = 8; // SQLITE_READONLY
    private const int CannotOpen = 14; // SQLITE_CANTOPEN

    /// <summary>How long a writer waits for another process's transaction before it gives up.</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromMinutes(2);

    private readonly bool _readOnly;

    private SqliteClaimStore(SqliteConnection connection, bool readOnly, string path)
        : base(connection, readOnly, path)
    {
        _readOnly = readOnly;
    }

    /// <summary>Opens the store at <paramref name="path"/> for writing (and reading).</summary>
    /// <param name="path">The database file, or <c>:memory:</c>.</param>
    /// <param name="create">Create the file when it is missing; when false, a missing file throws.</param>
    /// <exception cref="FileNotFoundException">The file is missing and <paramref name="create"/> is false.</exception>
    /// <exception cref="InvalidDataException">The file is not a claim store of this version.</exception>
    /// <exception cref="IOException">The store cannot be written (read-only media, file or folder); the message names the file and the cause.</exception>
    public static SqliteClaimStore Open(string path, bool create) => Open(path, create, readOnly: false);

    /// <summary>
    /// Opens the store at <paramref name="path"/> for reading only: nothing is written, not even the journal mode,
    /// so a store on read-only media or in a read-only folder can be searched.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The file is not a claim store of this version.</exception>
    /// <exception cref="IOException">The file cannot be read; the message names the file and the cause.</exception>
    public static SqliteClaimStore OpenReadOnly(string path) => Open(path, create: false, readOnly: true);

    private static SqliteClaimStore Open(string path, bool create, bool readOnly)
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
                throw SqliteErrors.Opening(path, again, readOnly);
            }
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Opening(path, e, readOnly);
        }
    }

    private static SqliteClaimStore Connect(string path, string dataSource, bool create, bool readOnly)
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
            var store = new SqliteClaimStore(connection, readOnly, path);
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

    /// <summary>The open SQLite connection.</summary>
    private new SqliteConnection Connection => (SqliteConnection)base.Connection;

    /// <inheritdoc />
    protected override StoreDialect Dialect => SqliteDialect;

    /// <inheritdoc />
    internal override IClaimQueries Queries() => new SqliteClaimQueries(this);

    /// <summary>BEGIN IMMEDIATE: the write lock at once, waiting up to the busy timeout for another writer.</summary>
    protected override DbTransaction BeginWrite() => Connection.BeginTransaction(deferred: false);

    /// <inheritdoc />
    protected override IEnumerable<string> EngineProblems()
    {
        var problems = new List<string>();
        using (var check = Command("PRAGMA integrity_check"))
        using (var reader = check.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetString(0) is var line && line != "ok")
                {
                    problems.Add("SQLite integrity check: " + line);
                }
            }
        }

        var foreign = Scalar("SELECT count(*) FROM pragma_foreign_key_check");
        if (foreign > 0)
        {
            problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{foreign} rows point at a missing row (foreign keys)"));
        }

        var unsearchable = Scalar("SELECT count(*) FROM claims WHERE id NOT IN (SELECT rowid FROM claims_fts)") +
            Scalar("SELECT count(*) FROM claims_fts WHERE rowid NOT IN (SELECT id FROM claims)");
        if (unsearchable > 0)
        {
            problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{unsearchable} claims where the full-text index and the claims table disagree"));
        }

        return problems;
    }

    private void Initialise(bool create)
    {
        if (_readOnly)
        {
            // Setting the journal mode writes to the file: a reader leaves it as the writer set it.
            using var foreignKeys = Command("PRAGMA foreign_keys = ON;");
            foreignKeys.ExecuteNonQuery();
            CheckVersion(Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0, create: false, null);
            return;
        }

        using (var pragmas = Command(
            $"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"))
        {
            pragmas.ExecuteNonQuery();
        }

        // In a transaction that takes the write lock at once: two processes creating one store never both create it.
        using var transaction = Connection.BeginTransaction(deferred: false);
        using (var meta = Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        {
            meta.Transaction = transaction;
            CheckVersion((long)meta.ExecuteScalar()! > 0, create, transaction);
        }

        transaction.Commit();
    }

    private void CheckVersion(bool hasMeta, bool create, DbTransaction? transaction)
    {
        if (hasMeta)
        {
            using var version = Command("SELECT value FROM meta WHERE key = 'schema_version'");
            version.Transaction = transaction;
            if (version.ExecuteScalar() as string != SqliteSchema.Version)
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

            using (var schema = Command(SqliteSchema.Create))
            {
                schema.Transaction = transaction;
                schema.ExecuteNonQuery();
            }

            using var meta = Command("INSERT INTO meta (key, value) VALUES ('schema_version', @v), ('speakers', 'merged')", ("@v", SqliteSchema.Version));
            meta.Transaction = transaction;
            meta.ExecuteNonQuery();
        }
        else
        {
            throw new InvalidDataException("is not a claim store");
        }
    }
}
