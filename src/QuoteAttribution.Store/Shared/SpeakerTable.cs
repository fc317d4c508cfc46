using System.Data.Common;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store.Shared;

/// <summary>
/// Rebuilds <c>speakers</c>, <c>speaker_aliases</c> and <c>speaker_roles</c> from every article's own speakers, inside the
/// caller's transaction, by the rule the claim graph uses (<see cref="SpeakerMerging"/>), and points each appearance at
/// its merged speaker. The articles are taken by date (undated last), then id, so the table (ids included) is a
/// function of the stored articles alone: the same whatever order they were indexed in, in one run or several, by one
/// process or two at once.
/// </summary>
internal sealed class SpeakerTable(DbConnection connection, DbTransaction transaction)
{
    public void Rebuild()
    {
        var rows = new List<(long Id, NamedSpeaker Speaker)>();
        var aliases = Lists("SELECT article_speaker_id, alias FROM article_speaker_aliases ORDER BY article_speaker_id, alias");
        var roles = Lists("SELECT article_speaker_id, role FROM article_speaker_roles ORDER BY article_speaker_id, role");
        using (var command = Create(
            """
            SELECT s.id, s.name, s.type FROM article_speakers s JOIN articles a ON a.id = s.article_id
            ORDER BY a.date IS NULL, a.date, a.id, s.ordinal
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                var type = reader.IsDBNull(2) ? null : SpeakerTypes.Parse(reader.GetString(2));
                rows.Add((id, new NamedSpeaker(reader.GetString(1), type, aliases.GetValueOrDefault(id) ?? [])));
            }
        }

        var clusters = SpeakerMerging.Merge(rows.Select(r => r.Speaker).ToArray());

        // Foreign keys are checked at once: let go of the old speakers before removing them.
        Execute("UPDATE appearances SET speaker_id = NULL WHERE speaker_id IS NOT NULL");
        Execute("UPDATE article_speakers SET speaker_id = NULL WHERE speaker_id IS NOT NULL");
        Execute("DELETE FROM speaker_aliases");
        Execute("DELETE FROM speaker_roles");
        Execute("DELETE FROM speakers");

        using (var insert = Create("INSERT INTO speakers (id, name, type, name_key) VALUES (@id, @name, @type, @key)", "@id", "@name", "@type", "@key"))
        {
            for (var c = 0; c < clusters.Count; c++)
            {
                var canonical = rows[clusters.Canonical(c)].Speaker;
                Run(insert, c + 1L, canonical.Name, canonical.Type is { } t ? SpeakerTypes.Name(t) : null, TextFolding.Key(canonical.Name));
            }
        }

        using var alias = Create("INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (@id, @alias, @key) ON CONFLICT DO NOTHING", "@id", "@alias", "@key");
        using var role = Create("INSERT INTO speaker_roles (speaker_id, role) VALUES (@id, @role) ON CONFLICT DO NOTHING", "@id", "@role");
        using var link = Create("UPDATE article_speakers SET speaker_id = @speaker WHERE id = @id", "@speaker", "@id");
        for (var r = 0; r < rows.Count; r++)
        {
            var (id, speaker) = rows[r];
            var speakerId = clusters.ClusterOf(r) + 1L;
            foreach (var name in speaker.Aliases.Prepend(speaker.Name))
            {
                Run(alias, speakerId, name, TextFolding.Key(name));
            }

            foreach (var text in roles.GetValueOrDefault(id) ?? [])
            {
                Run(role, speakerId, text);
            }

            Run(link, speakerId, id);
        }

        Execute(
            """
            UPDATE appearances SET speaker_id = (SELECT speaker_id FROM article_speakers WHERE article_speakers.id = appearances.article_speaker_id)
            WHERE article_speaker_id IS NOT NULL
            """);
    }

    private Dictionary<long, List<string>> Lists(string sql)
    {
        var lists = new Dictionary<long, List<string>>();
        using var command = Create(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!lists.TryGetValue(id, out var list))
            {
                lists[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return lists;
    }

    private void Execute(string sql)
    {
        using var command = Create(sql);
        command.ExecuteNonQuery();
    }

    private DbCommand Create(string sql, params string[] parameters) => DbCommands.Prepared(connection, transaction, sql, parameters);

    private static void Run(DbCommand command, params object?[] values) => DbCommands.Run(command, values);
}
