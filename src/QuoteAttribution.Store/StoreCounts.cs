namespace QuoteAttribution.Store;

/// <summary>How many rows each table of a store holds.</summary>
/// <param name="Articles">Rows of <c>articles</c>.</param>
/// <param name="Speakers">Rows of <c>speakers</c>.</param>
/// <param name="Claims">Rows of <c>claims</c>.</param>
/// <param name="Appearances">Rows of <c>appearances</c>.</param>
public sealed record StoreCounts(long Articles, long Speakers, long Claims, long Appearances);
