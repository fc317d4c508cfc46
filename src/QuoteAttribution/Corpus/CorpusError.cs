namespace QuoteAttribution.Corpus;

/// <summary>An input item that could not be read: where it is and what is wrong with it.</summary>
/// <param name="Location">The file and line.</param>
/// <param name="Message">What is wrong, e.g. <c>not JSON (…)</c> or <c>no "text" field</c>.</param>
public sealed record CorpusError(SourceLocation Location, string Message)
{
    /// <summary><c>file:line: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
