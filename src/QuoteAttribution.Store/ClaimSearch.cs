using QuoteAttribution.Claims;
using QuoteAttribution.Store.Shared;

namespace QuoteAttribution.Store;

/// <summary>
/// The questions a fact-checker asks a claim store: which claims say this (<see cref="Search"/>), who said this
/// sentence (<see cref="WhoSaid"/>), who is this speaker (<see cref="FindSpeakers"/>) and what did they say
/// (<see cref="ClaimsOf"/>), on either backend. Any user text is safe: it is bounded here, cut into folded words
/// (letters and digits), and reaches the database only as parameters and quoted words.
/// </summary>
public sealed class ClaimSearch
{
    private readonly IClaimQueries _queries;

    /// <summary>Searches <paramref name="store"/>.</summary>
    /// <param name="store">A store opened with <see cref="ClaimStore.Open"/> or <see cref="ClaimStore.OpenReadOnly"/>.</param>
    public ClaimSearch(IClaimStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _queries = store is DbClaimStore db
            ? db.Queries()
            : throw new ArgumentException("the store was not opened with ClaimStore.Open", nameof(store));
    }

    /// <summary>Claims containing all the query's words (Indonesian-aware), best first, each with its first matching appearance.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="QueryLimits.MaxTextLength"/>, the speaker name than <see cref="QueryLimits.MaxNameLength"/>, or a filter holds a NUL character.</exception>
    public IReadOnlyList<ClaimHit> Search(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryLimits.Check(query.Text, QueryLimits.MaxTextLength, "the text", nameof(query));
        if (query.Speaker is { } speakerName)
        {
            QueryLimits.Check(speakerName, QueryLimits.MaxNameLength, "the speaker name", nameof(query));
        }

        foreach (var (value, what) in new[] { (query.Outlet, "the outlet"), (query.Since, "the since date"), (query.Until, "the until date") })
        {
            if (value is not null && value.Contains('\0', StringComparison.Ordinal))
            {
                // PostgreSQL text cannot hold U+0000: refuse it the same way on both backends.
                throw new ArgumentException($"{what} contains a NUL character", nameof(query));
            }
        }

        var terms = SearchTerm.Of(query.Text).DistinctBy(t => t.Word, StringComparer.Ordinal).ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        IReadOnlyList<long>? speakers = null;
        if (query.Speaker is { } name)
        {
            var found = FindSpeakers(name);
            if (found.Count == 0)
            {
                return [];
            }

            speakers = found.Select(s => s.Id).ToArray();
        }

        return _queries.Search(query, terms, speakers);
    }

    /// <summary>
    /// The claims closest to <paramref name="sentence"/>, even reworded: candidates sharing any word or stem (and, on
    /// PostgreSQL, trigram-similar claims), re-ranked by IDF-weighted overlap of words and stems, best first, one hit
    /// per claim. Only the first <see cref="QueryLimits.MaxSentenceWords"/> different words of the sentence are read.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sentence"/> is longer than <see cref="QueryLimits.MaxTextLength"/>.</exception>
    public IReadOnlyList<ClaimHit> WhoSaid(string sentence, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        QueryLimits.Check(sentence, QueryLimits.MaxTextLength, "the text", nameof(sentence));
        var terms = SearchTerm.Of(sentence).DistinctBy(t => t.Word, StringComparer.Ordinal).Take(QueryLimits.MaxSentenceWords).ToArray();
        return terms.Length == 0 ? [] : _queries.WhoSaid(terms, limit);
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
        return key.Length == 0 ? [] : _queries.FindSpeakers(key);
    }

    /// <summary>Everything speaker <paramref name="speakerId"/> said, by article date (undated last), then position.</summary>
    public IReadOnlyList<SpeakerClaim> ClaimsOf(long speakerId) => _queries.ClaimsOf(speakerId);
}
