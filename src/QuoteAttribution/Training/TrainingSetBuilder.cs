using QuoteAttribution.Attribution.Ranking;
using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Training;

/// <summary>
/// Runs the engine (sieves only) over annotated articles and turns every quote it found that matches a
/// gold quote into candidate rows labelled by whether the candidate names the gold speaker.
/// </summary>
internal sealed class TrainingSetBuilder
{
    private readonly QuoteExtractor _sieves;

    /// <param name="tagger">The name tagger the mentions are found with (the one being trained), or null for the boundary rules.</param>
    public TrainingSetBuilder(Mentions.Names.NameTagger? tagger) =>
        _sieves = new QuoteExtractor(new QuoteExtractorOptions { UseModel = false, UseNameTagger = tagger is not null, NameTagger = tagger, AnalyzeCorpusArticlesAsUnseen = true });

    /// <summary>Quotes whose candidates hold no gold speaker: nothing to learn from, counted here.</summary>
    public int QuotesWithoutGoldCandidate { get; private set; }

    public List<TrainingExample> Build(IEnumerable<AnnotatedArticle> articles)
    {
        var examples = new List<TrainingExample>();
        foreach (var article in articles)
        {
            var context = _sieves.AttributeWithSieves(article.Text);
            var predicted = context.Quotes
                .Select(q => new AnnotatedQuote { Content = q.Content.Of(article.Text), ContentStart = q.Content.Start, ContentEnd = q.Content.End })
                .ToArray();
            var alignment = Scorer.Align(article.Text, article.Quotes, predicted);
            for (var q = 0; q < context.Quotes.Count; q++)
            {
                if (alignment[q] < 0 || article.Quotes[alignment[q]].Speaker is null)
                {
                    continue;
                }

                var gold = article.Quotes[alignment[q]];
                var candidates = CandidateGenerator.For(context, q);
                var labels = candidates.Select(c => SpeakerMatcher.IsRight(new AnnotatedQuote { Content = string.Empty, Speaker = c.Speaker.Name }, gold)).ToArray();
                if (!labels.Any(l => l))
                {
                    QuotesWithoutGoldCandidate++;
                    continue;
                }

                var chosen = context.Decisions[q]?.Speaker;
                var sieveChoice = chosen is null ? -1 : candidates.FindIndex(c => CandidateFeaturizer.Same(c.Speaker, chosen));
                examples.Add(new TrainingExample(CandidateFeaturizer.Features(context, q, candidates), labels, sieveChoice));
            }
        }

        return examples;
    }
}
