using NUnit.Framework;

namespace QuoteAttribution.Tests.Quotes;

public sealed class QuoteConstructionTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static AttributedQuote OnlyQuote(string text)
    {
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes, Has.Count.EqualTo(1), () => string.Join(" | ", quotes.Select(q => $"{q.Type}:{q.Content}")));
        return quotes[0];
    }

    private static void AssertQuote(AttributedQuote quote, string content, QuoteType type, string? cue)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Content, Is.EqualTo(content));
            Assert.That(quote.Type, Is.EqualTo(type));
            Assert.That(quote.Cue, Is.EqualTo(cue));
        }
    }

    [Test]
    public void Analyze_QuoteThenKataName_DirectWithoutComma()
    {
        const string text = "\"Kami akan menambah armada bus tahun depan,\" kata Budi.";
        var quote = OnlyQuote(text);
        AssertQuote(quote, "Kami akan menambah armada bus tahun depan", QuoteType.Direct, "kata");
        Assert.That(quote.ContentSpan.Of(text), Is.EqualTo(quote.Content));
    }

    [Test]
    public void Analyze_QuoteThenUjarnya_DirectWithClitic()
    {
        AssertQuote(OnlyQuote("Budi hadir di balai desa. \"Jalan ini harus selesai sebelum musim hujan,\" ujarnya."),
            "Jalan ini harus selesai sebelum musim hujan", QuoteType.Direct, "ujarnya");
    }

    [TestCase("Menteri Pertanian Budi Santoso meninjau sawah. \"Harga gabah akan naik pekan depan,\" ia menambahkan.", "menambahkan", "ia")]
    [TestCase("Menteri Pertanian Budi Santoso meninjau sawah. \"Harga gabah akan naik pekan depan,\" Budi mengatakan kepada wartawan.", "mengatakan", "Budi")]
    [TestCase("Menteri Pertanian Budi Santoso meninjau sawah. \"Harga gabah akan naik pekan depan\", dia menjelaskan.", "menjelaskan", "dia")]
    public void Analyze_QuoteThenSubjectThenActiveCue_DirectWithTheSubjectAsSource(string text, string cue, string source)
    {
        var quote = OnlyQuote(text);
        AssertQuote(quote, "Harga gabah akan naik pekan depan", QuoteType.Direct, cue);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Source, Is.EqualTo(source));
            Assert.That(quote.Speaker, Is.EqualTo("Budi Santoso"));
        }
    }

    [TestCase("\"Harga gabah akan naik pekan depan.\" Budi mengatakan, stok beras aman.")]
    [TestCase("\"Harga gabah akan naik pekan depan,\" Budi Santoso Aditya Pratama Wijaya mengatakan.")]
    public void Analyze_QuoteEndedByAStopOrLongSubjectBeforeACue_IsNoTrailingCue(string text)
    {
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Where(q => q.Type == QuoteType.Direct && q.Cue is "mengatakan"), Is.Empty);
    }

    [Test]
    public void Analyze_NameMengatakanThenQuote_DirectKeepsFinalStop()
    {
        AssertQuote(OnlyQuote("Budi mengatakan, \"Kami tidak akan mundur.\""),
            "Kami tidak akan mundur.", QuoteType.Direct, "mengatakan");
    }

    [Test]
    public void Analyze_SourceCueCommaContent_IndirectWithoutSourceCueOrStop()
    {
        AssertQuote(OnlyQuote("Kepala desa Budi Santoso mengatakan, pembangunan jembatan akan dimulai bulan depan."),
            "pembangunan jembatan akan dimulai bulan depan", QuoteType.Indirect, "mengatakan");
    }

    [TestCase("Kata dia, harga gabah akan naik pekan depan.", "dia")]
    [TestCase("Kata Budi, harga gabah akan naik pekan depan.", "Budi")]
    [TestCase("Lanjut Budi, harga gabah akan naik pekan depan.", "Budi")]
    public void Analyze_InvertedCueOpeningTheSentence_IndirectClauseAfterTheSourcesComma(string line, string source)
    {
        var quote = OnlyQuote("Menteri Pertanian Budi Santoso meninjau sawah di Karawang.\n\n" + line);
        AssertQuote(quote, "harga gabah akan naik pekan depan", QuoteType.Indirect, line.Split(' ')[0]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Source, Is.EqualTo(source));
            Assert.That(quote.Speaker, Is.EqualTo("Budi Santoso"));
        }
    }

    [Test]
    public void Analyze_KataOpeningASentenceWithoutASourceAndComma_IsNoQuote()
    {
        Assert.That(Extractor.Analyze("Kata kunci pencarian itu naik tajam pekan ini.").Quotes, Is.Empty);
    }

    [Test]
    public void Analyze_MenegaskanBahwa_IndirectWithoutBahwa()
    {
        AssertQuote(OnlyQuote("Budi Santoso menegaskan bahwa dana desa tidak pernah diselewengkan."),
            "dana desa tidak pernah diselewengkan", QuoteType.Indirect, "menegaskan");
    }

    [Test]
    public void Analyze_ContentCommaKataDia_IndirectWithoutCue()
    {
        AssertQuote(OnlyQuote("Budi Santoso hadir di lokasi. Harga gabah akan naik pekan depan, kata dia."),
            "Harga gabah akan naik pekan depan", QuoteType.Indirect, "kata");
    }

    [Test]
    public void Analyze_MenurutName_IndirectClauseAfterComma()
    {
        AssertQuote(OnlyQuote("Menurut Budi Santoso, harga beras akan turun bulan depan."),
            "harga beras akan turun bulan depan", QuoteType.Indirect, "Menurut");
    }

    [Test]
    public void Analyze_Menurutnya_IndirectClauseAfterComma()
    {
        AssertQuote(OnlyQuote("Budi Santoso hadir di pasar. Menurutnya, harga beras akan turun bulan depan."),
            "harga beras akan turun bulan depan", QuoteType.Indirect, "Menurutnya");
    }

    [Test]
    public void Analyze_InterposedKataDia_WholeClauseWithCue()
    {
        AssertQuote(OnlyQuote("Budi Santoso hadir di pasar. Kunci swasembada, kata dia, adalah irigasi yang baik."),
            "Kunci swasembada, kata dia, adalah irigasi yang baik", QuoteType.Indirect, "kata");
    }

    [Test]
    public void Analyze_InterruptedQuote_TwoDirectQuotesSameSpeaker()
    {
        var quotes = Extractor.Analyze("\"Kami sudah siap,\" kata Budi Santoso, \"tetapi cuaca belum mendukung.\"").Quotes;
        Assert.That(quotes, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes[0].Content, Is.EqualTo("Kami sudah siap"));
            Assert.That(quotes[1].Content, Is.EqualTo("tetapi cuaca belum mendukung."));
            Assert.That(quotes.Select(q => q.Type), Is.All.EqualTo(QuoteType.Direct));
            Assert.That(quotes[0].Speaker, Is.EqualTo("Budi Santoso"));
            Assert.That(quotes[1].Speaker, Is.EqualTo("Budi Santoso"));
        }
    }

    [Test]
    public void Analyze_CurlyMarks_DirectQuote()
    {
        AssertQuote(OnlyQuote("“Kami akan menambah armada bus tahun depan,” kata Budi."),
            "Kami akan menambah armada bus tahun depan", QuoteType.Direct, "kata");
    }

    [Test]
    public void Analyze_KompasClosingShapeBothSides_DirectQuote()
    {
        AssertQuote(OnlyQuote("”Kami akan menambah armada bus tahun depan,” kata Budi."),
            "Kami akan menambah armada bus tahun depan", QuoteType.Direct, "kata");
    }

    [Test]
    public void Analyze_MultiParagraphQuote_OneQuotePerParagraphSameSpeaker()
    {
        const string text = "Budi Santoso mengatakan, \"Kami sudah menanam padi sejak Maret.\n\"Panen diperkirakan lebih baik dari tahun lalu.\n\"Kami berterima kasih kepada penyuluh.\"";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Content), Is.EqualTo(new[]
        {
            "Kami sudah menanam padi sejak Maret.",
            "Panen diperkirakan lebih baik dari tahun lalu.",
            "Kami berterima kasih kepada penyuluh.",
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes.Select(q => q.Type), Is.All.EqualTo(QuoteType.Direct));
            Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Budi Santoso"));
        }
    }

    [Test]
    public void Analyze_ScareQuotes_AreNotQuotes()
    {
        var quotes = Extractor.Analyze("Kabar itu ternyata \"hoaks\" yang disebar akun palsu.").Quotes;
        Assert.That(quotes, Is.Empty);
    }

    [Test]
    public void Analyze_UnbalancedStrayMark_DoesNotSwallowFollowingParagraphs()
    {
        const string text = "Warga menyebut jalan itu \"jalur maut sejak lama.\nPolisi memasang rambu baru di tikungan.\n\"Kami ingin warga lebih berhati-hati,\" kata Budi Santoso.";
        var quotes = Extractor.Analyze(text).Quotes;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes.Any(q => q.Content.Contains("Polisi memasang", StringComparison.Ordinal)), Is.False);
            Assert.That(quotes.Any(q => q.Content == "Kami ingin warga lebih berhati-hati"), Is.True);
        }
    }

    [Test]
    public void Analyze_EmptyText_NoQuotes()
    {
        Assert.That(Extractor.Analyze(string.Empty).Quotes, Is.Empty);
    }

    [TestCase("\"\"")]
    [TestCase("\" \" “ ” ”")]
    [TestCase("\"\n\"\n\"")]
    [TestCase("‘’«»")]
    public void Analyze_OnlyQuoteMarks_NoQuotes(string text)
    {
        Assert.That(Extractor.Analyze(text).Quotes, Is.Empty);
    }

    [Test]
    public void Analyze_NullText_Throws()
    {
        Assert.That(() => Extractor.Analyze((string)null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Analyze_BacaJugaLine_IsNotQuote()
    {
        var quotes = Extractor.Analyze("Harga cabai naik.\nBaca juga: Menurut Pedagang, Harga Cabai Akan Turun\nPasar tetap ramai.").Quotes;
        Assert.That(quotes, Is.Empty);
    }
}
