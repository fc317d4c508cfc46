using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Training;

/// <summary>One fold of <see cref="OutletCrossValidation"/>: an outlet's real articles scored by models trained without them.</summary>
/// <param name="Outlet">The outlet held out (or <c>all</c> for the pooled figures).</param>
/// <param name="Articles">Its annotated articles.</param>
/// <param name="Learned">Scores of the engine with the name tagger and ranker trained on the other outlets.</param>
/// <param name="LearnedExact">The same, with <c>--exact-names</c>.</param>
/// <param name="Rules">Scores of the engine whose ranker was trained the same way but whose names come from the boundary rules.</param>
/// <param name="RulesExact">The same, with <c>--exact-names</c>.</param>
public sealed record OutletFold(string Outlet, int Articles, ScoreReport Learned, ScoreReport LearnedExact, ScoreReport Rules, ScoreReport RulesExact);
