using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public sealed class SpeakerMatcherTests
{
    [TestCase("Budi Santoso", "Budi Santoso", true)]
    [TestCase("budi santoso.", "Budi Santoso", true)]
    [TestCase("Budi", "Budi Santoso", true)]
    [TestCase("Menteri Perdagangan Budi Santoso", "Budi Santoso", true)]
    [TestCase("Wakil Menteri Perdagangan Republik Indonesia Budi Santoso", "Budi Santoso", false)]
    [TestCase("Santoso", "Budi Santoso", false)]
    [TestCase("Pak Darto", "Darto", false)]
    [TestCase(null, "Budi Santoso", false)]
    [TestCase("Budi Santoso", null, false)]
    [TestCase(null, null, true)]
    [TestCase("...", null, true)]
    public void IsRight_PredictedSpeaker_FollowsScorePy(string? predicted, string? gold, bool expected)
    {
        var goldQuote = new AnnotatedQuote { Content = "x", Speaker = gold, Aliases = ["Budi", ""] };
        var predictedQuote = new AnnotatedQuote { Content = "x", Speaker = predicted };

        Assert.That(SpeakerMatcher.IsRight(predictedQuote, goldQuote), Is.EqualTo(expected));
    }

    [TestCase("Budi Santoso", true)]
    [TestCase("Budi", true)]
    [TestCase("Menteri Perdagangan Budi Santoso", false)]
    [TestCase("Capres Budi Santoso", false)]
    public void IsRight_ExactNames_CountsOnlyTheNameOrAnAlias(string predicted, bool expected)
    {
        var goldQuote = new AnnotatedQuote { Content = "x", Speaker = "Budi Santoso", Aliases = ["Budi"] };
        var predictedQuote = new AnnotatedQuote { Content = "x", Speaker = predicted };

        Assert.That(SpeakerMatcher.IsRight(predictedQuote, goldQuote, exactNames: true), Is.EqualTo(expected));
    }
}
