using System.Globalization;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// Word statistics of the 1,771 real unlabeled articles (<c>Lexicons/Data/corpus-vocabulary.txt</c>, built by
/// <c>kutip vocabulary</c>): for each word seen at least twice, how it is written (<see cref="WordCounts"/>). The
/// name tagger, the tokenizer's glue splitting and the ranker read it as evidence that transfers to articles never
/// seen. An article that is itself one of the corpus's is analysed with its own words taken back out
/// (<see cref="For"/>), so that it looks as unseen as any other: otherwise every name in it would be a word the
/// corpus knows, and training on such articles would teach that unknown words are no names. Holds counts, never text.
/// </summary>
internal sealed class CorpusVocabulary
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "corpus-vocabulary.txt";

    private static readonly Lazy<CorpusVocabulary> BuiltIn = new(() => new CorpusVocabulary(LexiconFile.Rows(FileName)), LazyThreadSafetyMode.ExecutionAndPublication);

    // Keys are lower-cased (invariant) and compared ordinally: a case-insensitive frozen dictionary over keys with
    // non-ASCII letters takes the slow full case-folding path on every lookup, and the tagger looks up every word.
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _articles;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>? _excluded;

    /// <summary>Reads rows of <c>word TAB six counts</c> and <c>@ TAB text-key</c>.</summary>
    public CorpusVocabulary(IEnumerable<(int Line, string[] Fields)> rows)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var articles = new List<string>();
        foreach (var (line, fields) in rows)
        {
            if (fields.Length == 2 && fields[0] == "@")
            {
                articles.Add(fields[1]);
                continue;
            }

            var counts = fields.Length == WordCounts.Fields + 1 ? ParseCounts(fields) : null;
            if (counts is null)
            {
                throw new FormatException($"{FileName}:{line}: expected 'word<TAB>six counts' or '@<TAB>article key'.");
            }

            words[fields[0].ToLowerInvariant()] = new Entry(counts, WordCounts.From(counts, null));
        }

        Count = words.Count;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _articles = new HashSet<string>(articles, StringComparer.Ordinal);
    }

    private CorpusVocabulary(CorpusVocabulary corpus, Dictionary<string, int[]> excluded)
    {
        Count = corpus.Count;
        _lookup = corpus._lookup;
        _articles = corpus._articles;
        var lowered = new Dictionary<string, int[]>(excluded.Count, StringComparer.Ordinal);
        foreach (var (word, counts) in excluded)
        {
            lowered[word.ToLowerInvariant()] = counts;
        }

        _excluded = lowered.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The statistics shipped with the library.</summary>
    public static CorpusVocabulary Default => BuiltIn.Value;

    /// <summary>A vocabulary that knows no word (tokenizing for counting, and tests).</summary>
    public static CorpusVocabulary Empty { get; } = new([]);

    /// <summary>Number of words held.</summary>
    public int Count { get; }

    /// <summary>Number of articles counted.</summary>
    public int Articles => _articles.Count;

    /// <summary>The word's counts in buckets (case-insensitive); all zero for a word the corpus did not hold.</summary>
    public WordCounts Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (!_lookup.TryGetValue(lower, out var entry))
        {
            return default;
        }

        if (_excluded is { } excluded && excluded.TryGetValue(lower, out var own))
        {
            return WordCounts.From(entry.Raw, own);
        }

        return entry.Buckets;
    }

    /// <summary>
    /// The vocabulary to analyse <paramref name="text"/> with: this one, or, when the text is one of the corpus's
    /// articles, this one without that article's own words.
    /// </summary>
    public CorpusVocabulary For(string text)
    {
        if (_articles.Count == 0 || _excluded is not null || !_articles.Contains(TextKey(text)))
        {
            return this;
        }

        var own = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        new WordCounter().Count(text, own);
        return new CorpusVocabulary(this, own);
    }

    /// <summary>The six counts after the word, or null when one is not a plain non-negative integer.</summary>
    private static int[]? ParseCounts(string[] fields)
    {
        var counts = new int[WordCounts.Fields];
        for (var i = 0; i < counts.Length; i++)
        {
            if (!int.TryParse(fields[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]))
            {
                return null;
            }
        }

        return counts;
    }

    /// <summary>A word's raw counts and, computed once, their buckets.</summary>
    private sealed record Entry(int[] Raw, WordCounts Buckets);

    /// <summary>A 64-bit FNV-1a key of the text's UTF-16 code units, in hex: how the file names its articles.</summary>
    public static string TextKey(string text) => Text.Fnv1a.Hex64(text);
}
