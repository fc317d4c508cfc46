using System.Data.Common;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store.Shared;

/// <summary>The questions about speakers, in SQL both backends read alike (parameters, <c>LIKE … ESCAPE</c>, plain joins).</summary>
internal static class SpeakerQueries
{
    /// <summary>The speakers whose folded name is <paramref name="key"/>; failing that, by alias; failing that, those whose name contains it.</summary>
    public static IReadOnlyList<StoredSpeaker> Find(DbClaimStore store, string key)
    {
        var ids = Ids(store, "SELECT id FROM speakers WHERE name_key = @k ORDER BY id", key);
        if (ids.Count == 0)
        {
            ids = Ids(store, "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias_key = @k ORDER BY speaker_id", key);
        }

        if (ids.Count == 0)
        {
            var pattern = "%" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            ids = Ids(store, "SELECT id FROM speakers WHERE name_key LIKE @k ESCAPE '\\' ORDER BY id LIMIT 20", pattern);
        }

        return ids.Select(id => Speaker(store, id)).ToArray();
    }

    /// <summary>Everything speaker <paramref name="speakerId"/> said, by article date (undated last), then position.</summary>
    public static IReadOnlyList<SpeakerClaim> ClaimsOf(DbClaimStore store, long speakerId)
    {
        using var command = store.Command(
            """
            SELECT ap.content, ap.type, ap.cue, a.id, a.outlet, a.date, a.title, ap.speaker_name, a.url
            FROM appearances ap JOIN articles a ON a.id = ap.article_id
            WHERE ap.speaker_id = @id
            ORDER BY a.date IS NULL, a.date, a.id, ap.content_start
            """,
            ("@id", speakerId));
        using var reader = command.ExecuteReader();
        var claims = new List<SpeakerClaim>();
        while (reader.Read())
        {
            claims.Add(new SpeakerClaim(reader.GetString(0), reader.GetString(1), DbCommands.Text(reader, 2), reader.GetString(3),
                DbCommands.Text(reader, 4), DbCommands.Text(reader, 5), DbCommands.Text(reader, 6), DbCommands.Text(reader, 7), DbCommands.Text(reader, 8)));
        }

        return claims;
    }

    /// <summary>A hit from a first-appearance row: article id, outlet, date, title, speaker name, speaker type, appearance count.</summary>
    public static ClaimHit Hit(DbDataReader reader, long claimId, string content, double score, IReadOnlyList<SearchTerm> terms) =>
        new(claimId, content, score, DbCommands.Text(reader, 4), DbCommands.Text(reader, 5), reader.GetString(0), DbCommands.Text(reader, 1),
            DbCommands.Text(reader, 2), DbCommands.Text(reader, 3), Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
            Snippet.Highlight(content, terms));

    private static StoredSpeaker Speaker(DbClaimStore store, long id)
    {
        string name;
        string? type;
        using (var command = store.Command("SELECT name, type FROM speakers WHERE id = @id", ("@id", id)))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            name = reader.GetString(0);
            type = DbCommands.Text(reader, 1);
        }

        var aliases = Strings(store, "SELECT alias FROM speaker_aliases WHERE speaker_id = @id AND alias_key <> @k ORDER BY alias", id, TextFolding.Key(name));
        var roles = Strings(store, "SELECT role FROM speaker_roles WHERE speaker_id = @id ORDER BY role", id, null);
        return new StoredSpeaker(id, name, type, aliases, roles);
    }

    private static List<long> Ids(DbClaimStore store, string sql, string key)
    {
        using var command = store.Command(sql, ("@k", key));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static List<string> Strings(DbClaimStore store, string sql, long id, string? key)
    {
        using var command = store.Command(sql, ("@id", id), ("@k", key));
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
