namespace QuoteAttribution.Corpus;

/// <summary>Where an input item comes from: a file path as given (or <c>stdin</c>) and a 1-based line number.</summary>
/// <param name="Source">The file path as the caller gave it, or <see cref="ArticleReader.StandardInputName"/>.</param>
/// <param name="Line">The 1-based line number, or 0 when the item concerns the whole source (a missing file).</param>
public readonly record struct SourceLocation(string Source, int Line)
{
    /// <summary><c>source:line</c>, or just <c>source</c> when <see cref="Line"/> is 0.</summary>
    public override string ToString() => Line > 0 ? $"{Source}:{Line}" : Source;
}
