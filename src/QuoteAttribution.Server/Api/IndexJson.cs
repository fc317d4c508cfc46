using System.Text.Json.Serialization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Server.Api;

/// <summary>What an index request did, and what the store holds afterwards.</summary>
internal sealed record IndexJson(
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("replaced")] int Replaced,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("quotes")] int Quotes,
    [property: JsonPropertyName("store")] StoreCounts Store);
