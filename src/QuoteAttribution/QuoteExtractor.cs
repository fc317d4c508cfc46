using System.Runtime.CompilerServices;
using QuoteAttribution.Attribution;
using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Mentions.Names;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution;

/// <summary>
/// The engine's entry point: finds every quotation in an Indonesian news article and attributes it.
/// Create one per process and share it; <see cref="Analyze(string)"/> is thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private readonly DocumentBuilder _documents;
    private readonly MentionFinder _mentions;
    private readonly DirectQuoteFinder _direct;
    private readonly IndirectQuoteFinder _indirect;
    private readonly Attributor _attributor = new();
    private readonly SpeakerRanker? _ranker;
    private readonly ConfidenceCalibration? _calibration;
    private readonly LexiconSet _lexicons;

    /// <summary>Creates an extractor with the built-in lexicons and the shipped model.</summary>
    public QuoteExtractor()
        : this(new QuoteExtractorOptions())
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    public QuoteExtractor(QuoteExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var lexicons = _lexicons = LexiconSet.Default;
        _documents = new DocumentBuilder(lexicons, CorpusVocabulary.Default, options.AnalyzeCorpusArticlesAsUnseen);
        _mentions = new MentionFinder(lexicons, !options.UseNameTagger ? null : options.NameTagger ?? TaggerBeside(options.ModelPath) ?? NameTagger.BuiltIn);
        _direct = new DirectQuoteFinder(lexicons);
        _indirect = new IndirectQuoteFinder(lexicons);
        var model = !options.UseModel ? null
            : options.ModelPath is { } path ? SpeakerModel.Load(path)
            : SpeakerModel.BuiltIn;
        _ranker = model is null ? null : new SpeakerRanker(model);
        _calibration = model?.Manifest.Calibration;
        Warning = options.UseModel && model is null
            ? "no speaker model is built into this library (models/speaker-ranker.zip was missing at build time); speakers are chosen by the sieves alone"
            : null;
    }

    /// <summary>True when a trained speaker model ranks the candidates; false when the sieves decide alone.</summary>
    public bool UsesModel => _ranker is not null;

    /// <summary>Why the extractor runs with less than was asked of it (the model was asked for but none is built in), or null.</summary>
    public string? Warning { get; }

    /// <summary>The options this extractor was created with.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>Finds and attributes the quotes of one article.</summary>
    /// <param name="text">The article body. Offsets in the result index this exact string.</param>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = AttributeWithSieves(text);
        _ranker?.Rank(context);
        SpeakerEvidence.Apply(context);
        _calibration?.Apply(context);
        return new ArticleAnalysis(text, context.Quotes.Select((q, i) => ToResult(context, q, context.Decisions[i])).ToArray());
    }

    /// <summary>Finds and attributes the quotes of one article record (its id and other fields are kept).</summary>
    public AnalyzedArticle Analyze(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new AnalyzedArticle(article, Analyze(article.Text));
    }

    /// <summary>Analyses a stream of articles lazily, one at a time, in order.</summary>
    /// <example><c>extractor.Analyze(texts.Select((t, i) => new ArticleRecord($"a{i}", t)))</c></example>
    public IEnumerable<AnalyzedArticle> Analyze(IEnumerable<ArticleRecord> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Select(Analyze);
    }

    /// <summary>Analyses an asynchronous stream of articles (a web feed, a queue), one at a time, in order.</summary>
    public async IAsyncEnumerable<AnalyzedArticle> AnalyzeAsync(
        IAsyncEnumerable<ArticleRecord> articles,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Analyze(article);
        }
    }

    /// <summary>
    /// Analyses the articles of a file, lazily: a <c>.txt</c> file is one article named after the file, any other file
    /// is JSON Lines, one <c>{"id", "text", …}</c> object per line (the other fields are kept).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">
    /// The file cannot be read, or a line is not an article; the message names the file and line
    /// (<c>a.jsonl:17: not JSON (…)</c>). The articles before it have been given. To skip bad lines instead, read with
    /// <see cref="ArticleReader.ReadFile"/> and analyse the records that succeeded.
    /// </exception>
    public IEnumerable<AnalyzedArticle> AnalyzeFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ArticleReader.ReadFile(path).Select(item => item.IsSuccess
            ? Analyze(item.Value)
            : throw new InvalidDataException(item.Error.ToString()));
    }

    /// <summary>Runs the pipeline up to and including the sieves: the state the ranker reads and is trained on.</summary>
    internal AttributionContext AttributeWithSieves(string text)
    {
        var doc = _documents.Build(text);
        var insideQuote = doc.InsideQuotations();
        var mentions = _mentions.Find(doc, insideQuote);
        var entities = EntityClusters.Build(mentions, doc.Vocabulary);
        var direct = _direct.Find(doc);
        var indirect = _indirect.Find(doc, direct, insideQuote);
        var quotes = Merge(direct, indirect);
        var context = new AttributionContext(doc, _lexicons, mentions, entities, quotes);
        _attributor.Attribute(context);
        return context;
    }

    /// <summary>The name tagger trained with a ranker loaded from a file (<c>name-tagger.bin</c> beside it), or null.</summary>
    private static NameTagger? TaggerBeside(string? modelPath)
    {
        var path = modelPath is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".", NameTagger.FileName);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return NameTagger.Load(stream, path);
    }

    private static List<QuoteCandidate> Merge(List<QuoteCandidate> direct, List<QuoteCandidate> indirect)
    {
        var merged = new List<QuoteCandidate>(direct);
        foreach (var quote in indirect)
        {
            if (!direct.Any(d => d.Content.Overlaps(quote.Content)))
            {
                merged.Add(quote);
            }
        }

        merged.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return merged;
    }

    private static AttributedQuote ToResult(AttributionContext context, QuoteCandidate quote, Attribution.Attribution? decision)
    {
        var doc = context.Document;
        TextSpan? cueSpan = quote.CueToken >= 0 ? doc.Tokens[quote.CueToken].Span : null;
        TextSpan? sourceSpan = decision?.Source?.Span ?? (quote.CliticSource ? cueSpan : null);
        var speaker = decision?.Speaker;
        return new AttributedQuote
        {
            Content = quote.Content.Of(doc.Text),
            ContentSpan = quote.Content,
            Type = quote.Type,
            Cue = cueSpan?.Of(doc.Text),
            CueSpan = cueSpan,
            Source = sourceSpan?.Of(doc.Text),
            SourceSpan = sourceSpan,
            Speaker = speaker?.Name,
            SpeakerType = speaker?.Type,
            Aliases = speaker?.Aliases ?? [],
            Roles = speaker?.Roles ?? [],
            Optional = quote.Optional,
            Provenance = decision?.Provenance is { } p
                ? p with { Rule = $"{quote.Pattern}/{p.Rule}" }
                : new Provenance($"{quote.Pattern}/unresolved", 0.0, "no sieve found a speaker"),
        };
    }
}
