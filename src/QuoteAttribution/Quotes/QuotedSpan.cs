using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Text between a pair of quotation marks (or from an opening mark to its paragraph's end when the
/// news convention leaves a multi-paragraph quote open).
/// </summary>
/// <param name="OpenMark">Token index of the opening mark.</param>
/// <param name="CloseMark">Token index of the closing mark, or -1 when the quote runs to the paragraph's end.</param>
/// <param name="FirstToken">First content token.</param>
/// <param name="EndToken">One past the last content token.</param>
/// <param name="Content">The content's characters, marks excluded.</param>
/// <param name="IsSingle">Single marks (<c>'…'</c>, <c>‘…’</c>).</param>
internal readonly record struct QuotedSpan(int OpenMark, int CloseMark, int FirstToken, int EndToken, TextSpan Content, bool IsSingle)
{
    public int WordCount(Token[] tokens)
    {
        var count = 0;
        for (var k = FirstToken; k < EndToken; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The token after the quote (after its closing mark, or after its content when open).</summary>
    public int After => CloseMark >= 0 ? CloseMark + 1 : EndToken;
}
