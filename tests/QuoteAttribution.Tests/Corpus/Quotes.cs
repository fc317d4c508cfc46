using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Corpus;

/// <summary>Builds quotes by hand, locating each piece in the text, so writer tests know the offsets.</summary>
internal static class Quotes
{
    public static AttributedQuote Direct(string text, string content, string cue, string speaker, double confidence = 0.9) =>
        new()
        {
            Content = content,
            ContentSpan = Find(text, content),
            Type = QuoteType.Direct,
            Cue = cue,
            CueSpan = Find(text, cue),
            Source = speaker,
            SourceSpan = Find(text, speaker),
            Speaker = speaker,
            SpeakerType = SpeakerType.Person,
            Aliases = [speaker.Split(' ')[0]],
            Roles = ["Kepala Desa"],
            Provenance = new Provenance("trailing-cue", confidence, "cue after the quote names the speaker"),
        };

    public static AttributedQuote Indirect(string text, string content) =>
        new()
        {
            Content = content,
            ContentSpan = Find(text, content),
            Type = QuoteType.Indirect,
            Optional = true,
            Provenance = new Provenance("none", 0.25, "no speaker found"),
        };

    private static TextSpan Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text.", nameof(part));
        }

        return new TextSpan(start, start + part.Length);
    }
}
