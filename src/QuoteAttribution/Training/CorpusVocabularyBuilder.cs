using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Training;

/// <summary>
/// Counts how each word is written across a corpus of articles and writes <see cref="CorpusVocabulary"/>'s data
/// file: words seen at least <see cref="MinimumCount"/> times, sorted ordinally, with their bucketed counts.
/// The same articles give the same file.
/// </summary>
public sealed class CorpusVocabularyBuilder
{
    /// <summary>Fewest occurrences a word needs to be kept.</summary>
    public const int MinimumCount = 3;

    private readonly DocumentBuilder _documents = new(LexiconSet.Default);
    private readonly LexiconSet _lexicons = LexiconSet.Default;
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles counted so far.</summary>
    public int Articles { get; private set; }

    /// <summary>Counts the words of one article.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = _documents.Build(text);
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || doc.IsBoilerplate(k) || !char.IsLetter(doc.FirstChar(k)))
            {
                continue;
            }

            var counts = CountsOf(doc.Word(k));
            counts[5]++;
            if (!token.Has(TokenFlags.Capitalized))
            {
                counts[0]++;
                continue;
            }

            var sentenceStart = doc.Sentences[doc.SentenceOfToken[k]].FirstToken == k;
            if (!sentenceStart && !token.Has(TokenFlags.AllCaps))
            {
                counts[1]++;
            }

            if (IsCue(doc, k - 1) || IsCue(doc, k + 1))
            {
                counts[2]++;
            }

            var continuesRun = Capitalized(doc, k - 1) && !token.Has(TokenFlags.NewlineBefore);
            var runGoesOn = Capitalized(doc, k + 1) && !tokens[k + 1].Has(TokenFlags.NewlineBefore);
            if (!continuesRun && runGoesOn)
            {
                counts[3]++;
            }

            if (continuesRun && !runGoesOn)
            {
                counts[4]++;
            }
        }

        Articles++;
    }

    /// <summary>The data file's lines: a header, then <c>word TAB digits</c> sorted ordinally by lower-case word.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "# How words are written across real news (CorpusVocabulary): word, then five buckets (0 none, else 1 + floor(log2 n), max 9):";
        yield return "# lower case, capitalised inside a sentence, beside a reporting cue, first of a capitalised run, last of one.";
        yield return $"# Built by 'kutip vocabulary' from {Articles} articles; words seen at least {MinimumCount} times. Counts only, no text.";
        foreach (var (word, c) in _counts.Where(p => p.Value[5] >= MinimumCount).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var counts = new WordCounts(WordCounts.Bucket(c[0]), WordCounts.Bucket(c[1]), WordCounts.Bucket(c[2]), WordCounts.Bucket(c[3]), WordCounts.Bucket(c[4]));
            yield return $"{word}\t{counts}";
        }
    }

    private int[] CountsOf(ReadOnlySpan<char> word)
    {
        var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var counts))
        {
            counts = new int[6];
            _counts[word.ToString().ToLowerInvariant()] = counts;
        }

        return counts;
    }

    private bool IsCue(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && _lexicons.Cue(doc.Word(k)) is not null;

    private static bool Capitalized(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Length && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Has(TokenFlags.Capitalized);
}
