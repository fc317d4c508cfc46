using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// A run of capitalised words that the mention finder takes for a person's name with whatever stands around
/// it (<c>Sekjen PDI Perjuangan Hasto Kristiyanto</c>), with what is known of its words.
/// </summary>
/// <param name="Doc">The article.</param>
/// <param name="Facts">What the lexicons say of each token.</param>
/// <param name="LowerWords">The words the article writes in lower case somewhere.</param>
/// <param name="CueNamed">The capitalised words the article writes beside a reporting cue.</param>
/// <param name="Start">First token of the run.</param>
/// <param name="End">One past its last token.</param>
/// <param name="RuleName">Where the hand-written boundary rules put the name (one of the tagger's features).</param>
internal readonly record struct NameRun(Document Doc, TokenFacts Facts, LowerCaseVocabulary LowerWords, CueNamedWords CueNamed, int Start, int End, NameSpan RuleName)
{
    /// <summary>Number of tokens.</summary>
    public int Length => End - Start;
}
