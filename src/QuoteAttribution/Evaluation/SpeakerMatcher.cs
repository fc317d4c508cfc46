using QuoteAttribution.Corpus;

namespace QuoteAttribution.Evaluation;

/// <summary>score.py's <c>speaker_ok</c>: whether a predicted speaker names the gold quote's speaker.</summary>
internal static class SpeakerMatcher
{
    /// <summary>How many words a longer predicted form may add to the gold name (titles, roles).</summary>
    private const int MaxExtraWords = 4;

    /// <summary>
    /// True when both speakers are empty after normalisation, or the predicted one equals the gold speaker
    /// or one of its aliases, or (unless <paramref name="exactNames"/>) it holds the whole gold name (of two
    /// words or more) within a few extra words: score.py's <c>--exact-names</c> counts only the name a reader sees.
    /// </summary>
    public static bool IsRight(AnnotatedQuote predicted, AnnotatedQuote gold, bool exactNames = false)
    {
        var goldName = NameNormalizer.Normalize(gold.Speaker);
        var predictedName = NameNormalizer.Normalize(predicted.Speaker);
        if (goldName.Length == 0)
        {
            return predictedName.Length == 0;
        }

        if (predictedName.Length == 0)
        {
            return false;
        }

        if (string.Equals(predictedName, goldName, StringComparison.Ordinal)
            || gold.Aliases.Any(alias => alias.Length > 0 && string.Equals(NameNormalizer.Normalize(alias), predictedName, StringComparison.Ordinal)))
        {
            return true;
        }

        if (exactNames)
        {
            return false;
        }

        var predictedWords = predictedName.Split(' ');
        var goldWords = goldName.Split(' ');
        if (goldWords.Length < 2 || predictedWords.Length > goldWords.Length + MaxExtraWords)
        {
            return false;
        }

        for (var i = 0; i + goldWords.Length <= predictedWords.Length; i++)
        {
            if (predictedWords.AsSpan(i, goldWords.Length).SequenceEqual(goldWords))
            {
                return true;
            }
        }

        return false;
    }
}
