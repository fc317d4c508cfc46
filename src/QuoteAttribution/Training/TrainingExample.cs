namespace QuoteAttribution.Training;

/// <summary>The candidate rows of one quote, for training or evaluating the ranker.</summary>
/// <param name="Features">One feature vector per candidate.</param>
/// <param name="Labels">For each candidate, whether it names the gold speaker.</param>
/// <param name="SieveChoice">Index of the candidate the sieves chose, or -1.</param>
internal sealed record TrainingExample(float[][] Features, bool[] Labels, int SieveChoice);
