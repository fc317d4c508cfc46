namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>An invented speaker of a generated article: full name, the short name used after it, and a role.</summary>
internal sealed record GeneratedPerson(string FullName, string Surname, string Role);
