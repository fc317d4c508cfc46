using QuoteAttribution.Mentions.Names;

namespace QuoteAttribution.Training;

/// <summary>A run of capitalised words with the name span the gold annotation projects onto it.</summary>
/// <param name="Run">The run, as the mention finder saw it.</param>
/// <param name="Gold">The tokens of the gold name within it.</param>
internal sealed record LabelledRun(NameRun Run, NameSpan Gold);
