namespace QuoteAttribution.Store.Shared;

/// <summary>
/// Where the backends' SQL differs in writing an article: how a new claim is stored and made searchable (SQLite keeps
/// an FTS5 table beside <c>claims</c>; PostgreSQL keeps the stems in <c>claims</c> and indexes a generated tsvector).
/// Parameters: <c>@content</c>, <c>@key</c>, <c>@stems</c>, <c>@id</c>.
/// </summary>
/// <param name="InsertClaim">Inserts a claim and returns its id.</param>
/// <param name="IndexClaim">Adds the new claim <c>@id</c> to the full-text index, or null when <paramref name="InsertClaim"/> did.</param>
/// <param name="UnindexClaim">Removes claim <c>@id</c> from the full-text index, or null when removing the row does.</param>
internal sealed record StoreDialect(string InsertClaim, string? IndexClaim, string? UnindexClaim);
