namespace QuoteAttribution.Store.Shared;

/// <summary>
/// The searches one backend answers, in its own SQL. <see cref="ClaimSearch"/> checks the limits and prepares the
/// terms before it calls them, so an implementation gets bounded, folded words only.
/// </summary>
internal interface IClaimQueries
{
    /// <summary>Claims holding all <paramref name="terms"/> (not empty), best first, said by one of <paramref name="speakers"/> when given.</summary>
    IReadOnlyList<ClaimHit> Search(ClaimQuery query, IReadOnlyList<SearchTerm> terms, IReadOnlyList<long>? speakers);

    /// <summary>Up to <paramref name="limit"/> claims closest to the sentence of <paramref name="terms"/> (not empty), best first.</summary>
    IReadOnlyList<ClaimHit> WhoSaid(IReadOnlyList<SearchTerm> terms, int limit);

    /// <summary>Speaker ids whose folded canonical name is <paramref name="key"/>; failing that by alias; failing that by part of the name.</summary>
    IReadOnlyList<StoredSpeaker> FindSpeakers(string key);

    /// <summary>Everything speaker <paramref name="speakerId"/> said, by article date (undated last), then position.</summary>
    IReadOnlyList<SpeakerClaim> ClaimsOf(long speakerId);
}
