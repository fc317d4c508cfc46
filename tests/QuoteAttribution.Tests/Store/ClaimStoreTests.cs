using NUnit.Framework;
using QuoteAttribution.Claims;
using QuoteAttribution.Store;
using QuoteAttribution.Tests.Claims;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Store;

[TestFixture(StoreBackend.Sqlite)]
[TestFixture(StoreBackend.Postgres)]
public sealed class ClaimStoreTests(string backend)
{
    private StoreBackend stores = null!;
    private IClaimStore store = null!;

    private const string DurovText =
        "CEO Telegram Pavel Durov menegaskan Telegram tidak akan memberikan kunci enkripsi kepada pemerintah mana pun. " +
        "\"Privasi pengguna adalah dasar layanan kami,\" kata Durov.";

    [SetUp]
    public void SetUp()
    {
        stores = StoreBackend.For(backend);
        store = ClaimStore.Open(stores.Db("claims.db"), create: true);
    }

    [TearDown]
    public void TearDown()
    {
        store?.Dispose();
        stores?.Dispose();
    }

    private static (ClaimArticle, ArticleAnalysis) Durov() => ClaimFixtures.Article("telegram-1", "2017-08-01", DurovText,
        ClaimFixtures.Quote(DurovText, "Telegram tidak akan memberikan kunci enkripsi kepada pemerintah mana pun", "Pavel Durov", aliases: ["Durov", "Pavel"], roles: ["CEO Telegram"], cue: "menegaskan"),
        ClaimFixtures.Quote(DurovText, "Privasi pengguna adalah dasar layanan kami", "Pavel Durov", aliases: ["Durov", "Pavel"]));

    /// <summary>Indexes one article and merges the speakers, as one run of kutip index would.</summary>
    private IndexOutcome Index((ClaimArticle Article, ArticleAnalysis Analysis) item)
    {
        var outcome = store.Index(item.Article, item.Analysis, ContentHash.OfQuotes(item.Article, item.Analysis.Text, item.Analysis.Quotes));
        store.MergeSpeakers();
        return outcome;
    }

    private void IndexAll()
    {
        Index(Durov());
        Index(ClaimFixtures.Banjir());
        Index(ClaimFixtures.BanjirLanjutan());
        Index(ClaimFixtures.Pasar());
        Index(ClaimFixtures.PasarLain());
    }

    [Test]
    public void Index_SameArticleTwice_AddsNothingTheSecondTime()
    {
        IndexAll();
        var before = store.Counts();

        var again = Index(ClaimFixtures.Banjir());

        Assert.That(again, Is.EqualTo(IndexOutcome.Unchanged));
        Assert.That(store.Counts(), Is.EqualTo(before));
        Assert.That(before.Appearances, Is.EqualTo(11));
        Assert.That(before.Claims, Is.EqualTo(9), "the perahu claim of two articles and 'Mahal sekali' are one claim each");
    }

    [Test]
    public void Index_ChangedArticle_ReplacesItsClaims()
    {
        Index(Durov());
        const string changed = "Pavel Durov mengatakan Telegram akan membuka kantor di Jakarta.";
        var (article, _) = Durov();

        var outcome = Index((article, new ArticleAnalysis(changed,
            [ClaimFixtures.Quote(changed, "Telegram akan membuka kantor di Jakarta", "Pavel Durov", cue: "mengatakan")])));

        Assert.That(outcome, Is.EqualTo(IndexOutcome.Replaced));
        Assert.That(store.Counts(), Is.EqualTo(new StoreCounts(1, 1, 1, 1)));
        var search = new ClaimSearch(store);
        Assert.That(search.Search(new ClaimQuery("enkripsi")), Is.Empty);
        Assert.That(search.Search(new ClaimQuery("kantor")).Single().Speaker, Is.EqualTo("Pavel Durov"));
    }

    [Test]
    public void Reopen_ExistingStore_KeepsRowsAndMergesSpeakers()
    {
        Index(ClaimFixtures.Banjir());
        var path = stores.Db("claims.db");
        store.Dispose();
        store = ClaimStore.Open(path, create: false);

        Index(ClaimFixtures.BanjirLanjutan());

        Assert.That(new ClaimSearch(store).FindSpeakers("Dedi").Select(s => s.Name), Is.EqualTo(new[] { "Dedi Kurniawan" }));
        Assert.That(store.Counts().Speakers, Is.EqualTo(1));
    }

    [Test]
    public void Open_MissingStoreWithoutCreate_Throws()
    {
        if (stores.Kind == StoreBackend.Sqlite)
        {
            Assert.Throws<FileNotFoundException>(() => ClaimStore.Open(stores.Db("tidak-ada.db"), create: false));
        }
        else
        {
            var error = Assert.Throws<InvalidDataException>(() => ClaimStore.Open(stores.Db("tidak-ada"), create: false));
            Assert.That(error!.Message, Does.Contain("holds no claim store"));
        }
    }

    [Test]
    public void Search_RootWord_FindsAffixedForm()
    {
        IndexAll();

        var hits = new ClaimSearch(store).Search(new ClaimQuery("beri"));

        Assert.That(hits.Select(h => h.Speaker), Is.EqualTo(new[] { "Pavel Durov" }));
        Assert.That(hits[0].Snippet, Does.Contain("[memberikan]"));
    }

    [Test]
    public void Search_CaseAndDiacritics_AreIgnored()
    {
        IndexAll();

        Assert.That(new ClaimSearch(store).Search(new ClaimQuery("ENKRÍPSI")), Has.Count.EqualTo(1));
    }

    [Test]
    public void Search_Filters_NarrowTheHits()
    {
        IndexAll();
        var search = new ClaimSearch(store);

        Assert.That(search.Search(new ClaimQuery("kami")), Has.Count.EqualTo(2));
        Assert.That(search.Search(new ClaimQuery("kami") { Speaker = "Durov" }).Select(h => h.Speaker), Is.EqualTo(new[] { "Pavel Durov" }));
        Assert.That(search.Search(new ClaimQuery("kami") { Since = "2025-01-01" }).Select(h => h.Speaker), Is.EqualTo(new[] { "Dedi Kurniawan" }));
        Assert.That(search.Search(new ClaimQuery("kami") { Until = "2020-12-31" }).Select(h => h.Speaker), Is.EqualTo(new[] { "Pavel Durov" }));
        Assert.That(search.Search(new ClaimQuery("kami") { Outlet = "kabarkita" }), Has.Count.EqualTo(2));
        Assert.That(search.Search(new ClaimQuery("kami") { Outlet = "Lain" }), Is.Empty);
        Assert.That(search.Search(new ClaimQuery("kami") { Limit = 1 }), Has.Count.EqualTo(1));
    }

    [Test]
    public void Search_SharedClaim_ShowsItsFirstAppearance()
    {
        IndexAll();

        var hit = new ClaimSearch(store).Search(new ClaimQuery("perahu karet")).Single();

        Assert.That((hit.ArticleId, hit.Date, hit.Appearances), Is.EqualTo(("banjir-2", (string?)"2025-03-03", 2)));
    }

    [TestCase("\"; DROP TABLE claims; --")]
    [TestCase("NEAR(")]
    [TestCase("kunci\" OR \"")]
    [TestCase("content:enkripsi*")]
    [TestCase("' OR 1=1 --")]
    [TestCase("AND OR NOT")]
    [TestCase("(((")]
    [TestCase("")]
    [TestCase("kunci & !enkripsi | pemerintah <-> :* \\")]
    [TestCase("'); DROP TABLE claims; --")]
    [TestCase("$1 @speakers %_ \\' E'\\x00'")]
    [TestCase("\0 kunci \u0001")]
    [TestCase("claims_fts MATCH '*' UNION SELECT content_hash FROM articles")]
    public void Queries_InjectionLookingText_AreSafe(string text)
    {
        IndexAll();
        var search = new ClaimSearch(store);

        Assert.DoesNotThrow(() => search.Search(new ClaimQuery(text) { Speaker = text, Outlet = text.Replace("\0", string.Empty, StringComparison.Ordinal) }));
        Assert.DoesNotThrow(() => search.WhoSaid(text));
        Assert.DoesNotThrow(() => search.FindSpeakers(text));
        Assert.That(store.Counts().Claims, Is.EqualTo(9));
    }

    [Test]
    public void WhoSaid_RewordedSentence_RanksItsSpeakerFirst()
    {
        IndexAll();

        var hits = new ClaimSearch(store).WhoSaid("Telegram tak akan menyerahkan kunci enkripsi pada pemerintah");

        Assert.That(hits[0].Speaker, Is.EqualTo("Pavel Durov"));
        Assert.That(hits[0].Score, Is.GreaterThan(hits.Skip(1).Select(h => h.Score).DefaultIfEmpty(0).Max()));
    }

    [Test]
    public void WhoSaid_SentenceSharingFirstNameSpeakers_PicksTheRightBudi()
    {
        IndexAll();

        var hits = new ClaimSearch(store).WhoSaid("cabai membusuk di pohon karena hujan terus");

        Assert.That(hits[0].Speaker, Is.EqualTo("Budi Hartono"));
    }

    [Test]
    public void WhoSaid_UnrelatedSentence_FindsNothing()
    {
        IndexAll();

        Assert.That(new ClaimSearch(store).WhoSaid("zzz qqq"), Is.Empty);
    }

    [Test]
    public void FindSpeakers_AliasOrPartOfName_FindsTheSpeaker()
    {
        IndexAll();
        var search = new ClaimSearch(store);

        Assert.That(search.FindSpeakers("pavel durov").Single().Aliases, Is.EquivalentTo(new[] { "Durov", "Pavel" }));
        Assert.That(search.FindSpeakers("Durov").Single().Name, Is.EqualTo("Pavel Durov"));
        Assert.That(search.FindSpeakers("Budi").Select(s => s.Name), Is.EquivalentTo(new[] { "Budi Santoso", "Budi Hartono" }));
        Assert.That(search.FindSpeakers("Kurnia").Single().Name, Is.EqualTo("Dedi Kurniawan"));
    }

    [Test]
    public void ClaimsOf_Speaker_AreInDateOrder()
    {
        IndexAll();
        var search = new ClaimSearch(store);

        var claims = search.ClaimsOf(search.FindSpeakers("Dedi Kurniawan").Single().Id);

        Assert.That(claims.Select(c => c.Date), Is.Ordered);
        Assert.That(claims, Has.Count.EqualTo(4));
        Assert.That(claims[0].SaidAs, Is.EqualTo("Dedi"));
    }

    [Test]
    public void FindSpeakers_NameOverFiftyThousandCharacters_ThrowsArgumentExceptionNotADatabaseError()
    {
        IndexAll();

        var error = Assert.Throws<ArgumentException>(() => new ClaimSearch(store).FindSpeakers(new string('b', 60_000)));

        Assert.That(error!.Message, Does.StartWith("the speaker name has 60,000 characters; at most 200 are allowed"));
    }

    [Test]
    public void WhoSaid_ClaimWordsAfterSixtyFourOtherWords_AreNotRead()
    {
        // Issue 13, item 9: 100 KB of distinct words took 9-14 s, one full-text count per word. Only the first
        // QueryLimits.MaxSentenceWords different words are read.
        IndexAll();
        var filler = Enumerable.Range(0, QueryLimits.MaxSentenceWords).Select(i => "kata" + (char)('a' + (i % 26)) + (char)('a' + (i / 26)));
        var search = new ClaimSearch(store);

        Assert.That(search.WhoSaid("perahu karet disiagakan " + string.Join(' ', filler)), Is.Not.Empty);
        Assert.That(search.WhoSaid(string.Join(' ', filler) + " perahu karet disiagakan"), Is.Empty);
    }

    [TestCase("kunci & enkripsi:*")]
    [TestCase("\"kunci\" \"enkripsi\"")]
    [TestCase("kunci' || 'enkripsi")]
    [TestCase("(kunci) -enkripsi*")]
    public void Search_OperatorsAndQuotes_AreOnlyWords(string text)
    {
        IndexAll();

        var hits = new ClaimSearch(store).Search(new ClaimQuery(text));

        Assert.That(hits.Select(h => h.Speaker), Is.EqualTo(new[] { "Pavel Durov" }), "the words kunci and enkripsi, nothing else");
    }

    [Test]
    public void Queries_HundredKilobytes_AreRefusedWithAClearMessage()
    {
        IndexAll();
        var search = new ClaimSearch(store);
        var text = string.Concat(Enumerable.Repeat("kunci enkripsi \" OR 1=1; ", 10_000))[..100_000];

        var searchError = Assert.Throws<ArgumentException>(() => search.Search(new ClaimQuery(text)));
        var whoSaidError = Assert.Throws<ArgumentException>(() => search.WhoSaid(text));

        Assert.That(searchError!.Message, Does.StartWith("the text has 100,000 characters; at most 10,000 are allowed"));
        Assert.That(whoSaidError!.Message, Does.StartWith("the text has 100,000 characters; at most 10,000 are allowed"));
        Assert.That(search.Search(new ClaimQuery(text[..10_000])), Is.Empty, "10,000 characters are answered: no claim holds every word");
        Assert.That(search.WhoSaid(text[..10_000])[0].Speaker, Is.EqualTo("Pavel Durov"));
        Assert.That(store.Counts().Claims, Is.EqualTo(9));
    }

    [Test]
    public void Search_NulInAFilter_IsRefusedWithAClearMessage()
    {
        IndexAll();

        var error = Assert.Throws<ArgumentException>(() => new ClaimSearch(store).Search(new ClaimQuery("kami") { Outlet = "kabar\0kita" }));

        Assert.That(error!.Message, Does.StartWith("the outlet contains a NUL character"));
    }
}
