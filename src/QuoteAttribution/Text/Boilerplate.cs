using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Text;

/// <summary>Recognises page furniture: <c>Baca juga:</c> lines, bylines, captions, and the dateline.</summary>
internal sealed class Boilerplate
{
    /// <summary>The furniture markers by the <see cref="CaseBucket"/> of their first character: a line is compared only with those that can match it.</summary>
    private readonly string[][] _markersByFirst;

    /// <summary>The inline furniture phrases by their first word (exact case), longest first.</summary>
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _inlineByFirstWord;

    /// <summary>The first characters of the inline furniture phrases: most words are ruled out by one look.</summary>
    private readonly System.Buffers.SearchValues<char> _inlineFirstChars;

    public Boilerplate(LexiconSet lexicons)
    {
        var markers = lexicons.BoilerplatePrefixes.Where(p => p.Length > 0).ToLookup(p => CaseBucket.Of(p[0]));
        _markersByFirst = Enumerable.Range(0, CaseBucket.Count).Select(bucket => markers[bucket].ToArray()).ToArray();
        _inlineByFirstWord = lexicons.InlineFurniture
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _inlineFirstChars = System.Buffers.SearchValues.Create(lexicons.InlineFurniture.Select(words => words[0][0]).Distinct().ToArray());
    }

    /// <summary>
    /// The number of tokens of an inline furniture phrase (<c>ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT</c>)
    /// that starts at token <paramref name="k"/> and ends by <paramref name="end"/>, or 0.
    /// </summary>
    public int InlineFurnitureLength(string text, Token[] tokens, int k, int end)
    {
        var first = tokens[k];
        if (first.Kind != TokenKind.Word || !_inlineFirstChars.Contains(text[first.Start]) || !_inlineByFirstWord.TryGetValue(text.AsSpan(first.Start, first.Length), out var phrases))
        {
            return 0;
        }

        foreach (var words in phrases)
        {
            if (k + words.Length <= end && MatchesWords(text, tokens, k, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static bool MatchesWords(string text, Token[] tokens, int k, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var token = tokens[k + i];
            if (token.Kind != TokenKind.Word || !text.AsSpan(token.Start, token.Length).SequenceEqual(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line starting at token <paramref name="first"/> opens with a furniture marker (<c>Baca juga:</c>).</summary>
    public bool StartsWithMarker(string text, Token[] tokens, int first)
    {
        var line = text.AsSpan(tokens[first].Start);
        if (line.IsEmpty)
        {
            return false;
        }

        foreach (var prefix in _markersByFirst[CaseBucket.Of(line[0])])
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the paragraph <c>tokens[first..end)</c> is page furniture.</summary>
    public bool IsBoilerplate(string text, Token[] tokens, int first, int end)
    {
        if (first >= end)
        {
            return false;
        }

        if (StartsWithMarker(text, tokens, first))
        {
            return true;
        }

        var line = text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (IsHeading(text, tokens, first, end))
        {
            return true;
        }

        // "(ant/rdn)", "(dtc/asp)": an editor's initials in brackets.
        if (line.Length <= 24 && line[0] == '(' && line[^1] == ')' && line.IndexOf('/') > 0)
        {
            return true;
        }

        // A photo caption: "(Foto: ...)" or "... (Foto: Detik/...)" standing alone.
        return ContainsPhotoCredit(line)
            || line.StartsWith("FOTO:", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Ilustrasi", StringComparison.Ordinal) && line.Length < 160 && !line.Contains('"');
    }

    /// <summary>
    /// True when the line holds "(Foto:" in any case. Looks only where a bracket opens: a case-insensitive
    /// search of the whole line is many times slower, and this runs on every paragraph.
    /// </summary>
    private static bool ContainsPhotoCredit(ReadOnlySpan<char> line)
    {
        while (line.IndexOf('(') is var at and >= 0)
        {
            line = line.Slice(at);
            if (line.StartsWith("(Foto:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            line = line.Slice(1);
        }

        return false;
    }

    /// <summary>
    /// A sub-heading: a short line in title case with no sentence punctuation and no double quotation marks
    /// (single marks around a phrase are a headline's: <c>Jokowi Singgung 'Politik Drakor'</c>). A headline
    /// repeated as the article's first line may hold commas and a colon if nearly every word is capitalised
    /// (<c>Kelakuan Bobby Kucing Kesayangan Prabowo, Kencingi Tas …: Kurang Ajar</c>).
    /// </summary>
    private static bool IsHeading(string text, Token[] tokens, int first, int end)
    {
        var opening = first == 0;
        if (end - first > (opening ? 24 : 14) || !tokens[first].Has(TokenFlags.NewlineBefore) && first > 0)
        {
            return false;
        }

        var words = 0;
        var capitalized = 0;
        var separators = 0;
        for (var k = first; k < end; k++)
        {
            var token = tokens[k];
            var c = text[token.Start];
            if (token.Kind is TokenKind.Terminal || token.Kind == TokenKind.QuoteMark && c is not ('\'' or '‘' or '’'))
            {
                return false;
            }

            separators += token.Kind == TokenKind.Punctuation && c is ',' or ':' ? 1 : 0;
            if (token.Kind == TokenKind.Word)
            {
                words++;
                capitalized += token.Has(TokenFlags.Capitalized) ? 1 : 0;
            }
        }

        return separators == 0
            ? words >= 2 && capitalized * 10 >= words * 6
            : opening && words >= 4 && capitalized * 10 >= words * 8 && tokens[end - 1].Kind == TokenKind.Word;
    }

    /// <summary>
    /// The number of leading tokens that form a dateline (<c>JAKARTA, KOMPAS.com -</c>,
    /// <c>Liputan6.com, Jakarta -</c>), or 0.
    /// </summary>
    public static int DatelineLength(string text, Token[] tokens)
    {
        const int MaxTokens = 10;
        for (var k = 1; k < Math.Min(tokens.Length, MaxTokens); k++)
        {
            var token = tokens[k];
            var c = text[token.Start];
            if (token.Kind == TokenKind.Punctuation && c is '-' or '–' or '—')
            {
                var end = k + 1;
                while (end < tokens.Length && tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '-' or '–' or '—')
                {
                    end++;
                }

                if (!IsDatelineHead(text, tokens, k))
                {
                    return 0;
                }

                // "jpnn.com - JAKARTA -": a second place part after the first dash.
                var second = end;
                while (second < tokens.Length && second < end + 4 && tokens[second].Has(TokenFlags.AllCaps))
                {
                    second++;
                }

                if (second > end && second < tokens.Length && text[tokens[second].Start] is '-' or '–' or '—')
                {
                    end = second + 1;
                }

                return end;
            }

            if (token.Kind is TokenKind.Terminal or TokenKind.QuoteMark || token.Has(TokenFlags.NewlineBefore))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsDatelineHead(string text, Token[] tokens, int dash)
    {
        for (var k = 0; k < dash; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized)
                && text.AsSpan(token.Start, token.Length).IndexOf('.') < 0)
            {
                return false;
            }
        }

        return true;
    }
}
