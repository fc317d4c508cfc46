using QuoteAttribution.Corpus;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Training;

/// <summary>
/// Pairs the engine's quotes with an article's gold quotes the way the scorer does: spans trimmed of
/// quote marks, white space and trailing punctuation, a pair when the overlap is at least half of each,
/// best overlap first, one to one.
/// </summary>
internal static class QuoteAlignment
{
    private const string Strip = "\"'“”‘’«»„‟‹›`´ \t\r\n,.;:";

    /// <summary>For each engine quote, the index of its gold quote, or -1.</summary>
    public static int[] Align(string text, IReadOnlyList<QuoteCandidate> predicted, IReadOnlyList<AnnotatedQuote> gold)
    {
        var goldSpans = gold.Select(g => Trim(text, Locate(text, g))).ToArray();
        var pairs = new List<(double Score, int Predicted, int Gold)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            var ps = Trim(text, predicted[p].Content);
            for (var g = 0; g < goldSpans.Length; g++)
            {
                var gs = goldSpans[g];
                var overlap = Math.Max(0, Math.Min(ps.End, gs.End) - Math.Max(ps.Start, gs.Start));
                if (overlap > 0 && overlap >= 0.5 * gs.Length && overlap >= 0.5 * ps.Length)
                {
                    pairs.Add((overlap / (double)(Math.Max(ps.End, gs.End) - Math.Min(ps.Start, gs.Start)), p, g));
                }
            }
        }

        var result = Enumerable.Repeat(-1, predicted.Count).ToArray();
        var goldTaken = new bool[gold.Count];
        foreach (var (_, p, g) in pairs.OrderByDescending(x => x.Score))
        {
            if (result[p] < 0 && !goldTaken[g])
            {
                result[p] = g;
                goldTaken[g] = true;
            }
        }

        return result;
    }

    private static TextSpan Locate(string text, AnnotatedQuote quote)
    {
        if (quote.ContentSpan is { } span && span.End <= text.Length && span.Of(text) == quote.Content)
        {
            return span;
        }

        var at = text.IndexOf(quote.Content, StringComparison.Ordinal);
        return at >= 0 ? new TextSpan(at, at + quote.Content.Length) : new TextSpan(0, 0);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && Strip.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && Strip.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
