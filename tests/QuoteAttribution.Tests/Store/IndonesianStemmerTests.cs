using NUnit.Framework;
using QuoteAttribution.Store;

namespace QuoteAttribution.Tests.Store;

public sealed class IndonesianStemmerTests
{
    [TestCase("menegaskan", "tegas")]
    [TestCase("ditulis", "tulis")]
    [TestCase("menulis", "tulis")]
    [TestCase("berlari", "lari")]
    [TestCase("pembangunan", "bangun")]
    [TestCase("membaca", "baca")]
    [TestCase("mencari", "cari")]
    [TestCase("melihat", "lihat")]
    [TestCase("menyampaikan", "sampai")]
    [TestCase("memukul", "pukul")]
    [TestCase("bukunya", "buku")]
    [TestCase("benarkah", "benar")]
    [TestCase("bekerja", "kerja")]
    [TestCase("MENEGASKAN", "tegas")]
    public void Stem_AffixedWord_IsItsRoot(string word, string root)
    {
        Assert.That(IndonesianStemmer.Stem(word), Is.EqualTo(root));
    }

    [TestCase("mengatakan", "kata")]
    [TestCase("mengirim", "kirim")]
    [TestCase("mengambil", "ambil")]
    [TestCase("menilai", "nilai")]
    [TestCase("meminta", "minta")]
    [TestCase("memperhatikan", "hati")]
    [TestCase("kebijakannya", "bijak")]
    [TestCase("pemerintah", "perintah")]
    [TestCase("menggali", "gali")]
    [TestCase("terasa", "rasa")]
    public void Stems_AmbiguousWord_IncludeTheRoot(string word, string root)
    {
        Assert.That(IndonesianStemmer.Stems(word), Does.Contain(root));
    }

    [TestCase("air")]
    [TestCase("2025")]
    [TestCase("dia")]
    public void Stem_ShortOrNonWord_IsUnchanged(string word)
    {
        Assert.That(IndonesianStemmer.Stem(word), Is.EqualTo(word));
    }

    [Test]
    public void Stems_WordWithDiacritics_AreFolded()
    {
        Assert.That(IndonesianStemmer.Stems("Kafé"), Is.EqualTo(new[] { "kafe" }));
    }

    [Test]
    public void Stems_AnyWord_EndWithTheFoldedWord()
    {
        Assert.That(IndonesianStemmer.Stems("Menegaskan")[^1], Is.EqualTo("menegaskan"));
    }
}
