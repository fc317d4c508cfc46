using System.Collections.Frozen;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// A set of one- or several-word phrases matched case-insensitively on whole tokens, longest match first.
/// </summary>
internal sealed class PhraseLexicon
{
    private readonly FrozenDictionary<string, string[][]> _byFirstWord;
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseLexicon(IEnumerable<string> phrases)
    {
        _byFirstWord = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(words => words.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = _byFirstWord.Values.Sum(v => v.Length);
    }

    /// <summary>The first words of the phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>Number of phrases.</summary>
    public int Count { get; }

    /// <summary>True when the single word is a whole phrase of the lexicon.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var candidates) && candidates[^1].Length == 1;

    /// <summary>True when some phrase starts with this word.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>
    /// The number of words of the longest phrase, of at most <paramref name="maxWords"/> words, that matches
    /// the words starting at <paramref name="index"/>, or 0. <paramref name="wordAt"/> returns the word at a
    /// position, or an empty span past the end.
    /// </summary>
    public int LongestMatch<TState>(TState state, int index, WordAt<TState> wordAt, int maxWords = int.MaxValue)
    {
        if (!_lookup.TryGetValue(wordAt(state, index), out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (words.Length > maxWords)
            {
                continue;
            }

            var matched = true;
            for (var k = 1; k < words.Length && matched; k++)
            {
                matched = wordAt(state, index + k).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matched)
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Returns the word at a position of some token sequence, or an empty span past its end.</summary>
    public delegate ReadOnlySpan<char> WordAt<in TState>(TState state, int index);
}
