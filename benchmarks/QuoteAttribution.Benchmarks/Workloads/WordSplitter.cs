namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>
/// The floor of the job: counts white-space separated words in a plain loop. Also the word count every
/// words/s figure in these benchmarks is based on.
/// </summary>
internal static class WordSplitter
{
    /// <summary>Counts the words of <paramref name="text"/>; <paramref name="inWord"/> carries across buffers.</summary>
    public static int Count(ReadOnlySpan<char> text, ref bool inWord)
    {
        var words = 0;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    public static int Count(string text)
    {
        var inWord = false;
        return Count(text.AsSpan(), ref inWord);
    }
}
