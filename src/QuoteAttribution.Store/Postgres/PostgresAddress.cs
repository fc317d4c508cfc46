using System.Text.RegularExpressions;
using Npgsql;

namespace QuoteAttribution.Store.Postgres;

/// <summary>
/// Reads the <c>--db</c> of a PostgreSQL store: a URI <c>postgres://user:password@host:port/database?host=/run/socket</c>
/// (a host that is a folder, percent-encoded or in <c>?host=</c>, is a Unix socket) or an Npgsql connection string
/// (<c>Host=…;Database=…</c>). Its <see cref="Name"/> never shows the password.
/// </summary>
internal sealed partial class PostgresAddress
{
    private PostgresAddress(NpgsqlConnectionStringBuilder settings)
    {
        Settings = settings;
        var host = settings.Host ?? "localhost";
        Name = $"postgres://{(settings.Username is { } user ? user + "@" : string.Empty)}{(host.StartsWith('/') ? Uri.EscapeDataString(host) : host)}" +
            $"{(settings.Port != NpgsqlConnection.DefaultPort ? ":" + settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}/{settings.Database}";
    }

    /// <summary>The connection settings.</summary>
    public NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>The store as messages name it: URI form, without the password.</summary>
    public string Name { get; }

    /// <summary>True when <paramref name="db"/> is a PostgreSQL URI or connection string rather than a file path.</summary>
    public static bool IsAddress(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        ConnectionStringPattern().IsMatch(db);

    /// <summary>Reads <paramref name="db"/>.</summary>
    /// <exception cref="FormatException">It is not a valid URI or connection string; the message says what is wrong (never the password).</exception>
    public static PostgresAddress Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        NpgsqlConnectionStringBuilder settings;
        if (ConnectionStringPattern().IsMatch(db))
        {
            try
            {
                settings = new NpgsqlConnectionStringBuilder(db);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"not a valid PostgreSQL connection string: {e.Message}", e);
            }
        }
        else
        {
            settings = FromUri(db);
        }

        if (string.IsNullOrEmpty(settings.Database))
        {
            throw new FormatException("the PostgreSQL address names no database (postgres://host/DATABASE)");
        }

        settings.Pooling = false;
        return new PostgresAddress(settings);
    }

    private static NpgsqlConnectionStringBuilder FromUri(string db)
    {
        // libpq's URI form, read by hand: System.Uri refuses an empty host (postgres:///db?host=/run/socket).
        var rest = db[(db.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? string.Empty : rest[(question + 1)..];
        rest = question < 0 ? rest : rest[..question];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var settings = new NpgsqlConnectionStringBuilder { Database = Unescape(slash < 0 ? string.Empty : rest[(slash + 1)..]) };
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Unescape(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0)
            {
                settings.Password = Unescape(userInfo[(colon + 1)..]);
            }

            authority = authority[(at + 1)..];
        }

        var portColon = authority.LastIndexOf(':');
        if (portColon >= 0 && !authority[portColon..].Contains(']', StringComparison.Ordinal))
        {
            settings.Port = Port(authority[(portColon + 1)..]);
            authority = authority[..portColon];
        }

        if (authority.Length > 0)
        {
            settings.Host = Unescape(authority.Trim('[', ']'));
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Unescape(pair[(equals + 1)..]);
            switch (key.ToLowerInvariant())
            {
                case "host":
                    settings.Host = value;
                    break;
                case "port":
                    settings.Port = Port(value);
                    break;
                case "user":
                    settings.Username = value;
                    break;
                case "password":
                    settings.Password = value;
                    break;
                case "dbname":
                    settings.Database = value;
                    break;
                case "sslmode":
                    settings.SslMode = Enum.TryParse<SslMode>(value, ignoreCase: true, out var mode) ? mode
                        : throw new FormatException($"unknown sslmode '{value}' in the PostgreSQL address");
                    break;
                default:
                    throw new FormatException($"unknown parameter '{key}' in the PostgreSQL address (known: host, port, user, password, dbname, sslmode)");
            }
        }

        return settings;
    }

    private static int Port(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new FormatException($"the port '{text}' of the PostgreSQL address is not a port number");

    private static string Unescape(string text) => Uri.UnescapeDataString(text);

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPattern();
}
