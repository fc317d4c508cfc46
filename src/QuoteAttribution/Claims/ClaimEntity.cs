namespace QuoteAttribution.Claims;

/// <summary>A name mentioned inside a claim that is not one of the run's speakers (<c>Kali Bekasi</c>).</summary>
/// <param name="Id">The node id (<c>entity:1</c>).</param>
/// <param name="Name">The name as first written.</param>
public sealed record ClaimEntity(string Id, string Name);
