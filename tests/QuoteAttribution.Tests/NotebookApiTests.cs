using NUnit.Framework;
using QuoteAttribution.Claims;
using QuoteAttribution.Corpus;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests;

/// <summary>Issue 11: what a notebook user does in a line or two, on articles of our own writing.</summary>
public sealed class NotebookApiTests
{
    private static readonly QuoteExtractor Extractor = new();

    private const string StockText =
        "Menteri Pertanian Budi Santoso mengatakan stok beras nasional cukup hingga Lebaran. " +
        "\"Kami sudah menyiapkan cadangan di setiap provinsi,\" kata Budi.";

    private const string ChiliText = "\"Harga cabai akan turun pekan depan,\" ujar Menteri Pertanian Budi Santoso di Jakarta, Senin.";

    private static string Jsonl(params (string Id, string Outlet, string Date, string Text)[] articles) =>
        string.Concat(articles.Select(a =>
            $"{{\"id\":\"{a.Id}\",\"outlet\":\"{a.Outlet}\",\"date\":\"{a.Date}\",\"text\":{Newtonsoft.Json.JsonConvert.ToString(a.Text)}}}\n"));

    private static string TwoArticles(TempDirectory temp)
    {
        var path = Path.Combine(temp.Path, "articles.jsonl");
        File.WriteAllText(path, Jsonl(("pangan-1", "Kabar Pagi", "2025-01-10", StockText), ("pangan-2", "Warta Kota", "2025-02-03", ChiliText)));
        return path;
    }

    [Test]
    public void Analyze_Record_KeepsTheIdAndGivesOneRowPerQuote()
    {
        var article = Extractor.Analyze(new ArticleRecord("pangan-1", StockText));

        var rows = article.ToRows();

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows.Select(r => (r.ArticleId, r.Speaker, r.Type, r.Cue)), Is.EqualTo(new[]
        {
            ("pangan-1", "Budi Santoso", "indirect", "mengatakan"),
            ("pangan-1", "Budi Santoso", "direct", "kata"),
        }));
        Assert.That(rows[1].Content, Is.EqualTo("Kami sudah menyiapkan cadangan di setiap provinsi"));
        Assert.That(rows.Select(r => r.Confidence), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void ToString_OfResults_ReadsLikeTheTextReport()
    {
        var article = Extractor.Analyze(new ArticleRecord("pangan-1", StockText));

        Assert.That(article.ToString(), Does.StartWith("pangan-1 · 2 quotes\n  1. indirect · Budi Santoso (person) · cue \"mengatakan\""));
        Assert.That(article.Analysis.ToString(), Does.StartWith("2 quotes\n  1. indirect · Budi Santoso (person)"));
        Assert.That(article.Quotes[1].ToString(), Does.StartWith("direct · Budi Santoso (person) · cue \"kata\" · source \"Budi\"")
            .And.EndWith("· “Kami sudah menyiapkan cadangan di setiap provinsi”"));
    }

    [Test]
    public void AnalyzeFile_JsonLines_CarriesOutletAndDateIntoTheRows()
    {
        using var temp = new TempDirectory();

        var rows = Extractor.AnalyzeFile(TwoArticles(temp)).ToRows().ToList();

        Assert.That(rows.Select(r => (r.ArticleId, r.Outlet, r.Date)).Distinct(), Is.EqualTo(new[]
        {
            ("pangan-1", "Kabar Pagi", "2025-01-10"),
            ("pangan-2", "Warta Kota", "2025-02-03"),
        }));
        Assert.That(rows.Last().Content, Is.EqualTo("Harga cabai akan turun pekan depan"));
    }

    [Test]
    public void AnalyzeFile_BadLine_GivesTheArticlesBeforeItThenNamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "broken.jsonl");
        File.WriteAllText(path, Jsonl(("pangan-1", "Kabar Pagi", "2025-01-10", StockText)) + "{\"id\": \"pangan-2\"}\n");
        var given = new List<string>();

        Assert.That(() => { foreach (var a in Extractor.AnalyzeFile(path)) { given.Add(a.Id); } },
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo($"{path}:2: no \"text\" field"));
        Assert.That(given, Is.EqualTo(new[] { "pangan-1" }));
    }

    [Test]
    public async Task AnalyzeAsync_Stream_GivesWhatTheSynchronousCallGives()
    {
        var records = new[] { new ArticleRecord("a", StockText), new ArticleRecord("b", ChiliText) };

        var results = new List<AnalyzedArticle>();
        await foreach (var article in Extractor.AnalyzeAsync(Feed(records)))
        {
            results.Add(article);
        }

        Assert.That(results.ToRows(), Is.EqualTo(Extractor.Analyze(records).ToRows()));
    }

    [Test]
    public void WriteCsv_CellsWithCommasAndQuotes_AreQuotedAsRfc4180()
    {
        var rows = new[] { new QuoteRow("a-1", "Kabar Pagi", null, "Budi Santoso", "person", "direct", "kata", "Kami siap, \"sangat\" siap", 0.95) };
        using var csv = new StringWriter();

        rows.WriteCsv(csv);

        Assert.That(csv.ToString(), Is.EqualTo(
            "article,outlet,date,speaker,speaker_type,type,cue,content,confidence\n" +
            "a-1,Kabar Pagi,,Budi Santoso,person,direct,kata,\"Kami siap, \"\"sangat\"\" siap\",0.950\n"));
    }

    [Test]
    public void ClaimGraph_FromTwoArticles_IsOneSpeakerNodeForTheMinister()
    {
        var graph = ClaimGraph.From(Extractor.Analyze([new ArticleRecord("pangan-1", StockText), new ArticleRecord("pangan-2", ChiliText)]));

        var budi = graph.Speakers.Single(s => s.Name == "Budi Santoso");
        Assert.That(budi.NamesByArticle.Keys, Is.EquivalentTo(new[] { "pangan-1", "pangan-2" }));
        Assert.That(graph.Claims, Has.Count.EqualTo(3));
        Assert.That(graph.ToString(), Does.StartWith("claim graph · 2 articles · 1 speaker · 3 claims"));
        using var dot = new StringWriter();
        graph.WriteTo(dot, ClaimGraphFormat.Dot);
        Assert.That(dot.ToString(), Does.StartWith("digraph").And.Contain("Budi Santoso"));
    }

    [Test]
    public void ClaimStore_IndexedArticles_AnswerQueryWhoSaidAndSpeaker()
    {
        using var temp = new TempDirectory();
        var articles = Extractor.AnalyzeFile(TwoArticles(temp)).ToList();
        using var store = ClaimStore.Open(Path.Combine(temp.Path, "claims.db"), create: true);

        var counts = store.Index(articles);

        Assert.That(counts, Is.EqualTo(new StoreCounts(Articles: 2, Speakers: 1, Claims: 3, Appearances: 3)));
        Assert.That(store.Index(articles), Is.EqualTo(counts), "indexing again changes nothing");
        Assert.That(counts.ToString(), Is.EqualTo("2 articles · 1 speaker · 3 claims · 3 appearances"));
        var hit = store.Query("cabai").Single();
        Assert.That((hit.Speaker, hit.ArticleId, hit.Outlet), Is.EqualTo(("Budi Santoso", "pangan-2", "Warta Kota")));
        Assert.That(hit.ToString(), Does.StartWith("Budi Santoso · pangan-2 · score ").And.EndWith("“Harga [cabai] akan turun pekan depan”"));
        Assert.That(store.WhoSaid("cadangan beras disiapkan di tiap provinsi", limit: 1).Single().Claim, Is.EqualTo("Kami sudah menyiapkan cadangan di setiap provinsi"));
        var minister = store.FindSpeakers("Budi").Single();
        Assert.That(store.ClaimsOf(minister).Select(c => c.Date), Is.EqualTo(new[] { "2025-01-10", "2025-01-10", "2025-02-03" }));
        Assert.That(minister.ToString(), Does.StartWith("Budi Santoso (person) · also Budi"));
    }

    private static async IAsyncEnumerable<ArticleRecord> Feed(IEnumerable<ArticleRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
