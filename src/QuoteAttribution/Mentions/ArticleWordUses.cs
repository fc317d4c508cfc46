using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// Where an article itself writes a capitalised word, as evidence of what the word is inside a run of capitals:
/// right beside a reporting cue (<c>kata Amran</c>, <c>Amran menegaskan</c>), the word is a name people are quoted
/// by, so in <c>Menteri Pertanian Amran Sulaiman</c> the name starts at "Amran"; right after "di", "ke" or a region
/// head (<c>Kabupaten Takalar</c>, <c>di Chile</c>), it is a place, so in <c>Bupati Takalar Ichsan Ariansyah</c> the
/// name does not start at "Takalar". The article's own counterpart of <see cref="WordCounts"/>, which leaves an
/// unseen article's words out. Each table is built on its first question.
/// </summary>
internal sealed class ArticleWordUses(Document doc, TokenFacts facts)
{
    private Dictionary<string, (int First, int Last)>? _besideCue;
    private Dictionary<string, (int First, int Last)>? _afterPlaceWord;
    private byte[]? _afterPlaceWordAt;

    /// <summary>True when the word at <paramref name="token"/> stands beside a cue somewhere outside <c>[runStart, runEnd)</c>.</summary>
    public bool BesideCue(int token, int runStart, int runEnd) =>
        Holds(_besideCue ??= Build(k => IsCue(k - 1) || IsCue(k + 1)), token, runStart, runEnd);

    /// <summary>
    /// True when the word at <paramref name="token"/> follows "di", "ke" or a region head somewhere outside
    /// <c>[runStart, runEnd)</c>. The tagger asks it three times per token (the token and the boundaries on either
    /// side), always with the one run the token lies in, so each token's answer is kept.
    /// </summary>
    public bool AfterPlaceWord(int token, int runStart, int runEnd)
    {
        _afterPlaceWordAt ??= new byte[doc.Tokens.Length];
        if (_afterPlaceWordAt[token] == 0)
        {
            _afterPlaceWordAt[token] = Holds(_afterPlaceWord ??= Build(IsAfterPlaceWord), token, runStart, runEnd) ? (byte)2 : (byte)1;
        }

        return _afterPlaceWordAt[token] == 2;
    }

    /// <summary>
    /// The word is used so outside the run when its first or last such use lies outside: the run is one stretch of
    /// tokens, so uses that all lie inside it start and end inside it.
    /// </summary>
    private bool Holds(Dictionary<string, (int First, int Last)> uses, int token, int runStart, int runEnd) =>
        uses.Count > 0 && uses.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.Word(token), out var use)
        && (use.First < runStart || use.Last >= runEnd);

    /// <summary>The first and last position of each capitalised word (case ignored) used as <paramref name="use"/> says.</summary>
    private Dictionary<string, (int First, int Last)> Build(Func<int, bool> use)
    {
        var uses = new Dictionary<string, (int First, int Last)>(StringComparer.OrdinalIgnoreCase);
        var lookup = uses.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.Capitalized) && !facts.Any(k, WordFacts.Cue | WordFacts.FunctionWord) && use(k))
            {
                lookup[doc.Word(k)] = lookup.TryGetValue(doc.Word(k), out var seen) ? (seen.First, k) : (k, k);
            }
        }

        return uses;
    }

    private bool IsAfterPlaceWord(int k) =>
        k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Word && doc.Sentences[doc.SentenceOfToken[k]].FirstToken != k
        && (facts.Any(k - 1, WordFacts.RegionHead) || doc.Word(k - 1) is "di" or "ke");

    private bool IsCue(int k) => k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && facts.Any(k, WordFacts.Cue);
}
