using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

/// <summary>Words a scraper glued together are split; words real news writes as they are stay whole.</summary>
public sealed class GluedWordTests
{
    private static readonly Tokenizer Tokenizer = new(LexiconSet.Default);

    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => text[t.Start..t.End]).ToArray();

    [TestCase("Hal itu disampaikan MaskapaiRyanair kemarin.", "Maskapai", "Ryanair")]
    [TestCase("Acara itu ramai sejak kehadiranHendra Wiratama.", "kehadiran", "Hendra")]
    [TestCase("Presiden ASDonald Trump tiba di Doha.", "AS", "Donald")]
    [TestCase("KABARsedihGendhis Wirasoka. Pelukis itu menutup galerinya.", "KABARsedih", "Gendhis")]
    [TestCase("Menteri Keuangan Purbaya Yudhi Sadewamemuji langkah itu.", "Sadewa", "memuji")]
    [TestCase("Pelatih Kluivertmenegaskan timnya siap.", "Kluivert", "menegaskan")]
    [TestCase("Menurut Purbaya Yudhi Sadewaakan ada tambahan anggaran.", "Sadewa", "akan")]
    public void Tokenize_GluedWords_AreSplit(string text, string first, string second)
    {
        var words = Words(text);
        var at = Array.IndexOf(words, first);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), string.Join(" | ", words));
        Assert.That(words[at + 1], Is.EqualTo(second));
    }

    [TestCase("Pelukis Gendhis Wirasoka membuka pameran. Karya itu dibuat Gendhis Wirasokauntuk mengenang ibunya.", "Wirasoka", "untuk")]
    [TestCase("Wirasoka menolak tawaran itu. Menurut Wirasokabakal ada pameran kedua.", "Wirasoka", "bakal")]
    [TestCase("Gendhis Wirasoka menolak tawaran itu. Kepala Dinas Gendhis Wirasokabuka suara soal pameran.", "Wirasoka", "buka")]
    public void Tokenize_NameThisArticleWritesAlone_GluedToACommonWord_IsSplit(string text, string first, string second)
    {
        var words = Words(text);
        var at = Array.LastIndexOf(words, first);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), string.Join(" | ", words));
        Assert.That(words[at + 1], Is.EqualTo(second));
    }

    [TestCase("Karya itu dibuat Gendhis Wirasokauntuk mengenang ibunya.", "Wirasokauntuk")]
    [TestCase("Kota Untukwira sedang berbenah, kata Untukwiraan.", "Untukwiraan")]
    public void Tokenize_UnknownWordWithoutItsHeadAloneInTheArticle_StaysWhole(string text, string word)
    {
        Assert.That(Words(text), Does.Contain(word));
    }

    [TestCase("Video itu diunggah ke YouTube dan TikTok.", "YouTube")]
    [TestCase("Video itu diunggah ke YouTube dan TikTok.", "TikTok")]
    [TestCase("Bupati Setiawan meninjau banjir.", "Setiawan")]
    public void Tokenize_WordsRealNewsWrites_StayWhole(string text, string word)
    {
        Assert.That(Words(text), Does.Contain(word));
    }
}
