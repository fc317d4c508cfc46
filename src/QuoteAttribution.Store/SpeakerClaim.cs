namespace QuoteAttribution.Store;

/// <summary>One thing a speaker said: an appearance with its article.</summary>
/// <param name="Claim">The content as written in the article.</param>
/// <param name="Type">direct, indirect or mixed.</param>
/// <param name="Cue">The reporting word, or null.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Outlet">Its outlet, or null.</param>
/// <param name="Date">Its date, or null.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="SaidAs">The name the article gives the speaker.</param>
/// <param name="Url">The article's address, or null.</param>
public sealed record SpeakerClaim(string Claim, string Type, string? Cue, string ArticleId, string? Outlet, string? Date, string? Title, string? SaidAs, string? Url = null)
{
    /// <summary>One line for people: <c>2025-03-04 · banjir-bekasi · indirect, meminta · “…”</c>.</summary>
    public override string ToString() => $"{Date ?? "undated"} · {ArticleId} · {Type}{(Cue is null ? "" : ", " + Cue)} · “{Claim}”";
}
