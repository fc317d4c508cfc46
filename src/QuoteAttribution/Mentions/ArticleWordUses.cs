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
    private (int First, int Last)[]? _afterPlaceWordAt;

    private static readonly (int First, int Last) NoUse = (-1, -1);
    private static readonly (int First, int Last) NotLookedUp = (-2, -2);

    /// <summary>True when the word at <paramref name="token"/> stands beside a cue somewhere outside <c>[runStart, runEnd)</c>.</summary>
    public bool BesideCue(int token, int runStart, int runEnd) =>
        IsOutside(UseOf(_besideCue ??= Build(k => IsCue(k - 1) || IsCue(k + 1)), token), runStart, runEnd);

    /// <summary>
    /// True when the word at <paramref name="token"/> follows "di", "ke" or a region head somewhere outside
    /// <c>[runStart, runEnd)</c>. The tagger asks it three times per token (the token and the boundaries on either
    /// side), so each token's word is looked up once and its first and last use kept.
    /// </summary>
    public bool AfterPlaceWord(int token, int runStart, int runEnd)
    {
        if (_afterPlaceWordAt is null)
        {
            _afterPlaceWordAt = new (int, int)[doc.Tokens.Length];
            Array.Fill(_afterPlaceWordAt, NotLookedUp);
        }

        if (_afterPlaceWordAt[token] == NotLookedUp)
        {
            _afterPlaceWordAt[token] = UseOf(_afterPlaceWord ??= Build(IsAfterPlaceWord), token);
        }

        return IsOutside(_afterPlaceWordAt[token], runStart, runEnd);
    }

    /// <summary>
    /// The word is used so outside the run when its first or last such use lies outside: the run is one stretch of
    /// tokens, so uses that all lie inside it start and end inside it.
    /// </summary>
    private static bool IsOutside((int First, int Last) use, int runStart, int runEnd) =>
        use != NoUse && (use.First < runStart || use.Last >= runEnd);

    private (int First, int Last) UseOf(Dictionary<string, (int First, int Last)> uses, int token) =>
        uses.Count > 0 && uses.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.Word(token), out var use) ? use : NoUse;

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

    private bool IsAfterPlaceWord(int k) => !doc.IsSentenceStart(k) && facts.IsPlaceWord(k - 1);

    private bool IsCue(int k) => k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && facts.Any(k, WordFacts.Cue);
}
