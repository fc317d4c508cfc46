namespace QuoteAttribution.Attribution.Ranking;

/// <summary>
/// The position in <see cref="FeatureSchema.Names"/> of each feature the featurizer writes, resolved by
/// name once when the type loads (a misspelt name fails then, not silently per row).
/// </summary>
internal static class FeatureIndex
{
    public static readonly int IsSieveChoice = Of("is_sieve_choice");

    public static readonly int SieveConfidence = Of("sieve_confidence");

    public static readonly int InSourceRegion = Of("in_source_region");

    public static readonly int IsSourceMention = Of("is_source_mention");

    public static readonly int LogTokensBefore = Of("log_tokens_before");

    public static readonly int LogTokensAfter = Of("log_tokens_after");

    public static readonly int HasMentionBefore = Of("has_mention_before");

    public static readonly int HasMentionAfter = Of("has_mention_after");

    public static readonly int ParagraphDistance = Of("paragraph_distance");

    public static readonly int SentenceDistance = Of("sentence_distance");

    public static readonly int SameSentence = Of("same_sentence");

    public static readonly int SameParagraph = Of("same_paragraph");

    public static readonly int CandidatesBetween = Of("candidates_between");

    public static readonly int RecencyRank = Of("recency_rank");

    public static readonly int SpokePreviousQuote = Of("spoke_previous_quote");

    public static readonly int SpokeNextQuote = Of("spoke_next_quote");

    public static readonly int LogQuotesSpokenBefore = Of("log_quotes_spoken_before");

    public static readonly int LogMentionCount = Of("log_mention_count");

    public static readonly int FirstMentionRank = Of("first_mention_rank");

    public static readonly int HasRole = Of("has_role");

    public static readonly int PersonLike = Of("person_like");

    public static readonly int KindPerson = Of("kind_person");

    public static readonly int KindOrganization = Of("kind_organization");

    public static readonly int KindGroup = Of("kind_group");

    public static readonly int IsClauseSubject = Of("is_clause_subject");

    public static readonly int MentionedInsideQuote = Of("mentioned_inside_quote");

    public static readonly int QuoteDirect = Of("quote_direct");

    public static readonly int QuoteMixed = Of("quote_mixed");

    public static readonly int CliticSource = Of("clitic_source");

    public static readonly int PronounSource = Of("pronoun_source");

    public static readonly int NoCue = Of("no_cue");

    public static readonly int Unclosed = Of("unclosed");

    public static readonly int PatternTrailing = Of("pattern_trailing");

    public static readonly int PatternLeading = Of("pattern_leading");

    public static readonly int PatternMenurut = Of("pattern_menurut");

    public static readonly int PatternInterposed = Of("pattern_interposed");

    public static readonly int PatternBackReference = Of("pattern_back_reference");

    public static readonly int SingleWordName = Of("single_word_name");

    public static readonly int TitleOnly = Of("title_only");

    public static readonly int CandidateCount = Of("candidate_count");

    public static readonly int NameCommonWords = Of("name_common_words");

    public static readonly int NameUnknownWords = Of("name_unknown_words");

    public static readonly int NameBesideCue = Of("name_beside_cue");

    public static readonly int NameRunLast = Of("name_run_last");

    public static readonly int NameLowerMin = Of("name_lower_min");

    public static readonly int SieveNone = Of("sieve_none");

    public static readonly int QuotesSinceSpoke = Of("quotes_since_spoke");

    public static readonly int LastNamedSpeaker = Of("last_named_speaker");

    public static readonly int AfterLowercaseWord = Of("after_lowercase_word");

    public static readonly int SubjectNearby = Of("subject_nearby");

    public static readonly int MentionedInPreviousQuote = Of("mentioned_in_previous_quote");

    private static int Of(string name) =>
        FeatureSchema.Index.TryGetValue(name, out var index)
            ? index
            : throw new InvalidOperationException($"The feature schema has no feature '{name}'.");
}
