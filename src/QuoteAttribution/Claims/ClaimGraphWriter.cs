using QuoteAttribution.Corpus;

namespace QuoteAttribution.Claims;

/// <summary>
/// An <see cref="IAnalysisWriter"/> for the graph formats: it gathers every analysed article and, on
/// <see cref="Complete"/>, builds the <see cref="ClaimGraph"/> of the whole run and writes it.
/// </summary>
/// <param name="format">The graph format.</param>
/// <param name="output">Where the graph goes; the caller owns it.</param>
public sealed class ClaimGraphWriter(ClaimGraphFormat format, TextWriter output) : IAnalysisWriter
{
    private readonly ClaimGraphBuilder _builder = new();
    private readonly IClaimGraphExporter _exporter = IClaimGraphExporter.Create(format);

    /// <inheritdoc />
    public void Write(ArticleRecord article, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        article.EnsureAnalysisOfText(analysis);
        _builder.Add(ClaimArticle.From(article), analysis);
    }

    /// <inheritdoc />
    public void Complete() => _exporter.Write(_builder.Build(), output);
}
