using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// The capitalised words an article writes right beside a reporting cue (<c>kata Amran</c>,
/// <c>Amran menegaskan</c>): names people are quoted by. Elsewhere in the article such a word is a name, not
/// a place or an office, so in <c>Menteri Pertanian Amran Sulaiman</c> the name starts at "Amran". Built on
/// the first question.
/// </summary>
internal sealed class CueNamedWords(Document doc, TokenFacts facts)
{
    private List<int>? _positions;

    /// <summary>True when the word at <paramref name="token"/> stands beside a cue somewhere outside <c>[runStart, runEnd)</c>.</summary>
    public bool Contains(int token, int runStart, int runEnd)
    {
        _positions ??= Build();
        var word = doc.Word(token);
        foreach (var k in _positions)
        {
            if ((k < runStart || k >= runEnd) && doc.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private List<int> Build()
    {
        var positions = new List<int>();
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.Capitalized) && !facts.Any(k, WordFacts.Cue | WordFacts.FunctionWord)
                && (IsCue(k - 1) || IsCue(k + 1)))
            {
                positions.Add(k);
            }
        }

        return positions;
    }

    private bool IsCue(int k) => k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && facts.Any(k, WordFacts.Cue);
}
