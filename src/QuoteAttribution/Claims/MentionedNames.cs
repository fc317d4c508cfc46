using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Claims;

/// <summary>
/// The names a claim mentions: runs of capitalised words inside the quote content (<c>Kali Bekasi</c>,
/// <c>BPBD</c>), leaving out function words, pronouns, and a lone capitalised word that only starts a sentence.
/// </summary>
internal static class MentionedNames
{
    public static IReadOnlyList<string> Find(string content)
    {
        var lexicons = LexiconSet.Default;
        var names = new List<string>();
        var run = new List<string>();
        var runAtSentenceStart = false;
        var sentenceStart = true;
        foreach (var (word, breaksRun, endsSentence) in Words(content))
        {
            var capitalised = char.IsUpper(word[0]) && !lexicons.FunctionWords.Contains(word) && lexicons.Pronoun(word) is null;
            if (capitalised)
            {
                if (run.Count == 0)
                {
                    runAtSentenceStart = sentenceStart;
                }

                run.Add(word);
            }
            else
            {
                Flush(names, run, runAtSentenceStart);
            }

            sentenceStart = endsSentence;
            if (breaksRun)
            {
                Flush(names, run, runAtSentenceStart);
            }
        }

        Flush(names, run, runAtSentenceStart);
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void Flush(List<string> names, List<string> run, bool atSentenceStart)
    {
        var isAcronym = run.Count == 1 && run[0].Length >= 2 && run[0].All(c => char.IsUpper(c) || char.IsDigit(c));
        if (run.Count >= 2 || (run.Count == 1 && (!atSentenceStart || isAcronym)))
        {
            names.Add(string.Join(' ', run));
        }

        run.Clear();
    }

    private static IEnumerable<(string Word, bool BreaksRun, bool EndsSentence)> Words(string content)
    {
        var start = -1;
        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || (start >= 0 && c is '-' or '\'' && i + 1 < content.Length && char.IsLetter(content[i + 1]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var ends = c is '.' or '!' or '?';
                var breaks = ends || c is ',' or ';' or ':' or '"' or '“' or '”' or '(' or ')';
                yield return (content[start..i], breaks, ends);
                start = -1;
            }
        }
    }
}
