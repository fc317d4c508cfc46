using System.Collections.Frozen;

namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The names, in order, of the features the speaker ranker reads. A trained model records the hash of
/// this list; a model trained on another list is refused when it loads.
/// </summary>
internal static class FeatureSchema
{
    public static readonly string[] Names =
    [
        "is_sieve_choice", "sieve_confidence",
        "sieve_cue_source", "sieve_pronoun", "sieve_multi_paragraph", "sieve_continuation", "sieve_quote_before_speaker", "sieve_nearest_person", "sieve_none",
        "in_source_region", "is_source_mention",
        "log_tokens_before", "log_tokens_after", "has_mention_before", "has_mention_after",
        "paragraph_distance", "sentence_distance", "same_sentence", "same_paragraph",
        "candidates_between", "recency_rank",
        "spoke_previous_quote", "spoke_next_quote", "log_quotes_spoken_before",
        "log_mention_count", "first_mention_rank", "has_role", "person_like",
        "kind_person", "kind_organization", "kind_group",
        "is_clause_subject", "mentioned_inside_quote",
        "quote_direct", "quote_mixed", "clitic_source", "pronoun_source", "no_cue", "unclosed",
        "pattern_trailing", "pattern_leading", "pattern_menurut", "pattern_interposed", "pattern_back_reference",
        "single_word_name", "title_only", "candidate_count",
        "name_common_words", "name_unknown_words", "name_beside_cue", "name_run_last", "name_lower_min",
        "quotes_since_spoke", "last_named_speaker", "after_lowercase_word", "subject_nearby", "mentioned_in_previous_quote",
    ];

    public static int Count => Names.Length;

    /// <summary>The position of each feature by name.</summary>
    public static FrozenDictionary<string, int> Index { get; } =
        Names.Select((name, i) => (name, i)).ToFrozenDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    /// <summary>
    /// A short hash of the feature list (64-bit FNV-1a of the names joined by commas, in hex). Not SHA-256: loading
    /// the cryptography library cost every start-up about 15 ms.
    /// </summary>
    public static string Hash { get; } = Text.Fnv1a.Hex64(string.Join(',', Names));
}
