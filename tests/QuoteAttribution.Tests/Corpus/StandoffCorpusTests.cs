using NUnit.Framework;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Tests.Corpus;

public sealed class StandoffCorpusTests
{
    private const string Text = "Kepala BPBD Dedi Kurniawan mengatakan, air mulai surut. \"Kami siaga,\" kata Dedi.";

    private static string Standoff(string hash) =>
        "{\"id\": \"a1\", \"outlet\": \"Contoh\", \"text_sha256\": \"" + hash + "\", \"quotes\": [" +
        "{\"content\": [39, 54], \"type\": \"indirect\", \"cue\": [27, 37], \"source\": [0, 26], \"speaker\": \"Dedi Kurniawan\", \"speaker_type\": \"person\", \"aliases\": [\"Dedi\"], \"optional\": false}]}\n";

    private static (string Standoff, string Articles) Files(TempDirectory directory, string standoff)
    {
        var articles = Path.Combine(directory.Path, "articles.jsonl");
        File.WriteAllText(articles, Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "a1", outlet = "Contoh", text = Text }) + "\n");
        var path = Path.Combine(directory.Path, "standoff.jsonl");
        File.WriteAllText(path, standoff);
        return (path, articles);
    }

    [Test]
    public void Rebuild_MatchingText_GivesTheAnnotatedQuote()
    {
        using var directory = new TempDirectory();
        var (standoff, articles) = Files(directory, Standoff(StandoffCorpus.TextHash(Text)));
        var article = StandoffCorpus.Rebuild(standoff, articles).Single().Value!;
        var quote = article.Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Content, Is.EqualTo("air mulai surut"));
            Assert.That(quote.Cue, Is.EqualTo("mengatakan"));
            Assert.That(quote.Source, Is.EqualTo("Kepala BPBD Dedi Kurniawan"));
            Assert.That(quote.Speaker, Is.EqualTo("Dedi Kurniawan"));
            Assert.That(article.Article.GetString("outlet"), Is.EqualTo("Contoh"));
        }
    }

    [Test]
    public void Rebuild_ChangedText_NamesTheLineAndTheHash()
    {
        using var directory = new TempDirectory();
        var (standoff, articles) = Files(directory, "\n" + Standoff("00"));
        var result = StandoffCorpus.Rebuild(standoff, articles).Single();
        Assert.That(result.Error!.ToString(), Does.Contain("standoff.jsonl:2").And.Contain("text_sha256"));
    }

    [Test]
    public void Rebuild_ArticleMissing_SaysWhichArticle()
    {
        using var directory = new TempDirectory();
        var (standoff, articles) = Files(directory, Standoff(StandoffCorpus.TextHash(Text)).Replace("\"a1\"", "\"b9\"", StringComparison.Ordinal));
        Assert.That(StandoffCorpus.Rebuild(standoff, articles).Single().Error!.Message, Does.Contain("'b9'"));
    }
}
