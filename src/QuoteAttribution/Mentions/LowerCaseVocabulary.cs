using QuoteAttribution.Text;

namespace QuoteAttribution.Mentions;

/// <summary>
/// The words an article writes in lower case somewhere, compared case-insensitively: common words, not
/// names ("Kebijakan" opening a sentence is the "kebijakan" used elsewhere). Built on the first question
/// and holding token positions, never copies of the words.
/// </summary>
internal sealed class LowerCaseVocabulary(Document doc)
{
    private HashSet<int>? _tokens;

    /// <summary>True when the word at <paramref name="token"/> is written in lower case somewhere in the article.</summary>
    public bool Contains(int token) => (_tokens ??= Build()).Contains(token);

    private HashSet<int> Build()
    {
        var tokens = new HashSet<int>(new SameWord(doc));
        for (var k = 0; k < doc.Tokens.Length; k++)
        {
            var token = doc.Tokens[k];
            if (token.Kind == TokenKind.Word && char.IsLower(doc.Text[token.Start]))
            {
                tokens.Add(k);
            }
        }

        return tokens;
    }

    /// <summary>
    /// Two token positions are equal when their words are, ignoring case. The hash reads only the length
    /// and the first, second and last characters (a full case-insensitive hash of every lower-case word was
    /// 4% of the pipeline). It must agree with the equality: ASCII letters are folded to upper case; every
    /// other character, and the ASCII letters i and s, hash alike, because the only characters outside
    /// ASCII whose upper case is ASCII are dotless ı (→ I) and long ſ (→ S).
    /// </summary>
    private sealed class SameWord(Document doc) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => doc.Word(x).Equals(doc.Word(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(int obj)
        {
            var word = doc.Word(obj);
            return word.Length == 0 ? 0 : HashCode.Combine(word.Length, Fold(word[0]), Fold(word[^1]), word.Length > 1 ? Fold(word[1]) : 0);
        }

        private static int Fold(char c) => c switch
        {
            >= 'a' and <= 'z' => Fold((char)(c - ('a' - 'A'))),
            'I' or 'S' or >= (char)0x80 => 0x80,
            _ => c,
        };
    }
}
