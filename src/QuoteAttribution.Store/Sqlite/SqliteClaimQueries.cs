using System.Data.Common;
using System.Globalization;
using QuoteAttribution.Store.Shared;

namespace QuoteAttribution.Store.Sqlite;

/// <summary>
/// The searches in SQLite: FTS5 with BM25 over the claims' text and stems (<see cref="FtsQuery"/>: user words reach
/// FTS5 only as quoted strings), JSON arrays for lists of ids, every value a parameter.
/// </summary>
internal sealed class SqliteClaimQueries(SqliteClaimStore store) : IClaimQueries
{
    private const string FirstAppearance = """
        SELECT a.id, a.outlet, a.date, a.title, s.name, s.type, count(*) OVER () AS n
        FROM appearances ap
        JOIN articles a ON a.id = ap.article_id
        LEFT JOIN speakers s ON s.id = ap.speaker_id
        WHERE ap.claim_id = @claim
          AND (@speakers IS NULL OR ap.speaker_id IN (SELECT value FROM json_each(@speakers)))
          AND (@outlet IS NULL OR a.outlet = @outlet COLLATE NOCASE)
          AND (@since IS NULL OR substr(a.date, 1, 10) >= @since)
          AND (@until IS NULL OR substr(a.date, 1, 10) <= @until)
        ORDER BY a.date IS NULL, a.date, a.id, ap.content_start
        LIMIT 1
        """;

    public IReadOnlyList<ClaimHit> Search(ClaimQuery query, IReadOnlyList<SearchTerm> terms, IReadOnlyList<long>? speakerIds)
    {
        var match = FtsQuery.All(terms)!;
        var speakers = speakerIds is null ? null : "[" + string.Join(',', speakerIds.Select(s => s.ToString(CultureInfo.InvariantCulture))) + "]";
        using var command = store.Command(
            """
            SELECT c.id, c.content, bm25(claims_fts) AS rank
            FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid
            WHERE claims_fts MATCH @match
              AND EXISTS (
                SELECT 1 FROM appearances ap JOIN articles a ON a.id = ap.article_id
                WHERE ap.claim_id = c.id
                  AND (@speakers IS NULL OR ap.speaker_id IN (SELECT value FROM json_each(@speakers)))
                  AND (@outlet IS NULL OR a.outlet = @outlet COLLATE NOCASE)
                  AND (@since IS NULL OR substr(a.date, 1, 10) >= @since)
                  AND (@until IS NULL OR substr(a.date, 1, 10) <= @until))
            ORDER BY rank, c.id
            LIMIT @limit
            """,
            ("@match", match), ("@speakers", speakers), ("@outlet", query.Outlet), ("@since", query.Since), ("@until", query.Until),
            ("@limit", query.Limit));
        var found = new List<(long Id, string Content, double Rank)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
            }
        }

        return found
            .Select(c => Hit(c.Id, c.Content, -c.Rank, terms, speakers, query.Outlet, query.Since, query.Until))
            .OfType<ClaimHit>()
            .ToArray();
    }

    public IReadOnlyList<ClaimHit> WhoSaid(IReadOnlyList<SearchTerm> terms, int limit)
    {
        var match = FtsQuery.Any(terms)!;
        var total = store.Scalar("SELECT count(*) FROM claims");
        var weights = terms.ToDictionary(
            t => t.Word,
            t => WhoSaidRanking.Idf(total, store.Scalar("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH @m", ("@m", FtsQuery.Term(t)))),
            StringComparer.Ordinal);
        var candidates = new List<(long Id, string Content)>();
        using (var command = store.Command(
            "SELECT rowid, content FROM claims_fts WHERE claims_fts MATCH @match ORDER BY bm25(claims_fts) LIMIT @n",
            ("@match", match), ("@n", WhoSaidRanking.Candidates)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                candidates.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        return candidates
            .Select(c => (c.Id, c.Content, Score: WhoSaidRanking.Overlap(terms, weights, c.Content)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => Hit(c.Id, c.Content, Math.Round(c.Score, 4), terms, null, null, null, null))
            .OfType<ClaimHit>()
            .ToArray();
    }

    public IReadOnlyList<StoredSpeaker> FindSpeakers(string key) => SpeakerQueries.Find(store, key);

    public IReadOnlyList<SpeakerClaim> ClaimsOf(long speakerId) => SpeakerQueries.ClaimsOf(store, speakerId);

    private ClaimHit? Hit(long claimId, string content, double score, IReadOnlyList<SearchTerm> terms, string? speakers, string? outlet, string? since, string? until)
    {
        using var command = store.Command(FirstAppearance,
            ("@claim", claimId), ("@speakers", speakers), ("@outlet", outlet), ("@since", since), ("@until", until));
        using var reader = command.ExecuteReader();
        return reader.Read() ? SpeakerQueries.Hit(reader, claimId, content, score, terms) : null;
    }
}
