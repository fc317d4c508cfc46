using System.Globalization;
using Microsoft.Data.Sqlite;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// The questions a fact-checker asks a <see cref="ClaimStore"/>: which claims say this (<see cref="Search"/>),
/// who said this sentence (<see cref="WhoSaid"/>), who is this speaker (<see cref="FindSpeakers"/>) and what
/// did they say (<see cref="ClaimsOf"/>). Any user text is safe: it only ever reaches SQL as a parameter and
/// FTS5 as quoted words (<see cref="FtsQuery"/>).
/// </summary>
/// <param name="store">The open store.</param>
public sealed class ClaimSearch(ClaimStore store)
{
    /// <summary>How many full-text candidates <see cref="WhoSaid"/> re-ranks.</summary>
    private const int WhoSaidCandidates = 100;

    private const string FirstAppearance = """
        SELECT a.id, a.outlet, a.date, a.title, s.name, s.type, count(*) OVER () AS n
        FROM appearances ap
        JOIN articles a ON a.id = ap.article_id
        LEFT JOIN speakers s ON s.id = ap.speaker_id
        WHERE ap.claim_id = $claim
          AND ($speakers IS NULL OR ap.speaker_id IN (SELECT value FROM json_each($speakers)))
          AND ($outlet IS NULL OR a.outlet = $outlet COLLATE NOCASE)
          AND ($since IS NULL OR substr(a.date, 1, 10) >= $since)
          AND ($until IS NULL OR substr(a.date, 1, 10) <= $until)
        ORDER BY a.date IS NULL, a.date, a.id, ap.content_start
        LIMIT 1
        """;

    /// <summary>Claims containing all the query's words (Indonesian-aware), best BM25 first, each with its first matching appearance.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="QueryLimits.MaxTextLength"/> or the speaker name than <see cref="QueryLimits.MaxNameLength"/>.</exception>
    public IReadOnlyList<ClaimHit> Search(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryLimits.Check(query.Text, QueryLimits.MaxTextLength, "the text", nameof(query));
        if (query.Speaker is { } speakerName)
        {
            QueryLimits.Check(speakerName, QueryLimits.MaxNameLength, "the speaker name", nameof(query));
        }

        var terms = SearchTerm.Of(query.Text);
        if (FtsQuery.All(terms) is not { } match)
        {
            return [];
        }

        string? speakers = null;
        if (query.Speaker is { } name)
        {
            var found = FindSpeakers(name);
            if (found.Count == 0)
            {
                return [];
            }

            speakers = "[" + string.Join(',', found.Select(s => s.Id.ToString(CultureInfo.InvariantCulture))) + "]";
        }

        using var command = store.Command(
            """
            SELECT c.id, c.content, bm25(claims_fts) AS rank
            FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid
            WHERE claims_fts MATCH $match
              AND EXISTS (
                SELECT 1 FROM appearances ap JOIN articles a ON a.id = ap.article_id
                WHERE ap.claim_id = c.id
                  AND ($speakers IS NULL OR ap.speaker_id IN (SELECT value FROM json_each($speakers)))
                  AND ($outlet IS NULL OR a.outlet = $outlet COLLATE NOCASE)
                  AND ($since IS NULL OR substr(a.date, 1, 10) >= $since)
                  AND ($until IS NULL OR substr(a.date, 1, 10) <= $until))
            ORDER BY rank, c.id
            LIMIT $limit
            """,
            ("$match", match), ("$speakers", speakers), ("$outlet", query.Outlet), ("$since", query.Since), ("$until", query.Until),
            ("$limit", query.Limit));
        var found2 = new List<(long Id, string Content, double Rank)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found2.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
            }
        }

        return found2
            .Select(c => Hit(c.Id, c.Content, -c.Rank, terms, speakers, query.Outlet, query.Since, query.Until))
            .OfType<ClaimHit>()
            .ToArray();
    }

    /// <summary>
    /// The claims closest to <paramref name="sentence"/>, even reworded: full-text candidates sharing any word or
    /// stem, re-ranked by IDF-weighted overlap of words and stems (how much of the sentence the claim covers, and
    /// how much of the claim the sentence covers), best first, one hit per claim and speaker. Only the first
    /// <see cref="QueryLimits.MaxSentenceWords"/> different words of the sentence are read.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sentence"/> is longer than <see cref="QueryLimits.MaxTextLength"/>.</exception>
    public IReadOnlyList<ClaimHit> WhoSaid(string sentence, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        QueryLimits.Check(sentence, QueryLimits.MaxTextLength, "the text", nameof(sentence));
        var terms = SearchTerm.Of(sentence).DistinctBy(t => t.Word, StringComparer.Ordinal).Take(QueryLimits.MaxSentenceWords).ToArray();
        if (FtsQuery.Any(terms) is not { } match)
        {
            return [];
        }

        var total = Math.Max(1, Count("SELECT count(*) FROM claims", []));
        var weights = terms.ToDictionary(t => t.Word, t => Idf(total, Count("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH $m", [("$m", FtsQuery.Term(t))])), StringComparer.Ordinal);
        var candidates = new List<(long Id, string Content)>();
        using (var command = store.Command(
            "SELECT rowid, content FROM claims_fts WHERE claims_fts MATCH $match ORDER BY bm25(claims_fts) LIMIT $n",
            ("$match", match), ("$n", WhoSaidCandidates)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                candidates.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var queryWeight = terms.Sum(t => weights[t.Word]);
        var ranked = candidates
            .Select(c => (c.Id, c.Content, Score: Overlap(terms, weights, queryWeight, c.Content)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id)
            .Take(limit);
        return ranked.Select(c => Hit(c.Id, c.Content, Math.Round(c.Score, 4), terms, null, null, null, null)).OfType<ClaimHit>().ToArray();
    }

    /// <summary>
    /// The speakers called <paramref name="name"/>: by canonical name (case and diacritics aside); failing that, by
    /// alias; failing that, those whose name contains it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is longer than <see cref="QueryLimits.MaxNameLength"/>.</exception>
    public IReadOnlyList<StoredSpeaker> FindSpeakers(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        QueryLimits.Check(name, QueryLimits.MaxNameLength, "the speaker name", nameof(name));
        var key = TextFolding.Key(name);
        if (key.Length == 0)
        {
            return [];
        }

        var ids = Ids("SELECT id FROM speakers WHERE name_key = $k ORDER BY id", key);
        if (ids.Count == 0)
        {
            ids = Ids("SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias_key = $k ORDER BY speaker_id", key);
        }

        if (ids.Count == 0)
        {
            var pattern = "%" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            ids = Ids("SELECT id FROM speakers WHERE name_key LIKE $k ESCAPE '\\' ORDER BY id LIMIT 20", pattern);
        }

        return ids.Select(Speaker).ToArray();
    }

    /// <summary>Everything speaker <paramref name="speakerId"/> said, by article date (undated last), then position.</summary>
    public IReadOnlyList<SpeakerClaim> ClaimsOf(long speakerId)
    {
        using var command = store.Command(
            """
            SELECT ap.content, ap.type, ap.cue, a.id, a.outlet, a.date, a.title, ap.speaker_name
            FROM appearances ap JOIN articles a ON a.id = ap.article_id
            WHERE ap.speaker_id = $id
            ORDER BY a.date IS NULL, a.date, a.id, ap.content_start
            """,
            ("$id", speakerId));
        using var reader = command.ExecuteReader();
        var claims = new List<SpeakerClaim>();
        while (reader.Read())
        {
            claims.Add(new SpeakerClaim(reader.GetString(0), reader.GetString(1), Text(reader, 2), reader.GetString(3), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7)));
        }

        return claims;
    }

    private static double Idf(long total, long frequency) => Math.Log(1 + (total / (double)Math.Max(1, frequency)));

    // 0.6 × (weighted share of the sentence's words the claim has) + 0.4 × (share of the claim's words the sentence has).
    private static double Overlap(IReadOnlyList<SearchTerm> terms, IReadOnlyDictionary<string, double> weights, double queryWeight, string content)
    {
        var claimTerms = SearchTerm.Of(content).DistinctBy(t => t.Word, StringComparer.Ordinal).ToArray();
        if (claimTerms.Length == 0 || queryWeight <= 0)
        {
            return 0;
        }

        var claimStems = claimTerms.SelectMany(t => t.Stems).ToHashSet(StringComparer.Ordinal);
        var queryStems = terms.SelectMany(t => t.Stems).ToHashSet(StringComparer.Ordinal);
        var covered = terms.Where(t => t.Stems.Any(claimStems.Contains)).Sum(t => weights[t.Word]) / queryWeight;
        var claimCovered = claimTerms.Count(t => t.Stems.Any(queryStems.Contains)) / (double)claimTerms.Length;
        return (0.6 * covered) + (0.4 * claimCovered);
    }

    private ClaimHit? Hit(long claimId, string content, double score, IReadOnlyList<SearchTerm> terms, string? speakers, string? outlet, string? since, string? until)
    {
        using var command = store.Command(FirstAppearance,
            ("$claim", claimId), ("$speakers", speakers), ("$outlet", outlet), ("$since", since), ("$until", until));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ClaimHit(claimId, content, score, Text(reader, 4), Text(reader, 5), reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3),
            reader.GetInt32(6), Snippet.Highlight(content, terms));
    }

    private StoredSpeaker Speaker(long id)
    {
        using var command = store.Command("SELECT name, type FROM speakers WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        reader.Read();
        var name = reader.GetString(0);
        var type = Text(reader, 1);
        var aliases = Strings("SELECT alias FROM speaker_aliases WHERE speaker_id = $id AND alias_key <> $k ORDER BY alias", id, TextFolding.Key(name));
        var roles = Strings("SELECT role FROM speaker_roles WHERE speaker_id = $id ORDER BY role", id, null);
        return new StoredSpeaker(id, name, type, aliases, roles);
    }

    private List<long> Ids(string sql, string key)
    {
        using var command = store.Command(sql, ("$k", key));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private List<string> Strings(string sql, long id, string? key)
    {
        using var command = store.Command(sql, ("$id", id), ("$k", key));
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private long Count(string sql, (string, object?)[] parameters)
    {
        using var command = store.Command(sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
