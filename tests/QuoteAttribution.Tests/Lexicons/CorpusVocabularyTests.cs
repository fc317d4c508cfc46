using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Training;

namespace QuoteAttribution.Tests.Lexicons;

public sealed class CorpusVocabularyTests
{
    [Test]
    public void Default_CommonWordsAreLowerCase_NamesAreCapitalised()
    {
        var vocabulary = CorpusVocabulary.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vocabulary.Count, Is.GreaterThan(5000));
            Assert.That(vocabulary.Of("mengatakan").Lower, Is.GreaterThan(vocabulary.Of("mengatakan").CapitalizedInside));
            Assert.That(vocabulary.Of("Jakarta").CapitalizedInside, Is.GreaterThan(vocabulary.Of("Jakarta").Lower));
            Assert.That(vocabulary.Of("MENGATAKAN"), Is.EqualTo(vocabulary.Of("mengatakan")));
            Assert.That(vocabulary.Of("xqzvbnm").Total, Is.Zero);
        }
    }

    [Test]
    public void Constructor_BadRow_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => new CorpusVocabulary([(1, new[] { "kata", "1", "2", "3", "4", "5", "6" }), (7, new[] { "rusak", "12" })]));
        Assert.That(error!.Message, Does.Contain(":7:"));
    }

    [Test]
    public void Builder_CountsHowWordsAreWritten_EachArticleOnce()
    {
        var builder = new CorpusVocabularyBuilder();
        for (var i = 0; i < 4; i++)
        {
            builder.Add($"Warga Bekasi mengeluh. Kepala Dinas Tanti Rohilawati mengatakan banjir surut {i} meter, kata Tanti.");
        }

        builder.Add("Warga Bekasi mengeluh. Kepala Dinas Tanti Rohilawati mengatakan banjir surut 0 meter, kata Tanti.");
        Assert.That(builder.Articles, Is.EqualTo(4));
        var rows = builder.Lines().Where(l => !l.StartsWith('#')).Select((l, i) => (i + 1, l.Split('\t'))).ToList();
        var vocabulary = new CorpusVocabulary(rows);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vocabulary.Of("mengatakan").Lower, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Tanti").BesideCue, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Rohilawati").RunLast, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Kepala").RunFirst, Is.EqualTo(WordCounts.Bucket(4)));
        }
    }

    [Test]
    public void Builder_CountsCapitalisedWordsAfterDiKeOrARegionHead_WherePlacesStand()
    {
        var builder = new CorpusVocabularyBuilder();
        builder.Add("Banjir melanda Kabupaten Sukatani. Warga di Sukatani mengungsi ke Sukatani Barat, kata Warsini Pratiwi.");
        builder.Add("Menteri Sosial Warsini Pratiwi meninjau pengungsi di Sukatani. Warsini mengatakan bantuan cukup.");
        var vocabulary = new CorpusVocabulary(builder.Lines().Where(l => !l.StartsWith('#')).Select((l, i) => (i + 1, l.Split('\t'))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vocabulary.Of("Sukatani").AfterPlaceWord, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Warsini").AfterPlaceWord, Is.Zero);
            Assert.That(vocabulary.Of("Warsini").CapitalizedInside, Is.GreaterThan(0));
        }
    }

    [Test]
    public void For_AnArticleOfTheCorpus_TakesItsOwnWordsBackOut()
    {
        const string counted = "Kepala Dinas Tanti Rohilawati mengatakan banjir surut, kata Tanti.";
        const string other = "Warga Bekasi mengeluh karena banjir, kata Tanti.";
        var builder = new CorpusVocabularyBuilder();
        builder.Add(counted);
        builder.Add(other);
        var vocabulary = new CorpusVocabulary(builder.Lines().Where(l => !l.StartsWith('#')).Select((l, i) => (i + 1, l.Split('\t'))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vocabulary.Articles, Is.EqualTo(2));
            Assert.That(vocabulary.Of("Tanti").BesideCue, Is.EqualTo(WordCounts.Bucket(3)));
            Assert.That(vocabulary.For(counted).Of("Tanti").BesideCue, Is.EqualTo(WordCounts.Bucket(1)));
            Assert.That(vocabulary.For(counted).Of("Rohilawati").Total, Is.Zero);
            Assert.That(vocabulary.For("Artikel lain tentang Tanti."), Is.SameAs(vocabulary));
        }
    }
}
