namespace QuoteAttribution.Store;

/// <summary>One claim found by a search or by <c>who-said</c>, shown through one of its appearances.</summary>
/// <param name="ClaimId">The claim's row id.</param>
/// <param name="Claim">The claim's content.</param>
/// <param name="Score">Higher is better (search: negated BM25; who-said: word overlap in <c>[0, 1]</c>).</param>
/// <param name="Speaker">The speaker's canonical name, or null when unknown.</param>
/// <param name="SpeakerType">The speaker's kind, or null.</param>
/// <param name="ArticleId">The article of the appearance shown (the first by date among those that pass the filters).</param>
/// <param name="Outlet">Its outlet, or null.</param>
/// <param name="Date">Its date, or null.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Appearances">How many appearances the claim has (after filters).</param>
/// <param name="Snippet">The content with the matching words in [brackets].</param>
public sealed record ClaimHit(
    long ClaimId,
    string Claim,
    double Score,
    string? Speaker,
    string? SpeakerType,
    string ArticleId,
    string? Outlet,
    string? Date,
    string? Title,
    int Appearances,
    string Snippet)
{
    /// <summary>One line for people: <c>Dedi Kurniawan · banjir-bekasi · score 9.522 · “Kami masih [menyiagakan] …”</c>.</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Speaker ?? "unknown speaker"} · {ArticleId} · score {Score:0.000} · “{Snippet}”");
}
