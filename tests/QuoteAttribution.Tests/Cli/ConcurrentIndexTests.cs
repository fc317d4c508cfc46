using NUnit.Framework;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Corpus;
using QuoteAttribution.Tests.Store;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Issue 13, item 3, and issue 12: kutip index processes writing one store at once (a SQLite file, a PostgreSQL
/// database) take turns and merge speakers as one run; nothing is lost, nothing is stored twice, the store stays whole.
/// </summary>
[TestFixture(StoreBackend.Sqlite)]
[TestFixture(StoreBackend.Postgres)]
public sealed class ConcurrentIndexTests(string backend)
{
    private static readonly string[] Names =
    [
        "Rina Wulandari", "Rina", "Agus Salim", "Agus", "Bambang Triyono", "Yanti Purba", "Hendra Gunawan", "Hendra",
        "Sri Rejeki", "Teguh Prakoso", "Maya Anggraini", "Fajar Nugroho", "Fajar", "Lestari Handayani", "I Made Sudarsana",
        "Made Sudarsana", "Capres Arif Budiman", "Arif Budiman",
    ];

    private StoreBackend stores = null!;

    [OneTimeSetUp]
    public void WriteArticles()
    {
        stores = StoreBackend.For(backend);
        var articles = Enumerable.Range(0, 400).Select(i =>
            $"{{\"id\": \"harga-{i:D3}\", \"date\": \"2025-01-{1 + (i % 28):D2}\", \"text\": \"“Harga beras di pasar {i} turun minggu ini,” kata {Names[i % Names.Length]}.\"}}");
        var input = string.Join('\n', articles) + "\n";
        var extracted = Kutip.RunWithInput(input, "extract", "--quiet");
        Assert.That(extracted.ExitCode, Is.Zero, extracted.Stderr);
        var lines = extracted.StdoutLines;
        File.WriteAllLines(Path.Combine(stores.Folder, "semua.jsonl"), lines);
        File.WriteAllLines(Path.Combine(stores.Folder, "awal.jsonl"), lines[..200]);
        File.WriteAllLines(Path.Combine(stores.Folder, "akhir.jsonl"), lines[200..]);
        File.WriteAllLines(Path.Combine(stores.Folder, "satu.jsonl"), lines.Where((_, i) => i % 3 == 0));
        File.WriteAllLines(Path.Combine(stores.Folder, "dua.jsonl"), lines.Where((_, i) => i % 3 == 1));
        File.WriteAllLines(Path.Combine(stores.Folder, "tiga.jsonl"), lines.Where((_, i) => i % 3 == 2));
        var (exitCode, stderr) = KutipProcess.Shell($"kutip index semua.jsonl --db {Db("satu.db")} --quiet", stores.Folder);
        Assert.That(exitCode, Is.Zero, stderr);
    }

    [OneTimeTearDown]
    public void RemoveArticles() => stores?.Dispose();

    /// <summary>The store called <paramref name="name"/> as a shell word.</summary>
    private string Db(string name) => "'" + stores.Db(name) + "'";

    /// <summary>The speakers table and each appearance's speaker, as text to compare, once the store passed its integrity check.</summary>
    private string Tables(string db)
    {
        using var store = ClaimStore.OpenReadOnly(stores.Db(db));
        Assert.That(store.CheckIntegrity(), Is.Empty, db);
        var search = new ClaimSearch(store);
        var counts = store.Counts();
        return $"{counts}\n" + string.Join('\n', Enumerable.Range(1, (int)counts.Speakers)
            .Select(id => $"{id}: " + string.Join(", ", search.ClaimsOf(id).Select(c => $"{c.ArticleId}/{c.SaidAs}"))));
    }

    private (int Exit1, int Exit2, string Errors) TwoAtOnce(string first, string second, string db)
    {
        var (exits, errors) = AllAtOnce(db, first, second);
        return (exits[0], exits[1], errors);
    }

    /// <summary>One kutip index per input, all started at once on the store <paramref name="db"/>; their exit codes and standard error.</summary>
    private (int[] Exits, string Errors) AllAtOnce(string db, params string[] inputs)
    {
        var (exitCode, stderr) = KutipProcess.Shell(
            string.Concat(inputs.Select((input, i) => $"(kutip index {input} --db {Db(db)} --quiet 2> e{i}.txt; echo $? > r{i}.txt) & ")) + "wait",
            stores.Folder);
        Assert.That(exitCode, Is.Zero, stderr);
        string Read(string name) => File.ReadAllText(Path.Combine(stores.Folder, name));
        return (inputs.Select((_, i) => int.Parse(Read($"r{i}.txt").Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            string.Concat(inputs.Select((_, i) => Read($"e{i}.txt"))));
    }

    [Test]
    public void Index_TwoProcessesOnTheSameInput_BothSucceedAndStoreWhatOneRunStores()
    {
        var (exit1, exit2, errors) = TwoAtOnce("semua.jsonl", "semua.jsonl", "sama.db");

        Assert.That((exit1, exit2), Is.EqualTo((0, 0)), errors);
        Assert.That(errors, Is.Empty);
        Assert.That(Tables("sama.db"), Is.EqualTo(Tables("satu.db")));
    }

    [Test]
    public void Index_TwoProcessesOnTwoHalves_StoreEachSpeakerOnceAsOneRunDoes()
    {
        var (exit1, exit2, errors) = TwoAtOnce("awal.jsonl", "akhir.jsonl", "bagi.db");

        Assert.That((exit1, exit2), Is.EqualTo((0, 0)), errors);
        Assert.That(Tables("bagi.db"), Is.EqualTo(Tables("satu.db")));
    }

    [Test]
    public void Index_ThreeProcessesOnThreeParts_LoseAndDuplicateNothing()
    {
        var (exits, errors) = AllAtOnce("tiga.db", "satu.jsonl", "dua.jsonl", "tiga.jsonl");

        Assert.That(exits, Is.All.Zero, errors);
        Assert.That(Tables("tiga.db"), Is.EqualTo(Tables("satu.db")));
    }
}
