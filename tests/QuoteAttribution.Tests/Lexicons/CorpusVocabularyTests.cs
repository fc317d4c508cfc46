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
        var error = Assert.Throws<FormatException>(() => new CorpusVocabulary([(1, new[] { "kata", "12345" }), (7, new[] { "rusak", "12" })]));
        Assert.That(error!.Message, Does.Contain(":7:"));
    }

    [Test]
    public void Builder_CountsHowWordsAreWritten()
    {
        var builder = new CorpusVocabularyBuilder();
        for (var i = 0; i < 4; i++)
        {
            builder.Add("Warga Bekasi mengeluh. Kepala Dinas Tanti Rohilawati mengatakan banjir surut, kata Tanti.");
        }

        var lines = builder.Lines().Where(l => !l.StartsWith('#')).ToDictionary(l => l.Split('\t')[0], l => l.Split('\t')[1]);
        var vocabulary = new CorpusVocabulary(lines.Select((p, i) => (i + 1, new[] { p.Key, p.Value })));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vocabulary.Of("mengatakan").Lower, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Tanti").BesideCue, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Rohilawati").RunLast, Is.EqualTo(WordCounts.Bucket(4)));
            Assert.That(vocabulary.Of("Kepala").RunFirst, Is.EqualTo(WordCounts.Bucket(4)));
        }
    }
}
