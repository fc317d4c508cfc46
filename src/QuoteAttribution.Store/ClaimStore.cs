using Microsoft.Data.Sqlite;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// A claim store in one SQLite file: <c>articles</c>, <c>speakers</c> (with <c>speaker_aliases</c> and
/// <c>speaker_roles</c>), <c>claims</c> (one row per distinct claim), <c>appearances</c> (one row per quote in an
/// article) and the full-text index <c>claims_fts</c>. Each article is written in one transaction, keyed by its
/// id and content hash, so re-indexing is idempotent and an interrupted run leaves nothing half-written.
/// Every statement is parameterised. Not thread-safe: use one instance from one thread.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private const int ReadOnlyDatabase = 8; // SQLITE_READONLY
    private const int CannotOpen = 14; // SQLITE_CANTOPEN

    private readonly SqliteConnection _connection;
    private readonly bool _readOnly;
    private readonly SpeakerDirectory _directory = new();
    private bool _directoryLoaded;

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
    /// stored; otherwise its old appearances (and claims no other article has) are replaced by the new ones.
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
        if (_readOnly)
        {
            throw new InvalidOperationException("the claim store was opened read-only");
        }

        using var lookup = Command("SELECT content_hash FROM articles WHERE id = $id", ("$id", article.Id));
        var stored = lookup.ExecuteScalar() as string;
        if (stored == contentHash)
        {
            return IndexOutcome.Unchanged;
        }

        if (!_directoryLoaded)
        {
            LoadDirectory(); // only writers need it; readers open faster without
        }

        using var transaction = _connection.BeginTransaction();
        try
        {
            new ArticleWriter(_connection, transaction, _directory).Write(article, analysis, contentHash, replace: stored is not null);
            transaction.Commit();
        }
        catch
        {
            transaction.Rollback();
            LoadDirectory(); // the directory may hold speakers of the rolled-back rows
            throw;
        }

        return stored is null ? IndexOutcome.Added : IndexOutcome.Replaced;
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

    private void Initialise(bool create)
    {
        // Setting the journal mode writes to the file: a reader leaves it as the writer set it.
        using (var pragmas = Command(_readOnly ? "PRAGMA foreign_keys = ON;" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"))
        {
            pragmas.ExecuteNonQuery();
        }

        var hasMeta = Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0;
        if (hasMeta)
        {
            using var version = Command("SELECT value FROM meta WHERE key = 'schema_version'");
            if (version.ExecuteScalar() as string != StoreSchema.Version)
            {
                throw new InvalidDataException("is a claim store of another version; index into a new file");
            }
        }
        else if (create)
        {
            if (Scalar<long>("SELECT count(*) FROM sqlite_master") > 0)
            {
                throw new InvalidDataException("is a SQLite database but not a claim store");
            }

            using var transaction = _connection.BeginTransaction();
            using (var schema = Command(StoreSchema.Create))
            {
                schema.Transaction = transaction;
                schema.ExecuteNonQuery();
            }

            using (var meta = Command("INSERT INTO meta (key, value) VALUES ('schema_version', $v)", ("$v", StoreSchema.Version)))
            {
                meta.Transaction = transaction;
                meta.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        else
        {
            throw new InvalidDataException("is not a claim store");
        }
    }

    private void LoadDirectory()
    {
        var aliases = new Dictionary<long, List<string>>();
        using (var command = Command("SELECT speaker_id, alias FROM speaker_aliases"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!aliases.TryGetValue(id, out var list))
                {
                    aliases[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        _directory.Clear();
        using var speakers = Command("SELECT id, name, type FROM speakers ORDER BY id");
        using var rows = speakers.ExecuteReader();
        while (rows.Read())
        {
            var id = rows.GetInt64(0);
            var type = rows.IsDBNull(2) ? null : SpeakerTypes.Parse(rows.GetString(2));
            _directory.Register(checked((int)id), rows.GetString(1), type, aliases.GetValueOrDefault(id) ?? []);
        }

        _directoryLoaded = true;
    }
}
