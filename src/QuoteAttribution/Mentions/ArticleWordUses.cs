using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// Where an article itself writes a capitalised word, as evidence of what the word is inside a run of capitals:
/// right beside a reporting cue (<c>kata Amran</c>, <c>Amran menegaskan</c>), the word is a name people are quoted
/// by, so in <c>Menteri Pertanian Amran Sulaiman</c> the name starts at "Amran"; right after "di", "ke" or a region
/// head (<c>Kabupaten Takalar</c>, <c>di Chile</c>), it is a place, so in <c>Bupati Takalar Ichsan Ariansyah</c> the
/// name does not start at "Takalar". The article's own counterpart of <see cref="WordCounts"/>, which leaves an
/// unseen article's words out. Each list is built on its first question.
/// </summary>
internal sealed class ArticleWordUses(Document doc, TokenFacts facts)
{
    private List<int>? _besideCue;
    private List<int>? _afterPlaceWord;

    /// <summary>True when the word at <paramref name="token"/> stands beside a cue somewhere outside <c>[runStart, runEnd)</c>.</summary>
    public bool BesideCue(int token, int runStart, int runEnd) =>
        Holds(_besideCue ??= Build(k => IsCue(k - 1) || IsCue(k + 1)), token, runStart, runEnd);

    /// <summary>True when the word at <paramref name="token"/> follows "di", "ke" or a region head somewhere outside <c>[runStart, runEnd)</c>.</summary>
    public bool AfterPlaceWord(int token, int runStart, int runEnd) =>
        Holds(_afterPlaceWord ??= Build(IsAfterPlaceWord), token, runStart, runEnd);

    private bool Holds(List<int> positions, int token, int runStart, int runEnd)
    {
        var word = doc.Word(token);
        foreach (var k in positions)
        {
            if ((k < runStart || k >= runEnd) && doc.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private List<int> Build(Func<int, bool> use)
    {
        var positions = new List<int>();
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.Capitalized) && !facts.Any(k, WordFacts.Cue | WordFacts.FunctionWord) && use(k))
            {
                positions.Add(k);
            }
        }

        return positions;
    }

    private bool IsAfterPlaceWord(int k) =>
        k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Word && doc.Sentences[doc.SentenceOfToken[k]].FirstToken != k
        && (facts.Any(k - 1, WordFacts.RegionHead) || doc.Word(k - 1) is "di" or "ke");

    private bool IsCue(int k) => k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && facts.Any(k, WordFacts.Cue);
}
