using QuoteAttribution.Claims;

namespace QuoteAttribution.Store;

/// <summary>
/// The claim store in a line or two, for notebooks and scripts: index analysed articles, search, ask who said
/// something, look a speaker up. Each is the call <c>kutip</c>'s commands make, on either backend.
/// </summary>
public static class ClaimStoreExtensions
{
    /// <summary>
    /// Stores analysed articles (<see cref="QuoteExtractor.AnalyzeFile"/>), one transaction each, then merges the
    /// speakers: what <c>kutip index</c> does. An unchanged article is skipped; a changed one replaces its claims.
    /// </summary>
    /// <returns>What the store holds afterwards.</returns>
    /// <exception cref="InvalidOperationException">The store was opened with <see cref="ClaimStore.OpenReadOnly"/>.</exception>
    public static StoreCounts Index(this IClaimStore store, IEnumerable<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            var claimArticle = article.ToClaimArticle();
            store.Index(claimArticle, article.Analysis, ContentHash.OfText(claimArticle, article.Article.Text));
        }

        store.MergeSpeakers();
        return store.Counts();
    }

    /// <summary>Claims containing all these words (Indonesian-aware: <c>tegas</c> finds <c>menegaskan</c>), best first.</summary>
    /// <param name="store">The store.</param>
    /// <param name="words">The words to look for.</param>
    /// <param name="limit">At most this many claims.</param>
    public static IReadOnlyList<ClaimHit> Query(this IClaimStore store, string words, int limit = 20) =>
        new ClaimSearch(store).Search(new ClaimQuery(words) { Limit = limit });

    /// <summary>Claims matching <paramref name="query"/> (words, speaker, outlet, dates), best first.</summary>
    public static IReadOnlyList<ClaimHit> Query(this IClaimStore store, ClaimQuery query) => new ClaimSearch(store).Search(query);

    /// <summary>Who said something like <paramref name="sentence"/>, even reworded: the closest claims, best first.</summary>
    public static IReadOnlyList<ClaimHit> WhoSaid(this IClaimStore store, string sentence, int limit = 5) =>
        new ClaimSearch(store).WhoSaid(sentence, limit);

    /// <summary>The speakers called <paramref name="name"/> (canonical name, else alias, else part of a name).</summary>
    public static IReadOnlyList<StoredSpeaker> FindSpeakers(this IClaimStore store, string name) => new ClaimSearch(store).FindSpeakers(name);

    /// <summary>Everything <paramref name="speaker"/> said, oldest article first.</summary>
    public static IReadOnlyList<SpeakerClaim> ClaimsOf(this IClaimStore store, StoredSpeaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return new ClaimSearch(store).ClaimsOf(speaker.Id);
    }
}
