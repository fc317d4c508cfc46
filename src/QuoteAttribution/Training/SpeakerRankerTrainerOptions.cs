namespace QuoteAttribution.Training;

/// <summary>The options of the speaker-ranker training: the FastTree binary trainer's, and the seed.</summary>
public sealed record SpeakerRankerTrainerOptions
{
    /// <summary>Seed of the ML.NET context; training is deterministic for a given seed.</summary>
    public int Seed { get; init; } = 20171;

    /// <summary>Number of boosted trees.</summary>
    public int NumberOfTrees { get; init; } = 60;

    /// <summary>Leaves per tree.</summary>
    public int NumberOfLeaves { get; init; } = 16;

    /// <summary>Fewest training rows a leaf may hold.</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 10;

    /// <summary>Learning rate.</summary>
    public double LearningRate { get; init; } = 0.15;

    /// <summary>How much more probable another candidate must be for the ranker to overrule the sieves (recorded in the manifest).</summary>
    public double OverrideMargin { get; init; } = 0.0;

    /// <summary>The least probability with which the ranker's choice overrules the sieves (recorded in the manifest).</summary>
    public double OverrideMinimum { get; init; } = 0.15;

    /// <summary>How much better than the boundary rules' split the name tagger's must score to replace it (saved with the tagger).</summary>
    public double NameTaggerRuleMargin { get; init; } = 15;

    /// <summary>Passes of the name tagger's perceptron over its training runs.</summary>
    public int NameTaggerEpochs { get; init; } = 12;

    /// <summary>
    /// Train the name tagger first and find the ranker's mentions with it (the default). False trains the
    /// ranker on the boundary rules' mentions and writes no tagger: the ablation of the cross-validation.
    /// </summary>
    public bool TrainNameTagger { get; init; } = true;
}
