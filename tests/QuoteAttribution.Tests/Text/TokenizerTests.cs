using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(LexiconSet.Default);

    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    private static Token Single(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Single(t => text[t.Start..t.End] == word);
    }

    [Test]
    public void Tokenize_CliticOnVerb_StaysOneWord()
    {
        Assert.That(Words("Harga naik, katanya."), Is.EqualTo(new[] { "Harga", "naik", ",", "katanya", "." }));
    }

    [Test]
    public void Tokenize_Reduplication_IsOneToken()
    {
        Assert.That(Words("negara-negara tetangga"), Is.EqualTo(new[] { "negara-negara", "tetangga" }));
    }

    [TestCase("MEDAN-Rina Marpaung mengaku omzetnya turun.", new[] { "MEDAN", "-", "Rina", "Marpaung" })]
    [TestCase("Vaksin SARS-CoV diuji di MEDAN-Deli.", new[] { "Vaksin", "SARS-CoV", "diuji", "di", "MEDAN-Deli" })]
    [TestCase("RI-Jepang sepakat.", new[] { "RI-Jepang", "sepakat" })]
    public void Tokenize_DatelineGluedToTheTextsFirstWord_IsSplitThere(string text, string[] firstWords)
    {
        Assert.That(Words(text).Take(firstWords.Length), Is.EqualTo(firstWords));
    }

    [TestCase("Ia tinggal di Jl. Kenanga.", "Jl.")]
    [TestCase("Ia diperiksa Dr. Sinta.", "Dr.")]
    [TestCase("Ia bertemu H. Rusdi.", "H.")]
    [TestCase("Pengacara Wira S.H. hadir.", "S.H.")]
    [TestCase("Kepala dinas, Sy. Ilham Mulya, hadir.", "Sy.")]
    [TestCase("Deputi BPS Moh. Rafli Hakim hadir.", "Moh.")]
    public void Tokenize_Abbreviation_KeepsFullStop(string text, string abbreviation)
    {
        var token = Single(text, abbreviation);
        Assert.That(token.Kind, Is.EqualTo(TokenKind.Word));
    }

    [TestCase("Harganya 14.900 per liter.", "14.900")]
    [TestCase("Rapat digelar 19/4/2022 pagi.", "19/4/2022")]
    [TestCase("Inflasi 3,5 persen.", "3,5")]
    public void Tokenize_NumberOrDate_IsOneNumberToken(string text, string number)
    {
        Assert.That(Single(text, number).Kind, Is.EqualTo(TokenKind.Number));
    }

    [Test]
    public void Tokenize_MoneyAmount_CurrencyThenWholeNumber()
    {
        Assert.That(Words("Harganya Rp 14.900 sekilo."), Is.EqualTo(new[] { "Harganya", "Rp", "14.900", "sekilo", "." }));
    }

    [TestCase("Kirim ke humas@dinas.contoh.id segera.", "humas@dinas.contoh.id")]
    [TestCase("Buka https://www.contoh.go.id/berita/123 sekarang.", "https://www.contoh.go.id/berita/123")]
    [TestCase("Lihat www.contoh.com.", "www.contoh.com")]
    public void Tokenize_AddressOrEmail_IsOneUrlToken(string text, string address)
    {
        Assert.That(Single(text, address).Kind, Is.EqualTo(TokenKind.Url));
    }

    [TestCase("\"")]
    [TestCase("“")]
    [TestCase("”")]
    [TestCase("‘")]
    [TestCase("’")]
    [TestCase("«")]
    [TestCase("»")]
    public void Tokenize_QuoteCharacter_IsItsOwnToken(string mark)
    {
        var text = $"kata {mark}siap{mark} itu";
        var tokens = Tokenizer.Tokenize(text);
        var marks = tokens.Where(t => t.Kind == TokenKind.QuoteMark).Select(t => text[t.Start..t.End]).ToArray();
        Assert.That(marks, Is.EqualTo(new[] { mark, mark }));
    }

    [Test]
    public void Tokenize_GluedParagraphs_SplitsWithGluedBoundary()
    {
        const string text = "Harga naik tahun.Namun pasokan aman.";
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Select(t => text[t.Start..t.End]).ToArray();
        var namun = tokens[Array.IndexOf(words, "Namun")];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(words[..4], Is.EqualTo(new[] { "Harga", "naik", "tahun", "." }));
            Assert.That(namun.Has(TokenFlags.GluedBoundary), Is.True);
        }
    }

    [Test]
    public void Tokenize_DomainName_IsNotGluedBoundary()
    {
        const string text = "Dikutip dari KOMPAS.com hari ini.";
        var tokens = Tokenizer.Tokenize(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Words(text), Does.Contain("KOMPAS.com"));
            Assert.That(tokens.Any(t => t.Has(TokenFlags.GluedBoundary)), Is.False);
        }
    }

    [Test]
    public void Tokenize_Offsets_AreHalfOpenIntoOriginalText()
    {
        const string text = "  Budi  pergi.";
        var tokens = Tokenizer.Tokenize(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens[0].Span, Is.EqualTo(new TextSpan(2, 6)));
            Assert.That(tokens[0].Has(TokenFlags.SpaceBefore), Is.True);
            Assert.That(tokens[^1].Kind, Is.EqualTo(TokenKind.Terminal));
        }
    }
}
