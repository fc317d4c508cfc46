using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Server;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Server;

/// <summary>The JSON API of <c>kutip serve</c>, through an in-memory test host.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ApiTests
{
    // Two articles written for these tests: one speaker, two outlets, the older article second.
    private const string Harvest =
        "JAKARTA - Menteri Pertanian Rahmat Hidayat mengatakan, harga beras di pasar induk akan turun pekan depan.\n\n" +
        "\"Stok beras di gudang kami cukup untuk enam bulan,\" kata Rahmat di Jakarta, Senin.";

    private const string Fertiliser =
        "LAMONGAN - \"Petani jagung butuh pupuk bersubsidi sebelum musim tanam,\" ujar Menteri Pertanian Rahmat Hidayat saat berkunjung ke Lamongan.";

    private TempDirectory _folder = null!;
    private ServerFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartServer()
    {
        _folder = new TempDirectory();
        _factory = new ServerFactory(new ServerOptions { DatabasePath = Path.Combine(_folder.Path, "claims.db"), MaxBodyBytes = 64 * 1024 });
        _client = _factory.CreateClient();
    }

    [TearDown]
    public void StopServer()
    {
        _client.Dispose();
        _factory.Dispose();
        _folder.Dispose();
    }

    [Test]
    public async Task Analyse_SampleAsPlainText_ReturnsExactlyTheRecordKutipExtractWrites()
    {
        var path = Path.Combine(Repository.Root, "samples", "banjir-bekasi.txt");
        var expected = new StringWriter { NewLine = "\n" };
        var writer = IAnalysisWriter.Create(AnalysisFormat.Jsonl, expected);
        var article = ArticleReader.ReadFile(path).Single().Value!;
        writer.Write(article, ServerFactory.Engine.Analyze(article.Text));

        using var response = await _client.PostAsync("/api/analyse?id=banjir-bekasi&format=jsonl", Plain(await File.ReadAllTextAsync(path)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(expected.ToString()));
    }

    [Test]
    public async Task Analyse_JsonArray_GivesOneRecordPerArticleInOrderWithTheirSpeakers()
    {
        var body = new JArray(Article("panen", Harvest), Article("pupuk", Fertiliser)).ToString();

        using var response = await _client.PostAsync("/api/analyse", Json(body));
        var records = JArray.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records.Select(r => (string?)r["id"]), Is.EqualTo(new[] { "panen", "pupuk" }));
        Assert.That(records.SelectMany(r => r["quotes"]!).Select(q => (string?)q["speaker"]), Is.All.EqualTo("Rahmat Hidayat"));
        Assert.That((string?)records[0]["outlet"], Is.EqualTo("Warta Kota"), "input fields are carried through");
    }

    [Test]
    public async Task Analyse_JsonLinesWithABadLine_IsAProblemNamingTheLine()
    {
        var body = Article("panen", Harvest).ToString(Newtonsoft.Json.Formatting.None) + "\n{\"id\": \"kosong\"}\n";

        using var response = await _client.PostAsync("/api/analyse", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var problem = await Problem(response, HttpStatusCode.BadRequest);

        Assert.That((string?)problem["detail"], Does.Contain("request:2: no \"text\" field"));
        Assert.That(problem["errors"]!.Values<string>(), Is.EqualTo(new[] { "request:2: no \"text\" field" }));
    }

    [Test]
    public async Task Analyse_BodyOverTheLimit_IsA413Problem()
    {
        using var response = await _client.PostAsync("/api/analyse", Plain(new string('a', 70 * 1024)));
        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.That((string?)problem["detail"], Does.Contain("larger than 65,536 bytes"));
    }

    [Test]
    public async Task Analyse_InvalidUtf8_IsAProblemGivingTheOffset()
    {
        var bytes = new ByteArrayContent([0x22, 0x4B, 0x61, 0xC3, 0x28, 0x22]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await _client.PostAsync("/api/analyse", bytes);
        var problem = await Problem(response, HttpStatusCode.BadRequest);

        Assert.That((string?)problem["detail"], Is.EqualTo("the request body is not valid UTF-8 (bad byte at offset 3)"));
    }

    [TestCase("", "the request body is empty")]
    [TestCase("[1, 2]", "item:1: not a JSON object")]
    public async Task Analyse_NoUsableArticle_IsAProblemSayingWhy(string body, string expected)
    {
        using var response = await _client.PostAsync("/api/analyse", Json(body));
        var problem = await Problem(response, HttpStatusCode.BadRequest);

        Assert.That((string?)problem["detail"], Does.Contain(expected));
    }

    [Test]
    public async Task Analyse_UnknownFormat_IsAProblemNamingTheChoices()
    {
        using var response = await _client.PostAsync("/api/analyse?format=xml", Plain(Harvest));
        var problem = await Problem(response, HttpStatusCode.BadRequest);

        Assert.That((string?)problem["detail"], Is.EqualTo("format must be one of json, jsonl, not 'xml'"));
    }

    [Test]
    public async Task Index_ThenSearch_FindsTheClaimsTheirSpeakerAndTheArticlesOldestFirst()
    {
        var body = Article("panen", Harvest, "2024-05-02").ToString(Newtonsoft.Json.Formatting.None) + "\n" +
                   Article("pupuk", Fertiliser, "2023-11-20").ToString(Newtonsoft.Json.Formatting.None) + "\n";

        using var indexed = await _client.PostAsync("/api/index", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var outcome = JObject.Parse(await indexed.Content.ReadAsStringAsync());
        var hits = JArray.Parse(await _client.GetStringAsync("/api/query?text=pupuk"));
        var whoSaid = JArray.Parse(await _client.GetStringAsync("/api/who-said?sentence=" + Uri.EscapeDataString("stok beras cukup enam bulan")));
        var speakers = JArray.Parse(await _client.GetStringAsync("/api/speakers?name=Rahmat"));
        using var again = await _client.PostAsync("/api/index", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.That(indexed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((int)outcome["added"]!, Is.EqualTo(2));
        Assert.That((string?)hits.Single()["speaker"], Is.EqualTo("Rahmat Hidayat"));
        Assert.That((string?)hits.Single()["snippet"], Does.Contain("[pupuk]"));
        Assert.That((string?)whoSaid[0]["claim"], Is.EqualTo("Stok beras di gudang kami cukup untuk enam bulan"));
        var speaker = speakers.Single();
        Assert.That((string?)speaker["name"], Is.EqualTo("Rahmat Hidayat"));
        Assert.That(speaker["claims"]!.Select(c => (string?)c["article"]), Is.EqualTo(new[] { "pupuk", "panen", "panen" }), "oldest article first");
        Assert.That((string?)speaker["claims"]![0]!["url"], Is.EqualTo("https://contoh.id/pupuk"));
        Assert.That((int)JObject.Parse(await again.Content.ReadAsStringAsync())["unchanged"]!, Is.EqualTo(2), "re-indexing changes nothing");
    }

    [Test]
    public async Task Query_BeforeAnythingIsIndexed_IsA404ProblemSayingToIndexFirst()
    {
        using var response = await _client.GetAsync("/api/query?text=beras");
        var problem = await Problem(response, HttpStatusCode.NotFound);

        Assert.That((string?)problem["detail"], Does.Contain("index articles first"));
    }

    [TestCase("/api/query", "give the words to search for as the 'text' parameter")]
    [TestCase("/api/query?text=beras&limit=lots", "limit must be a whole number from 1 to 1000, not 'lots'")]
    [TestCase("/api/query?text=beras&since=kemarin", "since must be a date like 2025-03-01, not 'kemarin'")]
    [TestCase("/api/who-said", "give the sentence as the 'sentence' parameter")]
    [TestCase("/api/speakers", "give the speaker's name as the 'name' parameter")]
    public async Task StoreQuery_MissingOrBadParameter_IsAProblemNamingIt(string url, string expected)
    {
        using var response = await _client.GetAsync(url);
        var problem = await Problem(response, HttpStatusCode.BadRequest);

        Assert.That((string?)problem["detail"], Is.EqualTo(expected));
    }

    [Test]
    public async Task Speaker_NotInTheStore_IsA404Problem()
    {
        using var indexed = await _client.PostAsync("/api/index?id=panen", Plain(Harvest));
        using var response = await _client.GetAsync("/api/speakers?name=Siti%20Aminah");
        var problem = await Problem(response, HttpStatusCode.NotFound);

        Assert.That((string?)problem["detail"], Is.EqualTo("no speaker called 'Siti Aminah' in the store"));
    }

    [TestCase("graph-json", "application/json", "\"nodes\"")]
    [TestCase("jsonld", "application/ld+json", "\"@context\"")]
    [TestCase("graphml", "application/graphml+xml", "<graphml")]
    [TestCase("dot", "text/vnd.graphviz", "digraph")]
    public async Task Graph_EachFormat_IsADownloadOfThatFormatNamingTheSpeaker(string format, string mediaType, string marker)
    {
        using var response = await _client.PostAsync("/api/graph?format=" + format, Plain(Harvest));
        var content = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(content, Does.Contain(marker).And.Contain("Rahmat Hidayat"));
    }

    [Test]
    public async Task OpenApi_DocumentDescribesEveryEndpoint()
    {
        var document = JObject.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var paths = ((JObject)document["paths"]!).Properties().Select(p => p.Name);

        Assert.That(paths, Is.EquivalentTo(new[] { "/api/analyse", "/api/graph", "/api/query", "/api/who-said", "/api/speakers", "/api/store", "/api/index" }));
        Assert.That(document["paths"]!["/api/analyse"]!["post"]!["requestBody"]!["content"]!.Children<JProperty>().Select(p => p.Name),
            Is.SupersetOf(new[] { "application/json", "application/x-ndjson", "text/plain" }));
    }

    [Test]
    public async Task Page_IsServedWithAPolicyAllowingOnlyThisServerAndNoAssetFromElsewhere()
    {
        using var page = await _client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var css = await _client.GetStringAsync("/app.css");
        var script = await _client.GetStringAsync("/app.js");

        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'; script-src 'self'"));
        Assert.That(html, Does.Contain("<script src=\"/app.js\"").And.Contain("name=\"viewport\""));
        Assert.That(new[] { html, css, script }, Has.None.Contains("://"), "no asset comes from another origin");
    }

    [Test]
    public async Task UnknownPath_IsAProblemInJson()
    {
        using var response = await _client.GetAsync("/api/nothing-here");

        await Problem(response, HttpStatusCode.NotFound);
    }

    private static JObject Article(string id, string text, string date = "2024-05-02") => new()
    {
        ["id"] = id,
        ["outlet"] = id == "panen" ? "Warta Kota" : "Kabar Desa",
        ["url"] = "https://contoh.id/" + id,
        ["date"] = date,
        ["text"] = text,
    };

    private static StringContent Plain(string text) => new(text, Encoding.UTF8, "text/plain");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JObject> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.That((int?)problem["status"], Is.EqualTo((int)status));
        return problem;
    }
}
