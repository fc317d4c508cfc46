using NUnit.Framework;
using QuoteAttribution.Claims;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Claims;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Store;

/// <summary>Issue 13, items 3, 7 and 8: the store's speakers depend only on the stored articles.</summary>
[TestFixture(StoreBackend.Sqlite)]
[TestFixture(StoreBackend.Postgres)]
public sealed class SpeakerMergeStoreTests(string backend)
{
    private StoreBackend stores = null!;

    [SetUp]
    public void SetUp() => stores = StoreBackend.For(backend);

    [TearDown]
    public void TearDown() => stores?.Dispose();

    private string Db(string name) => stores.Db(name);

    private static void Index(IClaimStore store, (ClaimArticle Article, ArticleAnalysis Analysis) item) =>
        store.Index(item.Article, item.Analysis, ContentHash.OfQuotes(item.Article, item.Analysis.Text, item.Analysis.Quotes));

    /// <summary>Every speaker by id: its name, and the article and name of each of its quotes.</summary>
    private static List<string> Speakers(IClaimStore store)
    {
        var search = new ClaimSearch(store);
        return Enumerable.Range(1, (int)store.Counts().Speakers)
            .Select(id => $"{id}: " + string.Join(", ", search.ClaimsOf(id).Select(c => $"{c.ArticleId}/{c.SaidAs}")))
            .ToList();
    }

    /// <summary>Indexes <paramref name="runs"/>, each a run of kutip index (articles, then one merge), into a new store.</summary>
    private List<string> IndexInRuns(string name, params (ClaimArticle, ArticleAnalysis)[][] runs)
    {
        using var store = ClaimStore.Open(Db(name), create: true);
        foreach (var run in runs)
        {
            foreach (var article in run)
            {
                Index(store, article);
            }

            store.MergeSpeakers();
        }

        return Speakers(store);
    }

    [Test]
    public void Index_OneWordNameBeforeOrAfterItsFullName_GivesTheSameSpeakers()
    {
        var fullFirst = IndexInRuns("a.db", [ClaimFixtures.Koster(), ClaimFixtures.KosterLagi(), ClaimFixtures.KosterPendek()]);
        var shortFirst = IndexInRuns("b.db", [ClaimFixtures.KosterLagi(), ClaimFixtures.KosterPendek(), ClaimFixtures.Koster()]);

        Assert.That(shortFirst, Is.EqualTo(fullFirst));
        Assert.That(fullFirst, Has.Count.EqualTo(1));
    }

    [Test]
    public void Index_ArticlesSplitIntoRunsAnyWay_GiveTheSameSpeakers()
    {
        var all = new[] { ClaimFixtures.KosterLagi(), ClaimFixtures.Pasar(), ClaimFixtures.Banjir(), ClaimFixtures.Koster(), ClaimFixtures.BanjirLanjutan(), ClaimFixtures.PasarLain() };

        var oneRun = IndexInRuns("one.db", all);
        var twoRuns = IndexInRuns("two.db", all[3..], all[..3]);
        var sixRuns = IndexInRuns("six.db", all.Reverse().Select(a => new[] { a }).ToArray());

        Assert.That(twoRuns, Is.EqualTo(oneRun));
        Assert.That(sixRuns, Is.EqualTo(oneRun));
    }

    [Test]
    public void Index_RunStoppedBeforeItsEnd_NextRunGivesTheSpeakersOfOneRun()
    {
        var all = new[] { ClaimFixtures.Banjir(), ClaimFixtures.KosterLagi(), ClaimFixtures.BanjirLanjutan(), ClaimFixtures.Koster() };
        var oneRun = IndexInRuns("one.db", all);
        using (var killed = ClaimStore.Open(Db("killed.db"), create: true))
        {
            Index(killed, all[0]);
            Index(killed, all[1]); // and then kill -9: no merge
            Assert.That(killed.SpeakersMerged, Is.False);
        }

        var resumed = IndexInRuns("killed.db", all);

        Assert.That(resumed, Is.EqualTo(oneRun));
    }

    [Test]
    public void Index_TwoWritersInterleavedOnOneFile_StoreEachSpeakerOnce()
    {
        // Two kutip index processes: each had learnt the store's speakers before the other wrote its own.
        using var first = ClaimStore.Open(Db("shared.db"), create: true);
        using var second = ClaimStore.Open(Db("shared.db"), create: false);
        Index(second, ClaimFixtures.Banjir());
        Index(first, ClaimFixtures.Pasar());
        Index(second, ClaimFixtures.PasarLain());
        Index(first, ClaimFixtures.Koster());
        Index(second, ClaimFixtures.KosterLagi());
        first.MergeSpeakers();
        second.MergeSpeakers();

        var oneWriter = IndexInRuns("one.db", [ClaimFixtures.Banjir(), ClaimFixtures.Pasar(), ClaimFixtures.PasarLain(), ClaimFixtures.Koster(), ClaimFixtures.KosterLagi()]);
        Assert.That(Speakers(first), Is.EqualTo(oneWriter));
        Assert.That(new ClaimSearch(first).FindSpeakers("Koster").Select(s => s.Name), Is.EqualTo(new[] { "I Wayan Koster" }));
    }

    [Test]
    public void Index_ChangedArticleWithoutItsOldSpeaker_LeavesNoSpeakerWithoutQuotes()
    {
        using var store = ClaimStore.Open(Db("ganti.db"), create: true);
        Index(store, ClaimFixtures.Pasar());
        store.MergeSpeakers();
        const string changed = "\"Pasokan cabai dari Garut mulai lancar,\" kata Siti Aminah, pedagang di Pasar Baru.";
        var (article, _) = ClaimFixtures.Pasar();

        Index(store, (article, new ArticleAnalysis(changed, [ClaimFixtures.Quote(changed, "Pasokan cabai dari Garut mulai lancar", "Siti Aminah")])));
        store.MergeSpeakers();

        var search = new ClaimSearch(store);
        Assert.That(store.Counts().Speakers, Is.EqualTo(1));
        Assert.That(search.FindSpeakers("Budi Santoso"), Is.Empty);
        Assert.That(search.FindSpeakers("Siti Aminah").Single().Name, Is.EqualTo("Siti Aminah"));
    }

    [Test]
    public void Index_SameArticlesAsTheGraph_GiveTheGraphsSpeakers()
    {
        var all = new[] { ClaimFixtures.KosterLagi(), ClaimFixtures.Pasar(), ClaimFixtures.Banjir(), ClaimFixtures.Koster(), ClaimFixtures.BanjirLanjutan(), ClaimFixtures.PasarLain(), ClaimFixtures.KosterPendek() };
        using var store = ClaimStore.Open(Db("graf.db"), create: true);
        foreach (var article in all)
        {
            Index(store, article);
        }

        store.MergeSpeakers();
        var graph = ClaimFixtures.Graph(all);

        var search = new ClaimSearch(store);
        var stored = Enumerable.Range(1, (int)store.Counts().Speakers)
            .Select(id => string.Join(" ", search.ClaimsOf(id).Select(c => c.Claim).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        var drawn = graph.Speakers.Select(s => string.Join(" ", graph.Claims.Where(c => c.SpeakerIds.Contains(s.Id)).Select(c => c.Content).Order(StringComparer.Ordinal)));
        Assert.That(stored, Is.EquivalentTo(drawn));
    }
}
