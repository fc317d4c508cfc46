using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>The store commands as a user meets them: index, query, who-said and speaker on a store of our own articles.</summary>
public sealed class StoreCommandTests
{
    private TempDirectory temp = null!;
    private string db = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        db = Path.Combine(temp.Path, "klaim.db");
        var articles = temp.Write("berita.jsonl",
            "{\"id\": \"pompa\", \"text\": \"“Pompa air di Kampung Melayu sudah menyala,” kata Rina Wulandari.\"}\n" +
            "{\"id\": \"jalan\", \"text\": \"“Jalan Daan Mogot ditutup sampai banjir surut,” kata Agus Salim.\"}\n");
        var indexed = Kutip.RunStore("index", articles, "--db", db, "--quiet");
        Assert.That(indexed.ExitCode, Is.EqualTo(ExitCodes.Success), indexed.Stderr);
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Speaker_NameOfSixtyThousandCharacters_IsRefusedWithAClearMessage()
    {
        var result = Kutip.RunStore("speaker", new string('a', 60_000), "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("kutip: the speaker name has 60,000 characters; at most 200 are allowed\n"));
    }

    [Test]
    public void Query_SpeakerOfSixtyThousandCharacters_IsRefusedWithAClearMessage()
    {
        var result = Kutip.RunStore("query", "pompa", "--speaker", new string('a', 60_000), "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("kutip: the speaker name has 60,000 characters; at most 200 are allowed\n"));
    }

    [Test]
    public void Speaker_PartOfAName_StillFindsTheSpeaker()
    {
        var result = Kutip.RunStore("speaker", "Wulan", "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Does.StartWith("Rina Wulandari (person) · 1 quote\n"));
    }

    [Test]
    public void Query_TenKilobytesMatchingNothing_EchoesOnlyTheStartOfIt()
    {
        var query = string.Concat(Enumerable.Repeat("zebra ", 10_000 / 6));

        var result = Kutip.RunStore("query", query, "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Is.EqualTo($"kutip: no claim matches '{query[..60]}…' (9,996 characters)\n"));
    }

    [Test]
    public void Speaker_LongUnknownName_EchoesOnlyTheStartOfIt()
    {
        var name = string.Concat(Enumerable.Repeat("Wibowo ", 28));

        var result = Kutip.RunStore("speaker", name.TrimEnd(), "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(result.Stderr, Does.StartWith($"kutip: no speaker called '{name[..60]}…' (195 characters)"));
    }

    [TestCase("who-said")]
    [TestCase("query")]
    public void SearchCommands_TextOverTenThousandCharacters_AreRefusedWithAClearMessage(string command)
    {
        var result = Kutip.RunStore(command, new string('x', 10_001), "--db", db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("kutip: the text has 10,001 characters; at most 10,000 are allowed\n"));
    }

    [Test]
    public void Index_OneArticleWithOneQuote_CountsInTheSingular()
    {
        var article = temp.Write("satu.jsonl", "{\"id\": \"satu\", \"text\": \"“Kami siap,” kata Dewi Lestari.\"}\n");

        var result = Kutip.RunStore("index", article, "--db", Path.Combine(temp.Path, "satu.db"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stderr, Does.Match(
            @"^kutip: 1 article \(1 added, 0 replaced, 0 unchanged\), 0 errors, 1 quote written in [\d.]+ s; the store holds 1 article, 1 speaker, 1 claim, 1 appearance\n$"));
    }

    [Test]
    public void Index_SameIdTwiceInOneInput_SaysSoAndKeepsTheLaterArticle()
    {
        var input = temp.Write("ganda.jsonl",
            "{\"id\": \"ganda\", \"text\": \"“Jembatan selesai bulan depan,” kata Yudi Hartanto.\"}\n" +
            "{\"id\": \"lain\", \"text\": \"“Air bersih sudah mengalir,” kata Nina Kartika.\"}\n" +
            "{\"id\": \"ganda\", \"text\": \"“Jembatan selesai akhir tahun,” kata Yudi Hartanto.\"}\n");
        var store = Path.Combine(temp.Path, "ganda.db");

        var result = Kutip.RunStore("index", input, "--db", store, "--threads", "2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stderr, Does.StartWith($"kutip: warning: {input}:3: article 'ganda' was already read at {input}:1; this one replaces it\n"));
        Assert.That(Kutip.RunStore("query", "jembatan", "--db", store).Stdout, Does.Contain("akhir tahun").And.Not.Contain("bulan depan"));
    }
}
