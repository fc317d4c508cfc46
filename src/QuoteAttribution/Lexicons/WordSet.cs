using System.Collections.Frozen;

namespace QuoteAttribution.Lexicons;

/// <summary>A set of single words looked up by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        var set = words.ToFrozenSet(comparer);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = set.Items;
    }

    /// <summary>The words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Count;

    /// <summary>True when the word is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
