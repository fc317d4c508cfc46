using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// A stand-in for the engine that understands one pattern, <c>“…,” kata NAME.</c>, so CLI tests know
/// which quotes and speakers to expect whatever state the real engine is in.
/// </summary>
internal static class FakeEngine
{
    public const string Poison = "RACUN";

    public static ArticleAnalysis Analyze(string text)
    {
        if (text.Contains(Poison, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the engine choked");
        }

        var open = text.IndexOf('“', StringComparison.Ordinal);
        var close = text.IndexOf(",” kata ", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return new ArticleAnalysis(text, []);
        }

        var nameStart = close + ",” kata ".Length;
        var nameEnd = text.IndexOf('.', nameStart);
        var speaker = text[nameStart..nameEnd];
        var quote = new AttributedQuote
        {
            Content = text[(open + 1)..close],
            ContentSpan = new TextSpan(open + 1, close),
            Type = QuoteType.Direct,
            Cue = "kata",
            CueSpan = new TextSpan(close + 3, close + 7),
            Source = speaker,
            SourceSpan = new TextSpan(nameStart, nameEnd),
            Speaker = speaker,
            SpeakerType = SpeakerType.Person,
            Provenance = new Provenance("trailing-cue", 0.9, "fake"),
        };
        return new ArticleAnalysis(text, [quote]);
    }
}
