namespace QuoteAttribution.Mentions.Names;

/// <summary>The tokens of a run that form the name: <c>[Start, End)</c>, never empty.</summary>
internal readonly record struct NameSpan(int Start, int End);
