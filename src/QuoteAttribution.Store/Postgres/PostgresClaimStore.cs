using System.Data.Common;
using System.Globalization;
using Npgsql;
using QuoteAttribution.Store.Shared;

namespace QuoteAttribution.Store.Postgres;

/// <summary>
/// The PostgreSQL backend, for a claim store several people and machines share. The tables are those of the SQLite
/// store (<see cref="PostgresMigrations"/>); each article is one transaction that first takes the store's advisory
/// lock, so any number of <c>kutip index</c> processes may write at once: they analyse in parallel and take turns
/// to write, article by article, and nothing is lost or stored twice.
/// </summary>
internal sealed class PostgresClaimStore : DbClaimStore
{
    /// <summary>The advisory lock every writer holds for its transaction ("kutip" in ASCII).</summary>
    private const long WriteLock = 0x6b75746970;

    private static readonly StoreDialect PostgresDialect = new(
        "INSERT INTO claims (content, content_key, stems) VALUES (@content, @key, @stems) RETURNING id", null, null);

    private PostgresClaimStore(NpgsqlConnection connection, bool readOnly, string name)
        : base(connection, readOnly, name)
    {
    }

    /// <inheritdoc />
    protected override StoreDialect Dialect => PostgresDialect;

    private new NpgsqlConnection Connection => (NpgsqlConnection)base.Connection;

    /// <summary>Connects to the store at <paramref name="db"/>; for writing, creates or migrates its tables first.</summary>
    /// <exception cref="InvalidDataException">The database holds no claim store (and <paramref name="create"/> is false) or one of a version this code does not know.</exception>
    /// <exception cref="IOException">The address is not valid, or the server cannot be reached; the message names the store without its password.</exception>
    public static PostgresClaimStore Open(string db, bool create, bool readOnly)
    {
        PostgresAddress address;
        try
        {
            address = PostgresAddress.Parse(db);
        }
        catch (FormatException e)
        {
            throw new IOException($"cannot open the claim store: {e.Message}", e);
        }

        var connection = new NpgsqlConnection(address.Settings.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresClaimStore(connection, readOnly, address.Name);
            store.Initialise(create, readOnly);
            return store;
        }
        catch (InvalidDataException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"'{address.Name}' {e.Message}", e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new IOException($"cannot open the claim store '{address.Name}': {e.Message}", e);
        }
    }

    /// <inheritdoc />
    internal override IClaimQueries Queries() => new PostgresClaimQueries(this);

    /// <summary>A transaction holding the store's advisory lock: writers take turns, a transaction at a time.</summary>
    protected override DbTransaction BeginWrite()
    {
        var transaction = Connection.BeginTransaction();
        using var command = Command("SELECT pg_advisory_xact_lock(@lock)", ("@lock", WriteLock));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        return transaction;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> EngineProblems()
    {
        var invalid = Scalar(
            """
            SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready)
            """);
        var unsearchable = Scalar("SELECT count(*) FROM claims WHERE search IS NULL OR stems = ''");
        var problems = new List<string>();
        if (invalid > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{invalid} indexes are not valid"));
        }

        if (unsearchable > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{unsearchable} claims are not in the full-text index"));
        }

        return problems;
    }

    private void Initialise(bool create, bool readOnly)
    {
        // who-said takes trigram candidates only when at least half their trigrams agree: near-copies and misspellings,
        // which is what the full-text candidates miss; the default 0.3 made the index return thousands of rows to recheck.
        using (var threshold = Command("SET pg_trgm.similarity_threshold = 0.5"))
        {
            threshold.ExecuteNonQuery();
        }

        if (readOnly)
        {
            using (var session = Command("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
            {
                session.ExecuteNonQuery();
            }

            var version = Version(null);
            if (version != PostgresMigrations.Latest)
            {
                throw new InvalidDataException(Refusal(version));
            }

            return;
        }

        using var transaction = BeginWrite();
        using (var meta = Command("CREATE TABLE IF NOT EXISTS meta (key TEXT COLLATE \"C\" PRIMARY KEY, value TEXT NOT NULL)"))
        {
            meta.Transaction = transaction;
            meta.ExecuteNonQuery();
        }

        var stored = Version(transaction) ?? 0;
        if (stored > PostgresMigrations.Latest || (stored == 0 && !create))
        {
            throw new InvalidDataException(Refusal(stored == 0 ? null : stored));
        }

        for (var step = stored; step < PostgresMigrations.Latest; step++)
        {
            using var migrate = Command(PostgresMigrations.Steps[step]);
            migrate.Transaction = transaction;
            migrate.ExecuteNonQuery();
        }

        using (var version = Command(
            "INSERT INTO meta (key, value) VALUES ('schema_version', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("@v", PostgresMigrations.Latest.ToString(CultureInfo.InvariantCulture))))
        {
            version.Transaction = transaction;
            version.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The schema version stored, or null when the database holds no claim store.</summary>
    private int? Version(DbTransaction? transaction)
    {
        using var exists = Command("SELECT to_regclass('meta') IS NOT NULL");
        exists.Transaction = transaction;
        if (exists.ExecuteScalar() is not true)
        {
            return null;
        }

        using var command = Command("SELECT value FROM meta WHERE key = 'schema_version'");
        command.Transaction = transaction;
        return command.ExecuteScalar() is string text && int.TryParse(text, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    private static string Refusal(int? version) => version switch
    {
        null => "holds no claim store; build one with 'kutip index FILE… --db ADDRESS'",
        > 0 when version > PostgresMigrations.Latest =>
            string.Create(CultureInfo.InvariantCulture, $"is a claim store of version {version}, newer than this kutip knows ({PostgresMigrations.Latest}); use a newer kutip"),
        _ => string.Create(CultureInfo.InvariantCulture, $"is a claim store of version {version}; run 'kutip index' on it once to migrate it to version {PostgresMigrations.Latest}"),
    };
}
