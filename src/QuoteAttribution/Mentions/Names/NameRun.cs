using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// A run of capitalised words that the mention finder takes for a person's name with whatever stands around
/// it (<c>Sekjen PDI Perjuangan Hasto Kristiyanto</c>), with what is known of its words.
/// </summary>
/// <param name="Doc">The article.</param>
/// <param name="Facts">What the lexicons say of each token.</param>
/// <param name="LowerWords">The words the article writes in lower case somewhere.</param>
/// <param name="WordUses">Where the article writes its capitalised words: beside a reporting cue, after a place word.</param>
/// <param name="Start">First token of the run.</param>
/// <param name="End">One past its last token.</param>
/// <param name="RuleName">Where the hand-written boundary rules put the name (one of the tagger's features).</param>
internal readonly record struct NameRun(Document Doc, TokenFacts Facts, LowerCaseVocabulary LowerWords, ArticleWordUses WordUses, int Start, int End, NameSpan RuleName)
{
    /// <summary>
    /// Where the longest title of the lexicons that opens the run ends: a name follows a whole title
    /// (<c>Menteri Kesehatan</c> Ratna Dewi). The run's start when none opens it.
    /// </summary>
    public int TitleEnd { get; } = Start + Facts.TitleLength(Start, End - Start);

    /// <summary>Where the longest organisation that opens the run ends: a place often follows one (<c>Dinas Kesehatan</c> Garut).</summary>
    public int OrganizationEnd { get; } = Start + Facts.OrganizationLength(Start, End - Start);

    /// <summary>Number of tokens.</summary>
    public int Length => End - Start;
}
