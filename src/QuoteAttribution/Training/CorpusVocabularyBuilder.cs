using System.Globalization;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Training;

/// <summary>
/// Counts how each word is written across a corpus of articles and writes <see cref="CorpusVocabulary"/>'s data
/// file: words seen at least <see cref="MinimumCount"/> times, sorted ordinally, with their six counts, then
/// a short hash of each article's text (so that an article of the corpus is analysed with its own words taken
/// back out, as an unseen article would be). The same articles give the same file.
/// </summary>
public sealed class CorpusVocabularyBuilder
{
    /// <summary>Fewest occurrences a word needs to be kept.</summary>
    public const int MinimumCount = 2;

    private readonly WordCounter _counter = new();
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);

    /// <summary>Articles counted so far.</summary>
    public int Articles => _articles.Count;

    /// <summary>Counts the words of one article.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_articles.Add(CorpusVocabulary.TextKey(text)))
        {
            _counter.Count(text, _counts);
        }
    }

    /// <summary>The data file's lines: a header, <c>word TAB six counts</c> sorted ordinally, then <c>@ TAB text-key</c> per article.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "# How words are written across real news (CorpusVocabulary): word, then six counts: lower case, capitalised";
        yield return "# inside a sentence, beside a reporting cue, first of a capitalised run, last of one, capitalised after 'di',";
        yield return "# 'ke' or a region head. Then '@' and a 64-bit FNV-1a key of each article's text.";
        yield return $"# Built by 'kutip vocabulary' from {Articles} articles; words seen at least {MinimumCount} times.";
        foreach (var (word, c) in _counts.Where(p => p.Value[WordCounts.Fields] >= MinimumCount).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{word}\t{c[0]}\t{c[1]}\t{c[2]}\t{c[3]}\t{c[4]}\t{c[5]}");
        }

        foreach (var key in _articles)
        {
            yield return $"@\t{key}";
        }
    }
}
