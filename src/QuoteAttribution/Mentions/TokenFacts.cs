using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// What the lexicons say of each token of one article, looked up once per token and kept: the mention
/// finder asks the same few questions of every word of a capitalised run (title? organisation? place?),
/// and asking each list by string cost about one tenth of the pipeline.
/// </summary>
internal sealed class TokenFacts(Document doc, LexiconSet lexicons)
{
    private readonly WordFacts[] _facts = new WordFacts[doc.Tokens.Length];

    /// <summary>The facts of the token's word; none past the end of the article.</summary>
    public WordFacts Of(int token)
    {
        if ((uint)token >= (uint)_facts.Length)
        {
            return WordFacts.None;
        }

        var facts = _facts[token];
        if (facts == WordFacts.None)
        {
            _facts[token] = facts = lexicons.Facts(doc.Word(token)) | WordFacts.LookedUp;
        }

        return facts;
    }

    /// <summary>True when the token's word has any of <paramref name="facts"/>.</summary>
    public bool Any(int token, WordFacts facts) => (Of(token) & facts) != 0;

    /// <summary>True when the token is "di", "ke" or a region head (<see cref="LexiconSet.IsPlaceWord"/>).</summary>
    public bool IsPlaceWord(int token) =>
        (uint)token < (uint)_facts.Length && doc.Tokens[token].Kind == TokenKind.Word && lexicons.IsPlaceWord(doc.Word(token));

    /// <summary>Words in the longest title starting at the token (at most <paramref name="maxWords"/>), or 0.</summary>
    public int TitleLength(int token, int maxWords) =>
        Any(token, WordFacts.TitleStart) ? lexicons.Titles.LongestMatch(doc, token, static (d, x) => d.Word(x), maxWords) : 0;

    /// <summary>Words in the longest organisation starting at the token (at most <paramref name="maxWords"/>), or 0.</summary>
    public int OrganizationLength(int token, int maxWords) =>
        Any(token, WordFacts.OrganizationStart) ? lexicons.Organizations.LongestMatch(doc, token, static (d, x) => d.Word(x), maxWords) : 0;
}
