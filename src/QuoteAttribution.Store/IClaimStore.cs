using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// A claim store: articles, speakers, claims and their appearances, searchable with <see cref="ClaimSearch"/>. Open one
/// with <see cref="ClaimStore.Open"/>; the backend (a SQLite file or a PostgreSQL database) follows from the name
/// given. Each article is written in one transaction keyed by its id and content hash, so re-indexing is idempotent
/// and an interrupted run leaves nothing half-written. Not thread-safe: use one instance from one thread.
/// </summary>
public interface IClaimStore : IDisposable
{
    /// <summary>What the store is, for messages: the SQLite file, or the PostgreSQL server and database (never a password).</summary>
    string Name { get; }

    /// <summary>The number of rows in each table.</summary>
    StoreCounts Counts();

    /// <summary>The content hash stored for each article id.</summary>
    IReadOnlyDictionary<string, string> ContentHashes();

    /// <summary>
    /// Stores one analysed article in one transaction: nothing when its <paramref name="contentHash"/> is the one
    /// stored; otherwise its old appearances and speakers (and claims no other article has) are replaced by the new
    /// ones. Writers of one store take turns article by article, so several processes may index at once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    IndexOutcome Index(ClaimArticle article, ArticleAnalysis analysis, string contentHash);

    /// <summary>True when <c>speakers</c> was merged after the last article was written.</summary>
    bool SpeakersMerged { get; }

    /// <summary>
    /// Merges every article's speakers into <c>speakers</c> (<see cref="SpeakerMerging"/>) in one transaction; does
    /// nothing when <see cref="SpeakersMerged"/> already holds, unless <paramref name="always"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    void MergeSpeakers(bool always = false);

    /// <summary>
    /// The problems found by checking the store whole: the database engine's own check, then that every article holds
    /// as many appearances as it says, no quote is stored twice, every claim is searchable and every appearance
    /// points at a stored claim and article. Empty when all is well.
    /// </summary>
    IReadOnlyList<string> CheckIntegrity();
}
