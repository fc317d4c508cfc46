using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Store.Sqlite;

/// <summary>
/// Turns SQLite's failures to open a store into messages that name the file and the real cause: "not a claim
/// store" only for a file that is not a database; a store that cannot be written says why (read-only media, a
/// read-only file, a read-only folder where SQLite must create its journal files).
/// </summary>
internal static class SqliteErrors
{
    private const int ReadOnlyDatabase = 8; // SQLITE_READONLY
    private const int CannotOpen = 14; // SQLITE_CANTOPEN
    private const int NotADatabase = 26; // SQLITE_NOTADB
    private const int ReadOnlyFileSystem = 30; // EROFS

    /// <summary>The exception to throw for <paramref name="error"/>, met while opening the store at <paramref name="path"/>.</summary>
    public static Exception Opening(string path, SqliteException error, bool readOnly)
    {
        if (error.SqliteErrorCode == NotADatabase)
        {
            return new InvalidDataException($"'{path}' is not a claim store (it is not a SQLite database)", error);
        }

        if (readOnly)
        {
            return new IOException($"cannot read the claim store '{path}': {Message(error)}", error);
        }

        if (error.SqliteErrorCode is ReadOnlyDatabase or CannotOpen && WhyNotWritable(path) is { } why)
        {
            return new IOException($"cannot write to the claim store '{path}': {why}", error);
        }

        return new IOException($"cannot open the claim store '{path}': {Message(error)}", error);
    }

    /// <summary>SQLite's own words, without the "SQLite Error N:" prefix and quotes.</summary>
    private static string Message(SqliteException error)
    {
        var message = error.Message;
        var colon = message.IndexOf(": '", StringComparison.Ordinal);
        return colon >= 0 && message.EndsWith("'.", StringComparison.Ordinal) ? message[(colon + 3)..^2] : message;
    }

    /// <summary>Why the store cannot be written, found by trying what SQLite must do: open the file for writing and create a file beside it.</summary>
    private static string? WhyNotWritable(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
            {
            }
        }
        catch (IOException e) when (e.HResult == ReadOnlyFileSystem)
        {
            return "it is on read-only media (a read-only file system); the reading commands (query, who-said, speaker) still work";
        }
        catch (UnauthorizedAccessException)
        {
            return "the file is read-only; the reading commands (query, who-said, speaker) still work";
        }
        catch (IOException e)
        {
            return e.Message;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var probe = Path.Combine(folder, $".kutip-probe-{Environment.ProcessId}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"its folder '{folder}' is read-only, and SQLite must create its journal files beside the store; the reading commands (query, who-said, speaker) still work";
        }
    }
}
