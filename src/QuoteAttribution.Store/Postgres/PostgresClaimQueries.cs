using QuoteAttribution.Store.Shared;

namespace QuoteAttribution.Store.Postgres;

/// <summary>
/// The searches in PostgreSQL: full-text search over each claim's stored stems (a generated <c>tsvector</c>, ranked
/// by <c>ts_rank</c>), and for <c>who-said</c> also trigram similarity of the folded text (<c>pg_trgm</c>); every value
/// a parameter, user words only as quoted lexemes (<see cref="TsQuery"/>).
/// </summary>
internal sealed class PostgresClaimQueries(PostgresClaimStore store) : IClaimQueries
{
    private const string Filters = """
          AND (@speakers::bigint[] IS NULL OR ap.speaker_id = ANY (@speakers::bigint[]))
          AND (@outlet::text IS NULL OR lower(a.outlet) = lower(@outlet::text))
          AND (@since::text IS NULL OR substr(a.date, 1, 10) >= @since::text)
          AND (@until::text IS NULL OR substr(a.date, 1, 10) <= @until::text)
        """;

    private const string FirstAppearance = $"""
        SELECT a.id, a.outlet, a.date, a.title, s.name, s.type, count(*) OVER () AS n
        FROM appearances ap
        JOIN articles a ON a.id = ap.article_id
        LEFT JOIN speakers s ON s.id = ap.speaker_id
        WHERE ap.claim_id = @claim
        {Filters}
        ORDER BY a.date IS NULL, a.date, a.id, ap.content_start
        LIMIT 1
        """;

    public IReadOnlyList<ClaimHit> Search(ClaimQuery query, IReadOnlyList<SearchTerm> terms, IReadOnlyList<long>? speakerIds)
    {
        var speakers = speakerIds?.ToArray();
        using var command = store.Command(
            $"""
            SELECT c.id, c.content, ts_rank(c.search, q) AS rank
            FROM claims c, to_tsquery('simple', @match) AS q
            WHERE c.search @@ q
              AND EXISTS (
                SELECT 1 FROM appearances ap JOIN articles a ON a.id = ap.article_id
                WHERE ap.claim_id = c.id
                {Filters})
            ORDER BY rank DESC, c.id
            LIMIT @limit
            """,
            ("@match", TsQuery.All(terms)), ("@speakers", speakers), ("@outlet", query.Outlet), ("@since", query.Since), ("@until", query.Until),
            ("@limit", query.Limit));
        var found = new List<(long Id, string Content, double Rank)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((reader.GetInt64(0), reader.GetString(1), Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return found
            .Select(c => Hit(c.Id, c.Content, Math.Round(c.Rank, 6), terms, speakers, query.Outlet, query.Since, query.Until))
            .OfType<ClaimHit>()
            .ToArray();
    }

    public IReadOnlyList<ClaimHit> WhoSaid(IReadOnlyList<SearchTerm> terms, int limit)
    {
        var total = store.Scalar("SELECT count(*) FROM claims");
        var frequencies = terms.ToDictionary(
            t => t.Word, t => store.Scalar("SELECT count(*) FROM claims WHERE search @@ to_tsquery('simple', @q)", ("@q", TsQuery.Term(t))), StringComparer.Ordinal);
        var weights = frequencies.ToDictionary(f => f.Key, f => WhoSaidRanking.Idf(total, f.Value), StringComparer.Ordinal);

        // Ranking every claim that holds a word as common as "akan" costs more than it finds: the candidates come from
        // the words in at most a tenth of the claims, unless every word is that common.
        var rare = terms.Where(t => frequencies[t.Word] <= Math.Max(100, total / 10)).ToArray();
        var candidates = new Dictionary<long, (string Content, double Similarity)>();
        var key = string.Join(' ', terms.Select(t => t.Word));
        using (var command = store.Command(
            """
            SELECT c.id, c.content, similarity(c.content_key, @key)
            FROM claims c, to_tsquery('simple', @match) AS q
            WHERE c.search @@ q
            ORDER BY ts_rank(c.search, q) DESC, c.id
            LIMIT @n
            """,
            ("@match", TsQuery.Any(rare.Length > 0 ? rare : terms)), ("@key", key), ("@n", WhoSaidRanking.Candidates)))
        {
            Read(command, candidates);
        }

        using (var command = store.Command(
            """
            SELECT c.id, c.content, similarity(c.content_key, @key) AS likeness
            FROM claims c
            WHERE c.content_key % @key
            ORDER BY likeness DESC, c.id
            LIMIT @n
            """,
            ("@key", key), ("@n", WhoSaidRanking.Candidates)))
        {
            Read(command, candidates);
        }

        return candidates
            .Select(c => (Id: c.Key, c.Value.Content, c.Value.Similarity, Score: Score(terms, weights, c.Value.Content, c.Value.Similarity)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Similarity)
            .ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => Hit(c.Id, c.Content, Math.Round(c.Score, 4), terms, null, null, null, null))
            .OfType<ClaimHit>()
            .ToArray();
    }

    public IReadOnlyList<StoredSpeaker> FindSpeakers(string key) => SpeakerQueries.Find(store, key);

    public IReadOnlyList<SpeakerClaim> ClaimsOf(long speakerId) => SpeakerQueries.ClaimsOf(store, speakerId);

    /// <summary>The word overlap of both backends; a claim sharing no word, found by its trigrams alone, scores half its trigram similarity.</summary>
    private static double Score(IReadOnlyList<SearchTerm> terms, IReadOnlyDictionary<string, double> weights, string content, double similarity)
    {
        var overlap = WhoSaidRanking.Overlap(terms, weights, content);
        return overlap > 0 ? overlap : 0.5 * similarity;
    }

    private static void Read(System.Data.Common.DbCommand command, Dictionary<long, (string Content, double Similarity)> candidates)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates[reader.GetInt64(0)] = (reader.GetString(1), Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private ClaimHit? Hit(long claimId, string content, double score, IReadOnlyList<SearchTerm> terms, long[]? speakers, string? outlet, string? since, string? until)
    {
        using var command = store.Command(FirstAppearance,
            ("@claim", claimId), ("@speakers", speakers), ("@outlet", outlet), ("@since", since), ("@until", until));
        using var reader = command.ExecuteReader();
        return reader.Read() ? SpeakerQueries.Hit(reader, claimId, content, score, terms) : null;
    }
}
