using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

public sealed class DocumentBuilderTests
{
    private static readonly DocumentBuilder Builder = new(LexiconSet.Default);

    private static string[] SentenceTexts(Document doc) =>
        doc.Sentences.Select(s => doc.Slice(s.FirstToken, s.EndToken)).ToArray();

    [Test]
    public void Build_AbbreviationsInSentence_DoNotEndIt()
    {
        var doc = Builder.Build("Ia tinggal di Jl. Kenanga bersama Dr. Sinta dan H. Rusdi. Besok mereka pindah.");
        Assert.That(SentenceTexts(doc), Is.EqualTo(new[]
        {
            "Ia tinggal di Jl. Kenanga bersama Dr. Sinta dan H. Rusdi.",
            "Besok mereka pindah.",
        }));
    }

    [Test]
    public void Build_FullStopsInsideQuote_DoNotEndSentence()
    {
        var doc = Builder.Build("\"Kami siap. Semua sudah beres,\" kata Budi. Rapat lalu ditutup.");
        Assert.That(SentenceTexts(doc), Is.EqualTo(new[]
        {
            "\"Kami siap. Semua sudah beres,\" kata Budi.",
            "Rapat lalu ditutup.",
        }));
    }

    [Test]
    public void Build_QuoteEndingSentence_SplitsAfterClosingMark()
    {
        var doc = Builder.Build("Ia berkata, \"Kami pulang.\" Warga lalu bubar.");
        Assert.That(SentenceTexts(doc), Is.EqualTo(new[]
        {
            "Ia berkata, \"Kami pulang.\"",
            "Warga lalu bubar.",
        }));
    }

    [Test]
    public void Build_KompasDateline_IsDetected()
    {
        var doc = Builder.Build("JAKARTA, KOMPAS.com - Harga cabai naik pekan ini.");
        Assert.That(doc.Slice(0, doc.DatelineTokens), Is.EqualTo("JAKARTA, KOMPAS.com -"));
    }

    [Test]
    public void Build_JpnnTwoPartDateline_IsDetected()
    {
        var doc = Builder.Build("jpnn.com - JAKARTA - Harga cabai naik pekan ini.");
        Assert.That(doc.Slice(0, doc.DatelineTokens), Is.EqualTo("jpnn.com - JAKARTA -"));
    }

    [Test]
    public void Build_DatelineGluedToFirstWord_IsDetected()
    {
        var doc = Builder.Build("MEDAN-Rina Marpaung, pemilik kedai kopi, mengaku omzetnya turun.");
        Assert.That(doc.Slice(0, doc.DatelineTokens), Is.EqualTo("MEDAN-"));
    }

    [Test]
    public void Build_OrdinarySentenceWithDash_HasNoDateline()
    {
        var doc = Builder.Build("Harga cabai naik - kata pedagang - pekan ini.");
        Assert.That(doc.DatelineTokens, Is.Zero);
    }

    [Test]
    public void Build_DatelineTokens_BelongToNoParagraph()
    {
        var doc = Builder.Build("JAKARTA, KOMPAS.com - Harga cabai naik.");
        Assert.That(doc.Slice(doc.Paragraphs[0].FirstToken, doc.Paragraphs[0].EndToken), Is.EqualTo("Harga cabai naik."));
    }

    [Test]
    public void Build_BacaJugaLine_IsBoilerplate()
    {
        var doc = Builder.Build("Harga cabai naik.\nBaca juga: Harga Bawang Ikut Melonjak\nPedagang mengeluh.");
        Assert.That(doc.Paragraphs.Select(p => p.IsBoilerplate).ToArray(), Is.EqualTo(new[] { false, true, false }));
    }

    [Test]
    public void Build_AdvertisementLine_IsBoilerplate()
    {
        var doc = Builder.Build("Harga cabai naik.\nADVERTISEMENT\nPedagang mengeluh.");
        Assert.That(doc.Paragraphs.Select(p => p.IsBoilerplate).ToArray(), Is.EqualTo(new[] { false, true, false }));
    }

    [Test]
    public void Build_AdvertisementInsideALine_IsCutOutAsItsOwnParagraph()
    {
        var doc = Builder.Build("Harga cabai naik, kata Rini. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia menambahkan pasokan aman.");
        var paragraphs = doc.Paragraphs.Select(p => (doc.Slice(p.FirstToken, p.EndToken), p.IsBoilerplate)).ToArray();
        Assert.That(paragraphs, Is.EqualTo(new[]
        {
            ("Harga cabai naik, kata Rini.", false),
            ("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT", true),
            ("Ia menambahkan pasokan aman.", false),
        }));
    }

    [Test]
    public void Build_AdvertisementWordInLowerCase_IsLeftInTheSentence()
    {
        var doc = Builder.Build("Ia memasang advertisement di koran. Harganya mahal.");
        Assert.That(doc.Paragraphs.Select(p => p.IsBoilerplate).ToArray(), Is.EqualTo(new[] { false }));
    }

    [Test]
    public void Build_GluedParagraphs_BecomeTwoParagraphs()
    {
        var doc = Builder.Build("Harga cabai naik tahun ini.Namun pasokan tetap aman.");
        var paragraphs = doc.Paragraphs.Select(p => doc.Slice(p.FirstToken, p.EndToken)).ToArray();
        Assert.That(paragraphs, Is.EqualTo(new[] { "Harga cabai naik tahun ini.", "Namun pasokan tetap aman." }));
    }

    [Test]
    public void Build_GluedBeforeOpeningMark_SeamMovesBeforeMark()
    {
        var doc = Builder.Build("Rapat selesai.\"Kami puas dengan hasilnya,\" kata Budi.");
        var paragraphs = doc.Paragraphs.Select(p => doc.Slice(p.FirstToken, p.EndToken)).ToArray();
        Assert.That(paragraphs, Is.EqualTo(new[] { "Rapat selesai.", "\"Kami puas dengan hasilnya,\" kata Budi." }));
    }

    [Test]
    public void Build_NewLines_SeparateParagraphs()
    {
        var doc = Builder.Build("Satu dua tiga.\n\nEmpat lima enam.\r\nTujuh.");
        Assert.That(doc.Paragraphs, Has.Count.EqualTo(3));
    }

    [Test]
    public void Build_QuotePair_IsRecordedWithContent()
    {
        const string text = "Ia berkata, \"Kami pulang sekarang.\"";
        var doc = Builder.Build(text);
        var quoted = doc.QuotedSpans.Single();
        Assert.That(quoted.Content.Of(text), Is.EqualTo("Kami pulang sekarang."));
    }

    [Test]
    public void Build_EmptyText_HasNothing()
    {
        var doc = Builder.Build(string.Empty);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.Tokens, Is.Empty);
            Assert.That(doc.Paragraphs, Is.Empty);
            Assert.That(doc.Sentences, Is.Empty);
        }
    }
}
