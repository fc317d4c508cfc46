namespace QuoteAttribution.Corpus;

/// <summary>
/// Writes analysed articles, one after another, to a <see cref="TextWriter"/> that the caller owns
/// (the writer neither flushes nor closes it). Not thread-safe: call it from one thread, in output order.
/// </summary>
public interface IAnalysisWriter
{
    /// <summary>Writes one article and its quotes.</summary>
    /// <param name="article">The input record; its fields are written back in input order.</param>
    /// <param name="analysis">The analysis of <paramref name="article"/>'s text.</param>
    /// <exception cref="ArgumentException">The analysis is of another text than the article's.</exception>
    void Write(ArticleRecord article, ArticleAnalysis analysis);

    /// <summary>Writes whatever closes the output (the <c>]</c> of a JSON array). Call once, after the last article.</summary>
    void Complete();

    /// <summary>A writer of <paramref name="format"/> onto <paramref name="output"/>.</summary>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where to write; it should encode UTF-8 without a byte order mark.</param>
    static IAnalysisWriter Create(AnalysisFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return format switch
        {
            AnalysisFormat.Jsonl => new JsonAnalysisWriter(output, indented: false),
            AnalysisFormat.Json => new JsonAnalysisWriter(output, indented: true),
            AnalysisFormat.Text => new TextAnalysisWriter(output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
