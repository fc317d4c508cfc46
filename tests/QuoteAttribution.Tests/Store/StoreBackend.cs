using Npgsql;
using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Store;

/// <summary>
/// The stores one test fixture opens, on the backend it is run for: SQLite files in a fresh folder, or fresh
/// databases on the PostgreSQL server named by <c>KUTIP_TEST_POSTGRES</c> (an Npgsql connection string; <c>.ci/run</c>
/// starts a server and sets it). Without it the PostgreSQL fixtures are skipped with that reason. The same name gives
/// the same store; everything is removed on dispose.
/// </summary>
internal sealed class StoreBackend : IDisposable
{
    /// <summary>The SQLite backend.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL backend.</summary>
    public const string Postgres = "postgres";

    /// <summary>The environment variable naming the test server.</summary>
    public const string ServerVariable = "KUTIP_TEST_POSTGRES";

    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string> _stores = new(StringComparer.Ordinal);
    private readonly string? _server;

    private StoreBackend(string kind, string? server)
    {
        Kind = kind;
        _server = server;
    }

    /// <summary><see cref="Sqlite"/> or <see cref="Postgres"/>.</summary>
    public string Kind { get; }

    /// <summary>A folder for other files of the test.</summary>
    public string Folder => _temp.Path;

    /// <summary>The PostgreSQL server of the tests, or null when none is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    /// <summary>The stores for <paramref name="kind"/>; ignores the test (skipped, with the reason) when it needs a server that is not configured.</summary>
    public static StoreBackend For(string kind)
    {
        if (kind == Postgres && Server is null)
        {
            Assert.Ignore($"no PostgreSQL server for the tests: set {ServerVariable} to an Npgsql connection string (.ci/run starts a server and sets it)");
        }

        return new StoreBackend(kind, kind == Postgres ? Server : null);
    }

    /// <summary>The <c>--db</c> of the store called <paramref name="name"/>: a file path, or a new empty database's connection string.</summary>
    public string Db(string name)
    {
        if (_stores.TryGetValue(name, out var db))
        {
            return db;
        }

        if (_server is null)
        {
            db = Path.Combine(_temp.Path, name);
        }
        else
        {
            var database = "kutip_test_" + Guid.NewGuid().ToString("N")[..12];
            Admin($"CREATE DATABASE {database}");
            db = new NpgsqlConnectionStringBuilder(_server) { Database = database }.ConnectionString;
        }

        _stores[name] = db;
        return db;
    }

    public void Dispose()
    {
        if (_server is not null)
        {
            foreach (var db in _stores.Values)
            {
                Admin($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(db).Database} WITH (FORCE)");
            }
        }

        _temp.Dispose();
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql; // names made here, never user text
        command.ExecuteNonQuery();
    }
}
