using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>Which tokens stand inside a quotation of three words or more: the mask the mention and indirect finders take.</summary>
internal static class QuoteMask
{
    public static bool[] Of(Document doc)
    {
        var inside = new bool[doc.Tokens.Length];
        foreach (var quoted in doc.QuotedSpans)
        {
            if (quoted.IsSingle || quoted.WordCount(doc.Tokens) < 3)
            {
                continue;
            }

            for (var k = quoted.FirstToken; k < quoted.EndToken; k++)
            {
                inside[k] = true;
            }
        }

        return inside;
    }
}
