namespace QuoteAttribution;

/// <summary>How a <see cref="QuoteExtractor"/> attributes speakers.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>
    /// Rank candidate speakers with the trained model when one is available (the default). False runs the
    /// deterministic sieves alone: the ablation <c>--no-model</c> of the CLI.
    /// </summary>
    public bool UseModel { get; init; } = true;

    /// <summary>
    /// A model file to load instead of the one embedded in the library, or null for the embedded one.
    /// </summary>
    public string? ModelPath { get; init; }

    /// <summary>
    /// Split names from the roles, places and descriptions before them with the trained name tagger when one
    /// is built in (the default). False uses the hand-written boundary rules alone: the ablation
    /// <c>--rule-names</c> of the CLI.
    /// </summary>
    public bool UseNameTagger { get; init; } = true;

    /// <summary>
    /// Analyse an article of the corpus the built-in word statistics were counted on (the unlabeled real articles)
    /// as an unseen one, its own words taken back out of the statistics; other articles are analysed as they are.
    /// Training, cross-validation and evaluation on articles of that corpus set it, so that the names of an
    /// evaluated article are as new to the engine as those of any news it has never seen.
    /// </summary>
    public bool AnalyzeCorpusArticlesAsUnseen { get; init; }

    /// <summary>A name tagger to use instead of the built-in one (training and cross-validation), or null.</summary>
    internal Mentions.Names.NameTagger? NameTagger { get; init; }
}
