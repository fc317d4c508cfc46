using System.Text;
using NUnit.Framework;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Tests.Corpus;

public sealed class ArticleReaderTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void ReadFile_JsonLines_YieldsOneArticlePerLine()
    {
        var path = temp.Write("berita.jsonl",
            """{"id": "a1", "text": "Menurut dia, harga beras akan turun."}""" + "\n" +
            """{"id": "a2", "text": "Warga berharap jalan segera diperbaiki."}""" + "\n");

        var items = ArticleReader.ReadFile(path).ToList();

        Assert.That(items.Select(i => i.Value?.Id), Is.EqualTo(new[] { "a1", "a2" }));
        Assert.That(items[1].Value!.Text, Is.EqualTo("Warga berharap jalan segera diperbaiki."));
        Assert.That(items[1].Location, Is.EqualTo(new SourceLocation(path, 2)));
    }

    [Test]
    public void ReadFile_MissingFile_YieldsFileNotFoundError()
    {
        var path = Path.Combine(temp.Path, "tidak-ada.jsonl");

        var item = ArticleReader.ReadFile(path).Single();

        Assert.That(item.Error?.ToString(), Is.EqualTo($"{path}: file not found"));
    }

    [Test]
    public void ReadFile_Directory_YieldsError()
    {
        var item = ArticleReader.ReadFile(temp.Path).Single();

        Assert.That(item.Error?.Message, Does.Contain("directory"));
    }

    [Test]
    public void ReadFile_BrokenLineInTheMiddle_ReportsThatLineAndReadsTheRest()
    {
        var path = temp.Write("berita.jsonl",
            """{"id": "a1", "text": "Satu."}""" + "\n" +
            """{"id": "a2", "text": "Dua""" + "\n" +
            """{"id": "a3", "text": "Tiga."}""" + "\n");

        var items = ArticleReader.ReadFile(path).ToList();

        Assert.That(items, Has.Count.EqualTo(3));
        Assert.That(items[0].Value?.Id, Is.EqualTo("a1"));
        Assert.That(items[1].Error?.ToString(), Does.StartWith($"{path}:2: not JSON ("));
        Assert.That(items[2].Value?.Id, Is.EqualTo("a3"));
    }

    [TestCase("[1, 2, 3]", "not a JSON object")]
    [TestCase("\"teks saja\"", "not a JSON object")]
    [TestCase("""{"id": "a1"}""", "no \"text\" field")]
    [TestCase("""{"id": "a1", "text": 42}""", "\"text\" must be a string")]
    [TestCase("""{"id": "a1", "text": null}""", "\"text\" must be a string")]
    [TestCase("""{"id": 7, "text": "Tujuh."}""", "\"id\" must be a string")]
    public void ReadFile_BadRecord_YieldsErrorWithLineAndMessage(string line, string message)
    {
        var path = temp.Write("berita.jsonl", """{"id": "ok", "text": "Baik."}""" + "\n" + line + "\n");

        var error = ArticleReader.ReadFile(path).Last().Error;

        Assert.That(error?.ToString(), Is.EqualTo($"{path}:2: {message}"));
    }

    [Test]
    public void ReadFile_TextAfterTheObject_IsNotJson()
    {
        var path = temp.Write("berita.jsonl", """{"id": "a1", "text": "Satu."} sisa""" + "\n");

        var error = ArticleReader.ReadFile(path).Single().Error;

        Assert.That(error?.Message, Does.StartWith("not JSON ("));
    }

    [Test]
    public void ReadFile_MissingOrNullId_GetsFileNameAndLine()
    {
        var path = temp.Write("berita.jsonl",
            """{"text": "Tanpa id."}""" + "\n" + """{"id": null, "text": "Id kosong."}""" + "\n");

        var ids = ArticleReader.ReadFile(path).Select(i => i.Value?.Id).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "berita.jsonl:1", "berita.jsonl:2" }));
    }

    [Test]
    public void ReadFile_InvalidUtf8_ReportsThatLineAndReadsTheRest()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id": "a1", "text": "Sat""")
            .Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes("u.\"}\n" + """{"id": "a2", "text": "Dua."}""" + "\n"))
            .ToArray();
        var path = temp.WriteBytes("rusak.jsonl", bytes);

        var items = ArticleReader.ReadFile(path).ToList();

        Assert.That(items[0].Error?.ToString(), Is.EqualTo($"{path}:1: invalid UTF-8 (byte 0xFF at column 26)"));
        Assert.That(items[1].Value?.Id, Is.EqualTo("a2"));
    }

    [Test]
    public void ReadFile_ByteOrderMark_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"id": "a1", "text": "Ya."}""")).ToArray();
        var path = temp.WriteBytes("bom.jsonl", bytes);

        var item = ArticleReader.ReadFile(path).Single();

        Assert.That(item.Value?.Id, Is.EqualTo("a1"));
    }

    [Test]
    public void ReadFile_BlankLinesAndCrLf_AreSkippedAndLinesStillCounted()
    {
        var path = temp.Write("berita.jsonl",
            "\r\n" + """{"id": "a1", "text": "Satu."}""" + "\r\n   \r\n\n" + """{"id": "a2", "text": "Dua."}""" + "\r\n");

        var items = ArticleReader.ReadFile(path).ToList();

        Assert.That(items.Select(i => i.Location.Line), Is.EqualTo(new[] { 2, 5 }));
        Assert.That(items.Select(i => i.Value?.Text), Is.EqualTo(new[] { "Satu.", "Dua." }));
    }

    [Test]
    public void ReadFile_PlainText_IsOneArticleNamedAfterTheFile()
    {
        const string text = "Harga beras akan turun, kata dia.\r\n\r\n“Kami siap,” ujarnya.\n";
        var path = temp.Write("harga-beras.txt", text);

        var item = ArticleReader.ReadFile(path).Single();

        Assert.That(item.Value?.Id, Is.EqualTo("harga-beras"));
        Assert.That(item.Value?.Text, Is.EqualTo(text));
    }

    [Test]
    public void ReadFile_PlainTextWithInvalidUtf8_NamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("Baris satu.\nBaris ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var path = temp.WriteBytes("rusak.txt", bytes);

        var error = ArticleReader.ReadFile(path).Single().Error;

        Assert.That(error?.ToString(), Is.EqualTo($"{path}:2: invalid UTF-8 (byte 0xC3 at column 7)"));
    }

    [Test]
    public void ReadJsonLines_StandardInput_NamesStdinInErrorsAndIds()
    {
        using var stdin = new StringReader("""{"text": "Dari stdin."}""" + "\nbukan json\n");

        var items = ArticleReader.ReadJsonLines(stdin).ToList();

        Assert.That(items[0].Value?.Id, Is.EqualTo("stdin:1"));
        Assert.That(items[1].Error?.ToString(), Does.StartWith("stdin:2: not JSON ("));
    }

    [Test]
    public void ReadJsonLines_StrictReaderWithInvalidLine_ReportsItAndGoesOn()
    {
        var bytes = new byte[] { 0x7B, 0xFE, 0x7D, 0x0A }.Concat(Encoding.UTF8.GetBytes("""{"id": "a2", "text": "Dua."}""")).ToArray();
        using var stdin = new StrictUtf8LineReader(new MemoryStream(bytes));

        var items = ArticleReader.ReadJsonLines(stdin).ToList();

        Assert.That(items[0].Error?.ToString(), Is.EqualTo("stdin:1: invalid UTF-8 (byte 0xFE at column 2)"));
        Assert.That(items[1].Value?.Id, Is.EqualTo("a2"));
    }

    [Test]
    public void ReadJsonLines_OtherFields_AreKeptAndQuotesDropped()
    {
        using var input = new StringReader("""{"id": "a1", "title": "Judul", "date": "2024-05-01", "text": "Isi.", "quotes": [1]}""");

        var article = ArticleReader.ReadJsonLines(input).Single().Value!;

        Assert.That(article.Title, Is.EqualTo("Judul"));
        Assert.That(article.GetString("date"), Is.EqualTo("2024-05-01"));
        Assert.That(article.GetString("quotes"), Is.Null);
    }
}
