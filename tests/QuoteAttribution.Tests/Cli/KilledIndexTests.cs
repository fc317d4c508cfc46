using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Store;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Issue 12, crash safety: a kutip index process killed with SIGKILL in the middle of its run leaves a store that passes
/// its integrity check, and running the same command again gives exactly the store of one clean run: the same counts,
/// the same speakers, no quote stored twice. On a SQLite file and on a PostgreSQL database.
/// </summary>
[TestFixture(StoreBackend.Sqlite)]
[TestFixture(StoreBackend.Postgres)]
public sealed class KilledIndexTests(string backend)
{
    private static readonly string[] Names = ["Rina Wulandari", "Agus Salim", "Bambang Triyono", "Yanti Purba", "Hendra Gunawan", "Sri Rejeki"];

    private const int Articles = 1200;

    private StoreBackend stores = null!;

    [SetUp]
    public void SetUp() => stores = StoreBackend.For(backend);

    [TearDown]
    public void TearDown() => stores?.Dispose();

    /// <summary>1,200 short articles of our own words, each with a quote, a cue and a speaker, for the engine to analyse.</summary>
    private string WriteArticles()
    {
        var lines = Enumerable.Range(0, Articles).Select(i =>
            $"{{\"id\": \"pasar-{i:D4}\", \"date\": \"2025-02-{1 + (i % 28):D2}\", \"text\": \"“Harga cabai di pasar {i} naik lagi pekan ini,” kata {Names[i % Names.Length]}. " +
            $"Ia menambahkan bahwa pasokan dari daerah {i % 17} masih tersendat.\"}}");
        var path = Path.Combine(stores.Folder, "pasar.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static (StoreCounts Counts, IReadOnlyList<string> Problems, string Speakers) Read(string db)
    {
        using var store = ClaimStore.OpenReadOnly(db);
        var search = new ClaimSearch(store);
        var counts = store.Counts();
        var speakers = string.Join('\n', Enumerable.Range(1, (int)counts.Speakers).Select(id => $"{id}: {search.ClaimsOf(id).Count}"));
        return (counts, store.CheckIntegrity(), speakers);
    }

    private int Index(string input, string db)
    {
        using var process = KutipProcess.Start(stores.Folder, "index", input, "--db", db, "--quiet");
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "kutip index did not finish");
        return process.ExitCode;
    }

    [Test]
    public void Index_KilledMidRunThenRunAgain_GivesTheStoreOfOneCleanRun()
    {
        var input = WriteArticles();
        var clean = stores.Db("bersih.db");
        Assert.That(Index(input, clean), Is.Zero);
        var killed = stores.Db("dibunuh.db");

        using (var process = KutipProcess.Start(stores.Folder, "index", input, "--db", killed, "--quiet"))
        {
            // Kill it once some articles are stored but not all: in the middle of writing.
            var clock = Stopwatch.StartNew();
            long stored = 0;
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                stored = StoredArticles(killed);
                if (stored >= 50)
                {
                    break;
                }

                Thread.Sleep(5);
            }

            Assert.That(process.HasExited, Is.False, "kutip index ended before it could be killed; the test needs a longer input");
            process.Kill(); // SIGKILL: no cleanup, no finally blocks
            process.WaitForExit();
            Assert.That(stored, Is.InRange(50, Articles - 1));
        }

        var afterKill = Read(killed);
        Assert.That(afterKill.Problems, Is.Empty, "the killed run left a broken store");
        Assert.That(afterKill.Counts.Articles, Is.LessThan(Articles));

        Assert.That(Index(input, killed), Is.Zero);

        var resumed = Read(killed);
        var once = Read(clean);
        Assert.That(resumed.Problems, Is.Empty);
        Assert.That(resumed.Counts, Is.EqualTo(once.Counts));
        Assert.That(resumed.Counts.Appearances, Is.EqualTo(2 * Articles), "one direct and one indirect quote per article, none twice");
        Assert.That(resumed.Speakers, Is.EqualTo(once.Speakers));
    }

    /// <summary>How many articles the store holds now, or 0 while it does not exist yet.</summary>
    private static long StoredArticles(string db)
    {
        try
        {
            using var store = ClaimStore.OpenReadOnly(db);
            return store.Counts().Articles;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FileNotFoundException or System.Data.Common.DbException)
        {
            return 0;
        }
    }
}
