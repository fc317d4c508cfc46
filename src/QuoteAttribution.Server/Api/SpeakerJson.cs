using System.Text.Json.Serialization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Server.Api;

/// <summary>A stored speaker with everything they said, oldest article first (<c>kutip speaker</c>).</summary>
internal sealed record SpeakerJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles,
    [property: JsonPropertyName("claims")] IReadOnlyList<SpeakerClaimJson> Claims)
{
    /// <summary>The JSON form of <paramref name="speaker"/> and <paramref name="claims"/>.</summary>
    public static SpeakerJson From(StoredSpeaker speaker, IReadOnlyList<SpeakerClaim> claims) => new(
        speaker.Name,
        speaker.Type,
        speaker.Aliases,
        speaker.Roles,
        claims.Select(c => new SpeakerClaimJson(c.Claim, c.Type, c.Cue, c.ArticleId, c.Outlet, c.Date, c.Title, c.Url, c.SaidAs)).ToArray());
}

/// <summary>One claim of a speaker, with its article.</summary>
internal sealed record SpeakerClaimJson(
    [property: JsonPropertyName("claim")] string Claim,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("cue")] string? Cue,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("said_as")] string? SaidAs);
