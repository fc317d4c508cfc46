using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Evaluation;

public sealed class ArticleTextTests
{
    private const string Text = "Video 😀🔥. “Kami tidak takut,” ujar Rina. “Kami tidak takut,” katanya.";

    [Test]
    public void Locate_Utf16OffsetAfterEmoji_FindsContentThere()
    {
        var start = Text.IndexOf("Kami", StringComparison.Ordinal);
        var quote = new AnnotatedQuote { Content = "Kami tidak takut", ContentStart = start };

        Assert.That(new ArticleText(Text).Locate(quote, new HashSet<TextSpan>()), Is.EqualTo(new TextSpan(start, start + 16)));
    }

    [Test]
    public void Locate_DuplicateContentWithoutOffsets_PrefersAnOccurrenceNotUsed()
    {
        var text = new ArticleText(Text);
        var quote = new AnnotatedQuote { Content = "Kami tidak takut" };
        var first = text.Locate(quote, new HashSet<TextSpan>())!.Value;

        var second = text.Locate(quote, new HashSet<TextSpan> { first });
        var third = text.Locate(quote, new HashSet<TextSpan> { first, second!.Value });

        Assert.That(second.Value.Start, Is.EqualTo(Text.LastIndexOf("Kami", StringComparison.Ordinal)));
        Assert.That(third, Is.EqualTo(first));
    }

    [Test]
    public void Trim_MarksSpaceAndTrailingPunctuation_AreStripped()
    {
        var start = Text.IndexOf('“', StringComparison.Ordinal);
        var text = new ArticleText(Text);

        var trimmed = text.Trim(new TextSpan(start, Text.IndexOf(" ujar", StringComparison.Ordinal)));

        Assert.That(trimmed.Of(Text), Is.EqualTo("Kami tidak takut"));
    }

    [Test]
    public void CodePointIndex_AfterTwoEmoji_CountsEachOnce()
    {
        var text = new ArticleText(Text);

        Assert.That(text.CodePointIndex(Text.IndexOf('.', StringComparison.Ordinal)), Is.EqualTo(8));
    }
}
