using QuoteAttribution.Corpus;
using QuoteAttribution.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Scores predicted quotes against gold ones exactly as the reference scorer
/// <c>../shared/annotation/score.py</c> does (see the annotation guidelines), and breaks the result down by
/// sieve and confidence.
/// </summary>
public static class Scorer
{
    /// <summary>How much of an error's text score.py shows, in code points.</summary>
    private const int ExcerptLength = 80;

    /// <summary>
    /// Indexes articles by id as score.py loads a file: a later article with the same id replaces the
    /// earlier one but keeps its place in the order.
    /// </summary>
    /// <param name="articles">The articles in file order.</param>
    public static IReadOnlyDictionary<string, AnnotatedArticle> IndexById(IEnumerable<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var index = new OrderedDictionary<string, AnnotatedArticle>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            index[article.Id] = article;
        }

        return index;
    }

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold articles by id; they are scored, and errors listed, in its enumeration order.</param>
    /// <param name="predicted">The predicted articles by id. Their offsets index the gold text, whatever text they carry;
    /// articles absent from <paramref name="gold"/> are ignored.</param>
    /// <param name="exactNames">score.py's <c>--exact-names</c>: a speaker is right only as the gold name or an alias.</param>
    /// <exception cref="InvalidDataException">A gold quote's content is not in its article's text.</exception>
    public static ScoreReport Score(IReadOnlyDictionary<string, AnnotatedArticle> gold, IReadOnlyDictionary<string, AnnotatedArticle> predicted, bool exactNames = false)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var run = new Run(exactNames);
        var missing = 0;
        foreach (var (id, goldArticle) in gold)
        {
            if (!predicted.TryGetValue(id, out var predictedArticle))
            {
                missing++;
            }

            run.ScoreArticle(id, goldArticle, predictedArticle?.Quotes ?? []);
        }

        return new ScoreReport
        {
            Quotes = run.Quotes.ToPrecisionRecall(),
            Direct = run.Direct.ToPrecisionRecall(),
            Indirect = run.Indirect.ToPrecisionRecall(),
            Strict = run.Strict.ToPrecisionRecall(),
            Attribution = run.Attribution.ToPrecisionRecall(),
            SpeakerAccuracy = run.Matched > 0 ? PythonFloat.Round((double)run.SpeakerRight / run.Matched, 4) : 0.0,
            GoldQuotes = gold.Values.Sum(article => article.Quotes.Count(q => !q.Optional)),
            Articles = gold.Count,
            ArticlesMissingInPrediction = missing,
            Errors = run.Errors,
            Sieves = run.Sieves.ToScores(),
            Reliability = run.Reliability.ToBuckets(),
        };
    }

    /// <summary>
    /// For each predicted quote, the index of the gold quote the scoring rule pairs it with, or -1: the
    /// same locating, trimming and best-overlap-first matching as <see cref="Score"/>.
    /// </summary>
    internal static int[] Align(string text, IReadOnlyList<AnnotatedQuote> gold, IReadOnlyList<AnnotatedQuote> predicted)
    {
        var articleText = new ArticleText(text);
        var goldLocated = Run.Locate(articleText, gold, keepEmpty: true)
            ?? throw new InvalidDataException("a gold quote's content is not in its text");
        var predictedLocated = Run.Locate(articleText, predicted, keepEmpty: false)!;
        var (goldMatch, _) = Run.Match(goldLocated, predictedLocated);
        var result = Enumerable.Repeat(-1, predicted.Count).ToArray();
        for (var gi = 0; gi < goldMatch.Length; gi++)
        {
            if (goldMatch[gi] is { } pi)
            {
                var quote = predictedLocated[pi].Quote;
                var index = Enumerable.Range(0, predicted.Count).First(i => ReferenceEquals(predicted[i], quote));
                result[index] = gi;
            }
        }

        return result;
    }

    /// <summary>A quote with its trimmed span, in UTF-16 units and in code points.</summary>
    private sealed record Located(AnnotatedQuote Quote, TextSpan Span, int Start, int End)
    {
        public int Length => End - Start;
    }

    /// <summary>The counts of one scoring run (score.py's <c>score</c> body).</summary>
    private sealed class Run(bool exactNames)
    {
        public MatchCounts Quotes { get; } = new();

        public MatchCounts Direct { get; } = new();

        public MatchCounts Indirect { get; } = new();

        public MatchCounts Strict { get; } = new();

        public MatchCounts Attribution { get; } = new();

        public int Matched { get; private set; }

        public int SpeakerRight { get; private set; }

        public List<ScoreError> Errors { get; } = [];

        public SieveTable Sieves { get; } = new();

        public ReliabilityTable Reliability { get; } = new();

        public void ScoreArticle(string id, AnnotatedArticle goldArticle, IReadOnlyList<AnnotatedQuote> predictedQuotes)
        {
            var text = new ArticleText(goldArticle.Text);
            var goldQuotes = Locate(text, goldArticle.Quotes, keepEmpty: true)
                ?? throw new InvalidDataException($"gold {id}: content not in text: {Repr(FirstUnlocated(text, goldArticle.Quotes))}");
            var predictions = Locate(text, predictedQuotes, keepEmpty: false)!;
            var (goldMatch, predictedMatched) = Match(goldQuotes, predictions);

            for (var gi = 0; gi < goldQuotes.Count; gi++)
            {
                var g = goldQuotes[gi];
                var optional = g.Quote.Optional;
                if (goldMatch[gi] is { } pi)
                {
                    if (optional)
                    {
                        continue;
                    }

                    var p = predictions[pi];
                    var right = SpeakerMatcher.IsRight(p.Quote, g.Quote, exactNames);
                    Matched++;
                    SpeakerRight += right ? 1 : 0;
                    Quotes.TruePositives++;
                    KindOf(g.Quote).TruePositives++;
                    Count(Strict, g.Span == p.Span);
                    Count(Attribution, right);
                    Sieves.Matched(p.Quote, right);
                    Reliability.Matched(p.Quote, right);
                    if (!right)
                    {
                        Errors.Add(new ScoreError(id, ScoreErrorKind.Speaker, text.Excerpt(g.Span, ExcerptLength), g.Quote.Speaker, p.Quote.Speaker));
                    }
                }
                else if (!optional)
                {
                    foreach (var counts in new[] { Quotes, KindOf(g.Quote), Strict, Attribution })
                    {
                        counts.FalseNegatives++;
                    }

                    Errors.Add(new ScoreError(id, ScoreErrorKind.Missed, text.Excerpt(g.Span, ExcerptLength), g.Quote.Speaker, null));
                }
            }

            for (var pi = 0; pi < predictions.Count; pi++)
            {
                if (predictedMatched[pi])
                {
                    continue;
                }

                var p = predictions[pi];
                foreach (var counts in new[] { Quotes, KindOf(p.Quote), Strict, Attribution })
                {
                    counts.FalsePositives++;
                }

                Sieves.Spurious(p.Quote);
                Errors.Add(new ScoreError(id, ScoreErrorKind.Spurious, text.Excerpt(p.Span, ExcerptLength), null, p.Quote.Speaker));
            }
        }

        private static void Count(MatchCounts counts, bool right)
        {
            if (right)
            {
                counts.TruePositives++;
            }
            else
            {
                counts.FalseNegatives++;
                counts.FalsePositives++;
            }
        }

        // score.py's kind(): a missing type counts as direct, mixed as indirect.
        private MatchCounts KindOf(AnnotatedQuote quote) => quote.Type is null or QuoteType.Direct ? Direct : Indirect;

        /// <summary>
        /// Locates and trims the quotes in order, each occurrence used once. Gold (<paramref name="keepEmpty"/>)
        /// keeps empty spans and fails (null) on a content not found; predictions drop both.
        /// </summary>
        internal static List<Located>? Locate(ArticleText text, IReadOnlyList<AnnotatedQuote> quotes, bool keepEmpty)
        {
            var located = new List<Located>(quotes.Count);
            var used = new HashSet<TextSpan>();
            foreach (var quote in quotes)
            {
                if (text.Locate(quote, used) is not { } span)
                {
                    if (keepEmpty)
                    {
                        return null;
                    }

                    continue;
                }

                used.Add(span);
                var trimmed = text.Trim(span);
                if (keepEmpty || !trimmed.IsEmpty)
                {
                    located.Add(new Located(quote, trimmed, text.CodePointIndex(trimmed.Start), text.CodePointIndex(trimmed.End)));
                }
            }

            return located;
        }

        // Python's repr() of a string, near enough for a message.
        private static string Repr(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

        private static string FirstUnlocated(ArticleText text, IReadOnlyList<AnnotatedQuote> quotes)
        {
            var used = new HashSet<TextSpan>();
            foreach (var quote in quotes)
            {
                if (text.Locate(quote, used) is not { } span)
                {
                    return quote.Content;
                }

                used.Add(span);
            }

            return string.Empty;
        }

        /// <summary>
        /// One-to-one matching, best overlap (intersection over union) first, ties in gold-then-prediction
        /// order; a pair qualifies when the intersection is at least half of each span.
        /// </summary>
        internal static (int?[] GoldMatch, bool[] PredictedMatched) Match(List<Located> gold, List<Located> predictions)
        {
            var pairs = new List<(double Ratio, int Gold, int Predicted)>();
            for (var gi = 0; gi < gold.Count; gi++)
            {
                var g = gold[gi];
                for (var pi = 0; pi < predictions.Count; pi++)
                {
                    var p = predictions[pi];
                    var overlap = Math.Max(0, Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start));
                    if (overlap >= 0.5 * g.Length && overlap >= 0.5 * p.Length)
                    {
                        pairs.Add(((double)overlap / (Math.Max(g.End, p.End) - Math.Min(g.Start, p.Start)), gi, pi));
                    }
                }
            }

            var goldMatch = new int?[gold.Count];
            var predictedMatched = new bool[predictions.Count];
            foreach (var (_, gi, pi) in pairs.OrderByDescending(pair => pair.Ratio))
            {
                if (goldMatch[gi] is null && !predictedMatched[pi])
                {
                    goldMatch[gi] = pi;
                    predictedMatched[pi] = true;
                }
            }

            return (goldMatch, predictedMatched);
        }
    }
}
