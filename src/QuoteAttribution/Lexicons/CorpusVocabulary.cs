using System.Collections.Frozen;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// Word statistics of the 1,771 real unlabeled articles (<c>Lexicons/Data/corpus-vocabulary.txt</c>, built by
/// <c>kutip vocabulary</c>): for each word seen at least three times, how it is written (<see cref="WordCounts"/>).
/// The name tagger reads it as evidence that transfers to articles it has never seen. Holds counts, never text.
/// </summary>
internal sealed class CorpusVocabulary
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "corpus-vocabulary.txt";

    private static readonly Lazy<CorpusVocabulary> BuiltIn = new(() => new CorpusVocabulary(LexiconFile.Rows(FileName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, WordCounts>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Reads rows of <c>word TAB digits</c>, five bucket digits each.</summary>
    public CorpusVocabulary(IEnumerable<(int Line, string[] Fields)> rows)
    {
        var words = new Dictionary<string, WordCounts>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in rows)
        {
            if (fields.Length != 2 || fields[1].Length != 5 || fields[1].Any(c => c is < '0' or > '9'))
            {
                throw new FormatException($"{FileName}:{line}: expected 'word<TAB>five digits'.");
            }

            var d = fields[1];
            words[fields[0]] = new WordCounts((byte)(d[0] - '0'), (byte)(d[1] - '0'), (byte)(d[2] - '0'), (byte)(d[3] - '0'), (byte)(d[4] - '0'));
        }

        Count = words.Count;
        _lookup = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The statistics shipped with the library.</summary>
    public static CorpusVocabulary Default => BuiltIn.Value;

    /// <summary>Number of words held.</summary>
    public int Count { get; }

    /// <summary>The word's counts (case-insensitive); all zero for a word the corpus did not hold.</summary>
    public WordCounts Of(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var counts) ? counts : default;
}
