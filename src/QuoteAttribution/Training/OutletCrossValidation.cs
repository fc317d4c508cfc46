using System.Globalization;
using System.Text;
using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Training;

/// <summary>
/// Leave-one-outlet-out figures on the real training articles: for each outlet, the name tagger and the
/// ranker are trained on our own articles and the real articles of every other outlet, and the engine is
/// scored on the held-out outlet's articles, as it would meet an outlet it has never seen. The same folds are
/// run with the boundary rules in place of the tagger, to measure what the tagger brings. The pooled row
/// scores every held-out prediction together.
/// </summary>
public sealed class OutletCrossValidation
{
    private readonly IReadOnlyList<AnnotatedArticle> _gold;

    private OutletCrossValidation(IReadOnlyList<OutletFold> folds, OutletFold pooled, IReadOnlyList<AnnotatedArticle> predictions, IReadOnlyList<AnnotatedArticle> gold)
    {
        _gold = gold;
        Folds = folds;
        Pooled = pooled;
        Predictions = predictions;
    }

    /// <summary>Every held-out article as the engine trained without its outlet analysed it, in input order.</summary>
    public IReadOnlyList<AnnotatedArticle> Predictions { get; }

    /// <summary>The folds, by outlet name.</summary>
    public IReadOnlyList<OutletFold> Folds { get; }

    /// <summary>Every fold's predictions scored together.</summary>
    public OutletFold Pooled { get; }

    /// <summary>Runs the folds; models are written under <paramref name="workDirectory"/>.</summary>
    /// <param name="background">Articles every fold trains on (our own corpus).</param>
    /// <param name="real">The real articles, folded by outlet.</param>
    /// <param name="options">The training options.</param>
    /// <param name="workDirectory">Where the folds' models are written.</param>
    /// <param name="withRules">Also run each fold with the boundary rules in place of the tagger (the ablation columns).</param>
    public static OutletCrossValidation Run(IReadOnlyList<AnnotatedArticle> background, IReadOnlyList<AnnotatedArticle> real, SpeakerRankerTrainerOptions options, string workDirectory, bool withRules = true)
    {
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(options);
        var outlets = real.Select(OutletOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var folds = new List<OutletFold>();
        var learnedAll = new List<AnnotatedArticle>();
        var rulesAll = new List<AnnotatedArticle>();
        foreach (var outlet in outlets)
        {
            var heldOut = real.Where(a => OutletOf(a) == outlet).ToList();
            var train = background.Concat(real.Where(a => OutletOf(a) != outlet)).ToList();
            var learned = Predict(train, heldOut, options, Path.Combine(workDirectory, Safe(outlet), "learned"), tagger: true);
            var rules = withRules ? Predict(train, heldOut, options, Path.Combine(workDirectory, Safe(outlet), "rules"), tagger: false) : learned;
            learnedAll.AddRange(learned);
            rulesAll.AddRange(rules);
            folds.Add(Fold(outlet, heldOut, learned, rules));
        }

        var order = real.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        learnedAll.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return new OutletCrossValidation(folds, Fold("all", real, learnedAll, rulesAll), learnedAll, real);
    }

    /// <summary>
    /// For every held-out prediction that matches a required gold quote: its confidence, whether its speaker
    /// is right and its article's id (what <see cref="Attribution.ConfidenceCalibration.Fit(IEnumerable{ValueTuple{double, bool, string}})"/> reads).
    /// </summary>
    public IEnumerable<(double Raw, bool Right, string Article)> CalibrationPairs()
    {
        var gold = Scorer.IndexById(_gold);
        foreach (var predicted in Predictions)
        {
            var goldArticle = gold[predicted.Id];
            var alignment = Scorer.Align(goldArticle.Text, goldArticle.Quotes, predicted.Quotes);
            for (var q = 0; q < predicted.Quotes.Count; q++)
            {
                if (alignment[q] >= 0 && !goldArticle.Quotes[alignment[q]].Optional && predicted.Quotes[q].Confidence is { } confidence)
                {
                    yield return (confidence, SpeakerMatcher.IsRight(predicted.Quotes[q], goldArticle.Quotes[alignment[q]]), predicted.Id);
                }
            }
        }
    }

    /// <summary>A plain-text table of the folds and the pooled row, then the pooled reliability.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("leave-one-outlet-out on the real training articles (attribution F1 / speaker accuracy; exact = --exact-names)");
        text.AppendLine(c, $"{"outlet",-15} {"art",4} {"quotes",6}   {"tagger",13} {"exact",13}   {"rules",13} {"exact",13}");
        foreach (var fold in Folds.Append(Pooled))
        {
            text.AppendLine(c, $"{fold.Outlet,-15} {fold.Articles,4} {fold.Learned.GoldQuotes,6}   {Pair(fold.Learned),13} {Pair(fold.LearnedExact),13}   {Pair(fold.Rules),13} {Pair(fold.RulesExact),13}");
        }

        text.AppendLine("pooled reliability (tagger): confidence range, matched, right, accuracy");
        foreach (var bucket in Pooled.Learned.Reliability)
        {
            text.AppendLine(c, $"  {bucket.Label,-12} {bucket.Matched,6} {bucket.SpeakerCorrect,6} {bucket.SpeakerAccuracy,8:0.000}");
        }

        return text.ToString();
    }

    private static string Pair(ScoreReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.Attribution.F1:0.000} / {report.SpeakerAccuracy:0.000}");

    private static OutletFold Fold(string outlet, IReadOnlyList<AnnotatedArticle> gold, List<AnnotatedArticle> learned, List<AnnotatedArticle> rules)
    {
        var goldById = Scorer.IndexById(gold);
        var learnedById = Scorer.IndexById(learned);
        var rulesById = Scorer.IndexById(rules);
        return new OutletFold(
            outlet,
            gold.Count,
            Scorer.Score(goldById, learnedById),
            Scorer.Score(goldById, learnedById, exactNames: true),
            Scorer.Score(goldById, rulesById),
            Scorer.Score(goldById, rulesById, exactNames: true));
    }

    private static List<AnnotatedArticle> Predict(List<AnnotatedArticle> train, List<AnnotatedArticle> heldOut, SpeakerRankerTrainerOptions options, string directory, bool tagger)
    {
        Directory.CreateDirectory(directory);
        var modelPath = Path.Combine(directory, "speaker-ranker.zip");
        new SpeakerRankerTrainer(options with { TrainNameTagger = tagger }).Train(train, null, modelPath, []);
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { ModelPath = modelPath, UseNameTagger = tagger, AnalyzeCorpusArticlesAsUnseen = true });
        return heldOut.Select(article => new AnnotatedArticle(article.Article, extractor.Analyze(article.Text).Quotes.Select(ToAnnotated).ToArray())).ToList();
    }

    private static AnnotatedQuote ToAnnotated(AttributedQuote quote) => new()
    {
        Content = quote.Content,
        ContentStart = quote.ContentSpan.Start,
        ContentEnd = quote.ContentSpan.End,
        Type = quote.Type,
        Cue = quote.Cue,
        Speaker = quote.Speaker,
        SpeakerType = quote.SpeakerType,
        Aliases = quote.Aliases,
        Confidence = AnalysisRecordJson.Round(quote.Confidence),
        Provenance = quote.Provenance,
    };

    private static string OutletOf(AnnotatedArticle article) => article.Article.GetString("outlet") ?? "unknown";

    private static string Safe(string outlet) => new(outlet.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-').ToArray());
}
