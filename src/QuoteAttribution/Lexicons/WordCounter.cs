using QuoteAttribution.Text;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// Counts how each word of an article is written (<see cref="WordCounts"/>' six counts, in that order),
/// the one routine both for building <see cref="CorpusVocabulary"/> and for taking an article's own words back
/// out of it. It tokenizes without the vocabulary (no glue splitting), so the counts never depend on themselves.
/// </summary>
internal sealed class WordCounter
{
    private readonly DocumentBuilder _documents = new(LexiconSet.Default, CorpusVocabulary.Empty);
    private readonly LexiconSet _lexicons = LexiconSet.Default;

    /// <summary>Adds the counts of <paramref name="text"/>'s words to <paramref name="counts"/> (keys lower-cased).</summary>
    public void Count(string text, Dictionary<string, int[]> counts)
    {
        var doc = _documents.Build(text);
        var tokens = doc.Tokens;
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || doc.IsBoilerplate(k) || !char.IsLetter(doc.FirstChar(k)))
            {
                continue;
            }

            if (!lookup.TryGetValue(doc.Word(k), out var c))
            {
                c = new int[WordCounts.Fields + 1];
                counts[doc.WordString(k).ToLowerInvariant()] = c;
            }

            c[WordCounts.Fields]++;
            if (!token.Has(TokenFlags.Capitalized))
            {
                c[0]++;
                continue;
            }

            var sentenceStart = doc.IsSentenceStart(k);
            c[1] += !sentenceStart && !token.Has(TokenFlags.AllCaps) ? 1 : 0;
            c[2] += IsCue(doc, k - 1) || IsCue(doc, k + 1) ? 1 : 0;
            var continuesRun = Capitalized(doc, k - 1) && !token.Has(TokenFlags.NewlineBefore);
            var runGoesOn = Capitalized(doc, k + 1) && !tokens[k + 1].Has(TokenFlags.NewlineBefore);
            c[3] += !continuesRun && runGoesOn ? 1 : 0;
            c[4] += continuesRun && !runGoesOn ? 1 : 0;
            c[5] += !sentenceStart && IsPlaceWord(doc, k - 1) ? 1 : 0;
        }
    }

    private bool IsPlaceWord(Document doc, int k) => k >= 0 && doc.Tokens[k].Kind == TokenKind.Word && _lexicons.IsPlaceWord(doc.Word(k));

    private bool IsCue(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && _lexicons.Cue(doc.Word(k)) is not null;

    private static bool Capitalized(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Has(TokenFlags.Capitalized);
}
