using QuoteAttribution.Store.Postgres;
using QuoteAttribution.Store.Sqlite;

namespace QuoteAttribution.Store;

/// <summary>
/// Opens a claim store by name: a PostgreSQL database for a <c>postgres://</c> or <c>postgresql://</c> URI or an
/// Npgsql connection string (<c>Host=…;Database=…</c>), otherwise a SQLite file at that path.
/// </summary>
public static class ClaimStore
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return PostgresAddress.IsAddress(db);
    }

    /// <summary>Opens the store named <paramref name="db"/> for writing (and reading).</summary>
    /// <param name="db">A SQLite file (or <c>:memory:</c>), a <c>postgres://</c> URI or an Npgsql connection string.</param>
    /// <param name="create">Create the store when it is missing (a SQLite file; the tables of an empty PostgreSQL database); when false, a missing SQLite file throws.</param>
    /// <exception cref="FileNotFoundException">The SQLite file is missing and <paramref name="create"/> is false.</exception>
    /// <exception cref="InvalidDataException">The database is not a claim store of this version.</exception>
    /// <exception cref="IOException">The store cannot be reached or written; the message names it and the cause.</exception>
    public static IClaimStore Open(string db, bool create) =>
        IsPostgres(db) ? PostgresClaimStore.Open(db, create, readOnly: false) : SqliteClaimStore.Open(db, create);

    /// <summary>Opens the store named <paramref name="db"/> for reading only: nothing is written.</summary>
    /// <exception cref="FileNotFoundException">The SQLite file is missing.</exception>
    /// <exception cref="InvalidDataException">The database is not a claim store of this version.</exception>
    /// <exception cref="IOException">The store cannot be reached or read; the message names it and the cause.</exception>
    public static IClaimStore OpenReadOnly(string db) =>
        IsPostgres(db) ? PostgresClaimStore.Open(db, create: false, readOnly: true) : SqliteClaimStore.OpenReadOnly(db);
}
