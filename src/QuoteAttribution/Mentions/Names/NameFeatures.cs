using System.Buffers;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// The name tagger's features, as 32-bit hashes (FNV-1a of a template number and the lower-cased characters
/// it reads), computed without allocating. A token's features describe the word and its neighbours; a
/// boundary's features describe the two words on either side of a point where the name may start or end.
/// Changing a template changes <see cref="Version"/>, and a tagger trained on another version is refused.
/// </summary>
internal static class NameFeatures
{
    /// <summary>The version of the templates below; a trained tagger records it.</summary>
    public const int Version = 15;

    /// <summary>The most features one token or boundary produces.</summary>
    public const int MaxPerItem = 52;

    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    // A SearchValues set rather than IndexOfAnyInRange, whose generic fallback boxes every character it compares.
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly WordFacts[] LexiconFacts =
    [
        WordFacts.FunctionWord, WordFacts.TitleStart, WordFacts.TitleWord, WordFacts.OrganizationStart, WordFacts.OrganizationWord,
        WordFacts.Place, WordFacts.OfficeWord, WordFacts.RegionHead, WordFacts.Cue, WordFacts.NameParticle,
    ];

    /// <summary>
    /// The corpus counts of the run's words and of the word on each side, and the hashes of those words, each
    /// computed once per run: index <c>k - run.Start + 1</c> for token <c>k</c> from <c>run.Start - 1</c> to <c>run.End</c>.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="counts">Receives the counts.</param>
    /// <param name="words">Receives the hash of each of those tokens' lower-cased word (or kind, past a word), read by several templates.</param>
    public static void Prepare(in NameRun run, Span<WordCounts> counts, Span<uint> words)
    {
        var doc = run.Doc;
        for (var k = run.Start - 1; k <= run.End; k++)
        {
            var inside = k >= 0 && k < doc.Tokens.Length;
            counts[k - run.Start + 1] = inside ? doc.Vocabulary.Of(doc.Word(k)) : default;
            words[k - run.Start + 1] = Mix(Offset, Context(doc, k));
        }
    }

    /// <summary>Writes the features of token <paramref name="k"/> of the run; returns how many.</summary>
    /// <param name="run">The run.</param>
    /// <param name="k">The token.</param>
    /// <param name="runCounts">The counts of <see cref="Prepare"/>.</param>
    /// <param name="runWords">The word hashes of <see cref="Prepare"/>.</param>
    /// <param name="output">Receives the feature hashes.</param>
    public static int Token(in NameRun run, int k, ReadOnlySpan<WordCounts> runCounts, ReadOnlySpan<uint> runWords, Span<uint> output)
    {
        var at = k - run.Start + 1;
        var doc = run.Doc;
        var n = 0;
        var word = doc.Word(k);
        var counts = runCounts[k - run.Start + 1];
        var shape = Shape(doc, k);
        var fromStart = Math.Min(k - run.Start, 3);
        var fromEnd = Math.Min(run.End - 1 - k, 3);

        output[n++] = Hash(1);
        output[n++] = Hash(2, runWords[at]);
        output[n++] = Hash(3, word.Length > 3 ? word[^3..] : word);
        output[n++] = Hash(4, word.Length > 3 ? word[..3] : word);
        output[n++] = Hash(5, shape);
        output[n++] = Hash(6, (uint)(fromStart * 4 + fromEnd));
        output[n++] = Hash(7, (uint)Math.Min(run.Length, 6));
        output[n++] = Hash(8, run.LowerWords.Contains(k) ? 1u : 0u);
        output[n++] = Hash(9, counts.Lower);
        output[n++] = Hash(10, counts.CapitalizedInside);
        output[n++] = Hash(11, counts.BesideCue);
        output[n++] = Hash(12, counts.RunFirst);
        output[n++] = Hash(13, counts.RunLast);
        output[n++] = Hash(14, (uint)(Math.Clamp(counts.Lower - counts.CapitalizedInside, -4, 4) + 4));
        output[n++] = Hash(15, (uint)(Math.Clamp(counts.RunLast - counts.RunFirst, -4, 4) + 4));
        output[n++] = Hash(16, (uint)fromEnd, runWords[at]);
        var sentenceStart = doc.IsSentenceStart(k) ? 1u : 0u;
        output[n++] = Hash(17, sentenceStart);
        output[n++] = Hash(28, sentenceStart, counts.Lower, counts.CapitalizedInside);
        var rule = k < run.RuleName.Start ? 0u : k < run.RuleName.End ? 1u : 2u;
        output[n++] = Hash(26, rule);
        output[n++] = Hash(27, rule, counts.Lower);
        output[n++] = Hash(33, Relative(k, run.TitleEnd), Relative(k, run.OrganizationEnd), UnknownOf(counts));
        var next = runCounts[at + 1];
        output[n++] = Hash(34, UnknownOf(counts), Relative(k, run.TitleEnd), shape);
        output[n++] = Hash(35, UnknownOf(counts), next.CapitalizedInside, next.RunLast);
        var unknown = counts.Total == 0 ? 1u : 0u;
        var alone = run.WordUses.BesideCue(k, run.Start, run.End) ? 1u : 0u;
        output[n++] = Hash(31, alone);
        output[n++] = Hash(32, alone, (uint)fromStart, unknown);
        output[n++] = Hash(29, unknown, FactsCode(run, k - 1));
        output[n++] = Hash(30, unknown, Shape(doc, k - 1), (uint)fromEnd);
        var facts = run.Facts.Of(k);
        for (var f = 0; f < LexiconFacts.Length; f++)
        {
            if ((facts & LexiconFacts[f]) != 0)
            {
                output[n++] = Hash(18, (uint)f);
            }
        }

        output[n++] = Hash(19, runWords[at - 1]);
        output[n++] = Hash(20, runWords[at + 1]);
        output[n++] = Hash(21, FactsCode(run, k - 1), FactsCode(run, k + 1));
        output[n++] = Hash(22, shape, Shape(doc, k - 1));
        output[n++] = Hash(23, HasInnerCapital(word) ? 1u : 0u);
        output[n++] = Hash(24, counts.Lower, counts.RunLast);
        output[n++] = Hash(25, (uint)fromStart, counts.Lower);
        var place = PlaceLikeness(counts);
        output[n++] = Hash(36, place);
        output[n++] = Hash(37, place, Relative(k, run.TitleEnd));
        output[n++] = Hash(38, Placed(run, k), Relative(k, run.TitleEnd), unknown);
        return n;
    }

    /// <summary>
    /// Writes the features of the boundary before token <paramref name="b"/> (between <c>b - 1</c> and <c>b</c>,
    /// <c>run.Start ≤ b ≤ run.End</c>); returns how many.
    /// </summary>
    public static int Boundary(in NameRun run, int b, ReadOnlySpan<WordCounts> runCounts, ReadOnlySpan<uint> runWords, Span<uint> output)
    {
        var doc = run.Doc;
        var n = 0;
        var edge = b == run.Start ? 1u : b == run.End ? 2u : 0u;
        var left = runWords[b - run.Start];
        var right = runWords[b - run.Start + 1];
        var leftCounts = runCounts[b - run.Start];
        var rightCounts = runCounts[b - run.Start + 1];
        output[n++] = Hash(40, edge);
        output[n++] = Hash(41, edge, left);
        output[n++] = Hash(42, edge, right);
        output[n++] = Hash(43, left, right);
        output[n++] = Hash(44, FactsCode(run, b - 1), FactsCode(run, b));
        output[n++] = Hash(45, leftCounts.Lower, rightCounts.Lower);
        output[n++] = Hash(46, Shape(doc, b - 1), Shape(doc, b));
        output[n++] = Hash(47, edge, leftCounts.RunFirst, rightCounts.RunLast);
        output[n++] = Hash(48, leftCounts.CapitalizedInside, rightCounts.BesideCue);
        output[n++] = Hash(49, b == run.RuleName.Start ? 1u : 0u, b == run.RuleName.End ? 1u : 0u);
        output[n++] = Hash(51, b == run.TitleEnd ? 1u : 0u, b == run.OrganizationEnd ? 1u : 0u, edge);
        output[n++] = Hash(50, leftCounts.Total == 0 ? 1u : 0u, rightCounts.Total == 0 ? 1u : 0u, edge);
        output[n++] = Hash(52, PlaceLikeness(leftCounts), PlaceLikeness(rightCounts));
        output[n++] = Hash(53, b > run.Start ? Placed(run, b - 1) : 2u, b < run.End ? Placed(run, b) : 2u, edge);
        return n;
    }

    /// <summary>1 when the article writes the word of token <paramref name="k"/> (inside the run) after "di", "ke" or a region head elsewhere: a place.</summary>
    private static uint Placed(in NameRun run, int k) => run.WordUses.AfterPlaceWord(k, run.Start, run.End) ? 1u : 0u;

    /// <summary>Where <paramref name="k"/> stands to a phrase end: 0 inside the phrase, 1 right after it (or first in a run no phrase opens), 2 further on.</summary>
    private static uint Relative(int k, int phraseEnd) => k < phraseEnd ? 0u : k == phraseEnd ? 1u : 2u;

    private static uint UnknownOf(WordCounts counts) => counts.Total == 0 ? 1u : 0u;

    /// <summary>
    /// How much real news writes the word where places stand (after "di", "ke", a region head): 0 never, else 1
    /// plus how many log buckets fewer such uses it has than capitalised ones (1: mostly there, like "Garut"),
    /// at most 5; 6 for a word news never wrote, which says nothing either way. A first name after a role
    /// ("Menteri Sosial Saifullah Yusuf") is written capitalised, but seldom there.
    /// </summary>
    private static uint PlaceLikeness(WordCounts counts) =>
        counts.Total == 0 ? 6u
        : counts.AfterPlaceWord == 0 ? 0u : 1u + (uint)Math.Clamp(counts.CapitalizedInside - counts.AfterPlaceWord, 0, 4);

    /// <summary>The word at <paramref name="k"/> or, past a word, a code for the token's kind (punctuation kept).</summary>
    private static ReadOnlySpan<char> Context(Document doc, int k)
    {
        if (k < 0 || k >= doc.Tokens.Length)
        {
            return "<edge>";
        }

        var token = doc.Tokens[k];
        return token.Kind switch
        {
            TokenKind.Word => doc.Word(k),
            TokenKind.Number => "<num>",
            TokenKind.QuoteMark => "<quote>",
            TokenKind.Url => "<url>",
            _ => doc.Word(k),
        };
    }

    /// <summary>A compact code of the lexicon facts of a token (0 outside the article).</summary>
    private static uint FactsCode(in NameRun run, int k)
    {
        if (k < 0 || k >= run.Doc.Tokens.Length)
        {
            return 0;
        }

        var facts = run.Facts.Of(k) & ~WordFacts.LookedUp;
        return (uint)facts & 0xFFF;
    }

    /// <summary>The word's shape as a small code: case pattern, digits, inner dots or hyphens, length class.</summary>
    private static uint Shape(Document doc, int k)
    {
        if (k < 0 || k >= doc.Tokens.Length)
        {
            return 1;
        }

        var token = doc.Tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return 2 + (uint)token.Kind;
        }

        var word = doc.Word(k);
        var casing = token.Has(TokenFlags.AllCaps) ? 2u : token.Has(TokenFlags.Capitalized) ? 1u : 0u;
        var mark = NameTagger.IsWholeReduplication(word) ? 3u : word.IndexOfAny('.', '-') >= 0 ? 2u : word.ContainsAny(Digits) ? 1u : 0u;
        var length = word.Length switch { 1 => 0u, <= 3 => 1u, <= 8 => 2u, _ => 3u };
        return 100 + casing * 100 + mark * 10 + length;
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Hash(uint template) => (Offset ^ template) * Prime;

    private static uint Hash(uint template, uint value) => Mix(Hash(template), value);

    private static uint Hash(uint template, uint a, uint b) => Mix(Mix(Hash(template), a), b);

    private static uint Hash(uint template, uint a, uint b, uint c) => Mix(Mix(Mix(Hash(template), a), b), c);

    private static uint Hash(uint template, ReadOnlySpan<char> text) => Mix(Hash(template), text);

    private static uint Hash(uint template, uint value, ReadOnlySpan<char> text) => Mix(Mix(Hash(template), value), text);


    private static uint Mix(uint h, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            h = (h ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return h;
    }

    private static uint Mix(uint h, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var lower = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
            h = (h ^ lower) * Prime;
        }

        return (h ^ 0xFF) * Prime;
    }
}
