using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Mentions;

public sealed class LowerCaseVocabularyTests
{
    private static readonly DocumentBuilder Builder = new(LexiconSet.Default);

    private static bool WrittenLowerCase(string text, string word)
    {
        var doc = Builder.Build(text);
        var token = Enumerable.Range(0, doc.Tokens.Length).First(k => doc.Word(k).SequenceEqual(word));
        return new LowerCaseVocabulary(doc).Contains(token);
    }

    [Test]
    public void Contains_CapitalisedWordWrittenLowerCaseElsewhere_IsCommon() =>
        Assert.That(WrittenLowerCase("Kebijakan itu diumumkan Senin. Warga menilai kebijakan tersebut terlambat.", "Kebijakan"), Is.True);

    [Test]
    public void Contains_NameNeverWrittenLowerCase_IsNotCommon() =>
        Assert.That(WrittenLowerCase("Sutrisno datang pagi. Warga menyambut kedatangan pejabat itu.", "Sutrisno"), Is.False);

    [Test]
    public void Contains_AllCapsWord_MatchesItsLowerCaseForm() =>
        Assert.That(WrittenLowerCase("BANJIR kembali datang. Warga sudah terbiasa dengan banjir.", "BANJIR"), Is.True);

    [Test]
    public void Contains_SameLettersAtTheEndsButDifferentWord_IsNotCommon() =>
        // Same length, first, second and last letters as "kebijakan": the hash agrees, the words do not.
        Assert.That(WrittenLowerCase("Kelurahan Tegal ramai. Warga membahas kebijakan baru.", "Kelurahan"), Is.False);

    [Test]
    public void Contains_WordsDifferingOnlyInNonAsciiCase_AreTheSameWord() =>
        // "ÉLITE" and "élite": folded outside ASCII, so the hash must still agree with the comparison.
        Assert.That(WrittenLowerCase("ÉLITE partai bertemu. Para élite sepakat.", "ÉLITE"), Is.True);
}
