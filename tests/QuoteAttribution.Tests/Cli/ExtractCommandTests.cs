using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

public sealed class ExtractCommandTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Extract_FourThreadsOverHundredsOfArticles_KeepsInputOrder()
    {
        // Article lengths vary a lot, so workers finish out of order.
        var lines = Enumerable.Range(0, 400).Select(i => Line($"a{i:D3}",
            $"“{string.Concat(Enumerable.Repeat("Harga beras naik lagi. ", (i * 37) % 50 + 1))},” kata Warga {i}."));
        var path = temp.Write("banyak.jsonl", string.Join('\n', lines) + "\n");

        var result = Kutip.Run("extract", path, "--threads", "4", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]),
            Is.EqualTo(Enumerable.Range(0, 400).Select(i => $"a{i:D3}")));
        Assert.That(result.StdoutLines.Select(l => (string?)JObject.Parse(l)["quotes"]![0]!["speaker"]),
            Is.EqualTo(Enumerable.Range(0, 400).Select(i => $"Warga {i}")));
    }

    [Test]
    public void Extract_BrokenLineInTheMiddle_NamesFileAndLineWritesTheRestAndExitsOne()
    {
        var path = temp.Write("berita.jsonl",
            Line("a1", "Satu.") + "\n" + Line("a2", "Dua.") + "\n{\"id\": \"a3\", \"text\": \n" + Line("a4", "Empat.") + "\n");

        var result = Kutip.Run("extract", path, "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.StartWith($"kutip: {path}:3: not JSON ("));
        Assert.That(result.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EqualTo(new[] { "a1", "a2", "a4" }));
    }

    [Test]
    public void Extract_GraphMlOfIdAndQuoteWithCharactersXmlForbids_WritesTheWholeGraphAndExitsZero()
    {
        // Issue 13, item 2: an id holding U+0001 and a quote holding U+FFFF crashed the GraphML export (exit 134).
        var path = temp.Write("aneh.jsonl",
            "{\"id\": \"aneh\\u0001\", \"text\": \"“Air\\uffff sudah surut,” kata Rudi.\"}\n" +
            "{\"id\": \"biasa\", \"text\": \"“Jalan ditutup,” kata Rina.\"}\n");

        var result = Kutip.Run("extract", path, "--format", "graphml", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        var graph = System.Xml.Linq.XDocument.Parse(result.Stdout);
        Assert.That(graph.Descendants().Count(e => e.Name.LocalName == "node" && ((string?)e.Attribute("id"))!.StartsWith("article:", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Extract_AllGood_ExitsZeroAndSummarises()
    {
        var path = temp.Write("berita.jsonl", Line("a1", "“Banjir sudah surut,” kata Rudi.") + "\n");

        var result = Kutip.Run("extract", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Does.Match(
            @"^kutip: 1 article, 0 errors, 1 quote in [\d.]+ s \([\d,]+ articles/s, [\d,]+ words/s\), peak working set [\d,]+ MB\n$"));
    }

    [Test]
    public void Extract_Quiet_PrintsNothingOnStderr()
    {
        var path = temp.Write("berita.jsonl", Line("a1", "Satu.") + "\n");

        var result = Kutip.Run("extract", "-q", path);

        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.StdoutLines, Has.Length.EqualTo(1));
    }

    [Test]
    public void Extract_NoFile_ReadsStandardInput()
    {
        var result = Kutip.RunWithInput(Line("s1", "“Kami siap,” kata Dewi.") + "\n{\"text\": \"Tanpa id.\"}\n", "extract", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EqualTo(new[] { "s1", "stdin:2" }));
    }

    [Test]
    public void Extract_FilesAndStandardInput_AreReadInTheGivenOrder()
    {
        var first = temp.Write("satu.txt", "Isi berkas teks.");
        var last = temp.Write("tiga.jsonl", Line("t3", "Tiga.") + "\n");

        var result = Kutip.RunWithInput(Line("s2", "Dua.") + "\n", "extract", first, "-", last, "--quiet");

        Assert.That(result.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EqualTo(new[] { "satu", "s2", "t3" }));
    }

    [Test]
    public void Extract_FormatText_ShowsTheSpeaker()
    {
        var result = Kutip.RunWithInput(
            """{"id": "t1", "title": "Pasar Ramai", "text": "“Pembeli datang sejak subuh,” kata Siti Rahayu."}""" + "\n",
            "extract", "--format", "text", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.StartWith("t1 · Pasar Ramai · 1 quote\n"));
        Assert.That(result.Stdout, Does.Contain("Siti Rahayu (person)").And.Contain("“Pembeli datang sejak subuh”"));
    }

    [Test]
    public void Extract_FormatJson_WritesOneArray()
    {
        var result = Kutip.RunWithInput(Line("j1", "Satu.") + "\n" + Line("j2", "Dua.") + "\n", "extract", "--format=json", "-q");

        Assert.That(JArray.Parse(result.Stdout).Select(a => (string?)a["id"]), Is.EqualTo(new[] { "j1", "j2" }));
    }

    [Test]
    public void Extract_OutputFile_IsUtf8WithoutByteOrderMark()
    {
        var output = Path.Combine(temp.Path, "hasil.jsonl");

        var result = Kutip.RunWithInput(Line("u1", "“Énak sekali 😀,” kata Ani.") + "\n", "extract", "-o", output, "-q");
        var bytes = File.ReadAllBytes(output);

        Assert.That(result.Stdout, Is.Empty);
        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("“Énak sekali 😀").And.EndWith("}\n"));
    }

    [Test]
    public void Extract_MissingFile_IsReportedAndTheOtherFilesStillGoOut()
    {
        var missing = Path.Combine(temp.Path, "hilang.jsonl");
        var present = temp.Write("ada.jsonl", Line("a1", "Ada.") + "\n");

        var result = Kutip.Run("extract", missing, present, "-q");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Is.EqualTo($"kutip: {missing}: file not found\n"));
        Assert.That(result.StdoutLines, Has.Length.EqualTo(1));
    }

    [Test]
    public void Extract_EngineFailsOnOneArticle_ReportsItWithoutStackTraceAndWritesTheOthers()
    {
        var path = temp.Write("berita.jsonl",
            Line("a1", "Satu.") + "\n" + Line("a2", $"Teks {FakeEngine.Poison}.") + "\n" + Line("a3", "Tiga.") + "\n");

        var result = Kutip.Run("extract", path, "-q");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Is.EqualTo(
            $"kutip: {path}:2: analysis failed (InvalidOperationException: the engine choked)\n"));
        Assert.That(result.StdoutLines, Has.Length.EqualTo(2));
    }

    [TestCase("--format", "xml", "unknown --format 'xml' (expected jsonl, json, text, graph-json, jsonld, graphml, dot)")]
    [TestCase("--threads", "0", "--threads must be a whole number from 1 to 1024, not '0'")]
    [TestCase("--threads", "banyak", "--threads must be a whole number from 1 to 1024, not 'banyak'")]
    [TestCase("--bahasa", "id", "unknown option '--bahasa'")]
    [TestCase("--quiet=ya", "-", "option '--quiet' takes no value")]
    [TestCase("-", "--output", "option '--output' needs a value (FILE)")]
    [TestCase("-", "-", "standard input ('-') can be read only once")]
    public void Extract_UsageMistake_IsExplainedAndExitsTwo(string first, string second, string message)
    {
        var result = Kutip.Run("extract", first, second);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Is.EqualTo($"kutip: {message}\nRun 'kutip extract --help' for usage.\n"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Extract_OutputIsAnInput_IsAUsageError()
    {
        var path = temp.Write("berita.jsonl", Line("a1", "Satu.") + "\n");

        var result = Kutip.Run("extract", path, "--output", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(File.ReadAllText(path), Does.Contain("Satu."));
    }

    private static string Line(string id, string text) => new JObject { ["id"] = id, ["text"] = text }.ToString(Newtonsoft.Json.Formatting.None);
}
