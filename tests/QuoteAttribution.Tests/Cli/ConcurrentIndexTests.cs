using NUnit.Framework;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>Issue 13, item 3: two kutip index processes on one store wait for each other and merge speakers as one run.</summary>
public sealed class ConcurrentIndexTests
{
    private static readonly string[] Names =
    [
        "Rina Wulandari", "Rina", "Agus Salim", "Agus", "Bambang Triyono", "Yanti Purba", "Hendra Gunawan", "Hendra",
        "Sri Rejeki", "Teguh Prakoso", "Maya Anggraini", "Fajar Nugroho", "Fajar", "Lestari Handayani", "I Made Sudarsana",
        "Made Sudarsana", "Capres Arif Budiman", "Arif Budiman",
    ];

    private TempDirectory temp = null!;

    [OneTimeSetUp]
    public void WriteArticles()
    {
        temp = new TempDirectory();
        var articles = Enumerable.Range(0, 400).Select(i =>
            $"{{\"id\": \"harga-{i:D3}\", \"date\": \"2025-01-{1 + (i % 28):D2}\", \"text\": \"“Harga beras di pasar {i} turun minggu ini,” kata {Names[i % Names.Length]}.\"}}");
        var input = string.Join('\n', articles) + "\n";
        var extracted = Kutip.RunWithInput(input, "extract", "--quiet");
        Assert.That(extracted.ExitCode, Is.Zero, extracted.Stderr);
        var lines = extracted.StdoutLines;
        File.WriteAllLines(Path.Combine(temp.Path, "semua.jsonl"), lines);
        File.WriteAllLines(Path.Combine(temp.Path, "awal.jsonl"), lines[..200]);
        File.WriteAllLines(Path.Combine(temp.Path, "akhir.jsonl"), lines[200..]);
        var (exitCode, stderr) = KutipProcess.Shell("kutip index semua.jsonl --db satu.db --quiet", temp.Path);
        Assert.That(exitCode, Is.Zero, stderr);
    }

    [OneTimeTearDown]
    public void RemoveArticles() => temp.Dispose();

    /// <summary>The speakers table and each appearance's speaker, as text to compare.</summary>
    private string Tables(string db)
    {
        using var store = ClaimStore.OpenReadOnly(Path.Combine(temp.Path, db));
        var search = new ClaimSearch(store);
        var counts = store.Counts();
        return $"{counts}\n" + string.Join('\n', Enumerable.Range(1, (int)counts.Speakers)
            .Select(id => $"{id}: " + string.Join(", ", search.ClaimsOf(id).Select(c => $"{c.ArticleId}/{c.SaidAs}"))));
    }

    private (int Exit1, int Exit2, string Errors) TwoAtOnce(string first, string second, string db)
    {
        var (exitCode, stderr) = KutipProcess.Shell(
            $"(kutip index {first} --db {db} --quiet 2> e1.txt; echo $? > r1.txt) & " +
            $"(kutip index {second} --db {db} --quiet 2> e2.txt; echo $? > r2.txt) & wait",
            temp.Path);
        Assert.That(exitCode, Is.Zero, stderr);
        int Read(string name) => int.Parse(File.ReadAllText(Path.Combine(temp.Path, name)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return (Read("r1.txt"), Read("r2.txt"), File.ReadAllText(Path.Combine(temp.Path, "e1.txt")) + File.ReadAllText(Path.Combine(temp.Path, "e2.txt")));
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
}
