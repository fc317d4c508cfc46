namespace QuoteAttribution.Store;

/// <summary>One word of a text as the search sees it: folded, with its stems (<see cref="IndonesianStemmer.Stems"/>).</summary>
/// <param name="Word">The folded word (lower case, no diacritics).</param>
/// <param name="Stems">Its readings, the preferred stem first and the word itself last.</param>
internal sealed record SearchTerm(string Word, IReadOnlyList<string> Stems)
{
    /// <summary>The terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public static IReadOnlyList<SearchTerm> Of(string text) =>
        Claims.TextFolding.Words(text).Select(w => new SearchTerm(w, IndonesianStemmer.Stems(w))).ToArray();

    /// <summary>The text of the full-text index's <c>stems</c> column: every reading of every word, once each.</summary>
    public static string StemColumn(string text) =>
        string.Join(' ', Of(text).SelectMany(t => t.Stems).Distinct(StringComparer.Ordinal));
}
