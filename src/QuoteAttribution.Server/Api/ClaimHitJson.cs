using System.Text.Json.Serialization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Server.Api;

/// <summary>One search or who-said answer, with the fields of <c>kutip query --format json</c>.</summary>
internal sealed record ClaimHitJson(
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_type")] string? SpeakerType,
    [property: JsonPropertyName("claim")] string Claim,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("appearances")] int Appearances,
    [property: JsonPropertyName("snippet")] string Snippet)
{
    /// <summary>The JSON form of <paramref name="hit"/>.</summary>
    public static ClaimHitJson From(ClaimHit hit) => new(
        hit.Speaker, hit.SpeakerType, hit.Claim, Math.Round(hit.Score, 4), hit.ArticleId, hit.Outlet, hit.Date, hit.Title, hit.Appearances, hit.Snippet);
}
