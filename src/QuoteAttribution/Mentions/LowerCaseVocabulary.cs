using System.Numerics;
using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// The words an article writes in lower case somewhere, compared case-insensitively: common words, not
/// names ("Kebijakan" opening a sentence is the "kebijakan" used elsewhere). Built on the first question
/// into a small open-addressing table of token positions (never copies of the words): a general hash set
/// with a comparer cost 15–30 µs an article, most of it in interface calls and re-hashing as it grew.
/// </summary>
internal sealed class LowerCaseVocabulary(Document doc)
{
    private const int Empty = -1;
    private int[]? _slots;

    /// <summary>True when the word at <paramref name="token"/> is written in lower case somewhere in the article.</summary>
    public bool Contains(int token)
    {
        if (_slots is null)
        {
            Build();
        }

        return Find(token, Hash(doc.Word(token))) >= 0;
    }

    private void Build()
    {
        var tokens = doc.Tokens;
        // Distinct lower-case words are well under half the tokens: the table stays under about half full.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, tokens.Length));
        _slots = new int[size];
        Array.Fill(_slots, Empty);
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word && char.IsLower(doc.Text[token.Start]))
            {
                var hash = Hash(doc.Word(k));
                if (Find(k, hash) is var free and < 0)
                {
                    _slots[~free] = k;
                }
            }
        }
    }

    /// <summary>The slot holding the same word as <paramref name="token"/>, or <c>~slot</c> of the free slot where it would go.</summary>
    private int Find(int token, int hash)
    {
        var slots = _slots!;
        var mask = slots.Length - 1;
        var word = doc.Word(token);
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var held = slots[i];
            if (held == Empty)
            {
                return ~i;
            }

            if (doc.Word(held).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
    }

    /// <summary>
    /// A plain multiplicative hash over the characters' <see cref="CaseBucket"/>s, so it agrees with
    /// case-insensitive equality. Every character counts: Indonesian affixes make words that share their
    /// length and ends common (<c>menyatakan</c>, <c>mengatakan</c>).
    /// </summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 0;
        foreach (var c in word)
        {
            hash = unchecked((hash * 31) + CaseBucket.Of(c));
        }

        // Spread the low bits, which pick the slot.
        return unchecked((int)((uint)hash * 0x9E3779B1u >> 7));
    }
}
