using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary>The <c>--db</c> option the store commands share, and opening the store with clear messages.</summary>
internal static class StoreOptions
{
    /// <summary>The store file used when <c>--db</c> is not given.</summary>
    public const string DefaultPath = "claims.db";

    /// <summary>The <c>--db FILE</c> option.</summary>
    public static readonly OptionSpec Database = new(
        "db", $"The claim store: a SQLite file (default: {DefaultPath}) or a PostgreSQL database (postgres://user@host/db, or Host=…;Database=…).", "FILE|URI", 'd');

    /// <summary>Opens the store named by <c>--db</c> for writing (the index command).</summary>
    /// <exception cref="IOException">It is missing (and <paramref name="create"/> is false), is not a claim store, or cannot be written.</exception>
    public static IClaimStore Open(ParsedArguments arguments, bool create) => Open(arguments, path => ClaimStore.Open(path, create));

    /// <summary>Opens the store named by <c>--db</c> for reading only (query, who-said, speaker): read-only media will do.</summary>
    /// <exception cref="IOException">It is missing, is not a claim store, or cannot be read.</exception>
    public static IClaimStore OpenForReading(ParsedArguments arguments) => Open(arguments, ClaimStore.OpenReadOnly);

    private static IClaimStore Open(ParsedArguments arguments, Func<string, IClaimStore> open)
    {
        var path = arguments.Value(Database.Name) ?? DefaultPath;
        try
        {
            return open(path);
        }
        catch (FileNotFoundException)
        {
            throw new IOException($"no claim store at '{path}'; build one with 'kutip index FILE… --db {path}'");
        }
        catch (InvalidDataException e)
        {
            throw new IOException(e.Message);
        }
    }

    /// <summary>The value of a date option, <c>yyyy-MM-dd</c>, or null.</summary>
    /// <exception cref="UsageException">The value is not such a date.</exception>
    public static string? Date(ParsedArguments arguments, string name)
    {
        var value = arguments.Value(name);
        return value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value
            : throw new UsageException($"--{name} must be a date like 2025-03-01, not {Echo.Quoted(value)}");
    }

    /// <summary>
    /// <paramref name="text"/> when it holds at most <paramref name="max"/> characters (<see cref="QueryLimits"/>).
    /// </summary>
    /// <exception cref="UsageException">It is longer, e.g. "the speaker name has 60,000 characters; at most 200 are allowed".</exception>
    public static string Bounded(string text, int max, string what) =>
        QueryLimits.Problem(text, max, what) is { } problem ? throw new UsageException(problem) : text;

    /// <summary>The one positional argument of a command (words may also come unquoted, several positionals joined by spaces).</summary>
    public static string Text(ParsedArguments arguments, string what)
    {
        var text = string.Join(' ', arguments.Positionals);
        return string.IsNullOrWhiteSpace(text) ? throw new UsageException($"give {what}") : text;
    }
}
