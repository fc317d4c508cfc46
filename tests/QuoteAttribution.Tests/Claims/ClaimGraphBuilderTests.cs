using NUnit.Framework;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Tests.Claims;

public sealed class ClaimGraphBuilderTests
{
    [Test]
    public void Build_SameSpeakerInTwoArticlesWithOtherRoles_IsOneNodeWithBothRoles()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Banjir(), ClaimFixtures.BanjirLanjutan());

        var dedi = graph.Speakers.Where(s => s.Name.StartsWith("Dedi", StringComparison.Ordinal)).ToArray();
        Assert.That(dedi, Has.Length.EqualTo(1));
        Assert.That(dedi[0].Name, Is.EqualTo("Dedi Kurniawan"));
        Assert.That(dedi[0].Roles, Is.EquivalentTo(new[] { "Kepala BPBD Kota Bekasi", "Kepala Pelaksana BPBD" }));
        Assert.That(dedi[0].NamesByArticle.Keys, Is.EquivalentTo(new[] { "banjir-1", "banjir-2" }));
    }

    [Test]
    public void Build_FirstNameAloneAndOneFullNameCarryingIt_Merge()
    {
        // banjir-2 calls one speaker only "Dedi"; banjir-1 knows a single "Dedi Kurniawan" with alias "Dedi".
        var graph = ClaimFixtures.Graph(ClaimFixtures.BanjirLanjutan(), ClaimFixtures.Banjir());

        var terkendali = graph.Claims.Single(c => c.Content == "situasi terkendali");
        Assert.That(terkendali.SpeakerIds, Is.EqualTo(new[] { graph.Speakers.Single(s => s.Name == "Dedi Kurniawan").Id }));
    }

    [Test]
    public void Build_DifferentPeopleSharingFirstName_AreNotMerged()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Pasar(), ClaimFixtures.PasarLain());

        Assert.That(graph.Speakers.Select(s => s.Name), Is.SupersetOf(new[] { "Budi Santoso", "Budi Hartono" }));
        Assert.That(graph.Edges.Where(e => e.Kind == ClaimEdgeKind.SameAs), Is.Empty);
    }

    [Test]
    public void Build_GroupSpeakersOfTwoArticles_StayTwoNodes()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Pasar(), ClaimFixtures.PasarLain());

        Assert.That(graph.Speakers.Count(s => s.Name == "warga"), Is.EqualTo(2));
    }

    [Test]
    public void Build_SameClaimInTwoArticles_IsOneClaimWithTwoAppearancesFirstByDate()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Banjir(), ClaimFixtures.BanjirLanjutan());

        var perahu = graph.Claims.Single(c => c.Content.Contains("perahu karet", StringComparison.Ordinal));
        Assert.That(perahu.Appearances.Select(a => a.ArticleId), Is.EqualTo(new[] { "banjir-2", "banjir-1" }));
        Assert.That(perahu.FirstAppearance.ArticleId, Is.EqualTo("banjir-2"));
        Assert.That(graph.Edges.Count(e => e.Kind == ClaimEdgeKind.AppearsIn && e.Source == perahu.Id), Is.EqualTo(2));
        Assert.That(graph.Edges.Count(e => e.Kind == ClaimEdgeKind.SameAs), Is.EqualTo(2));
    }

    [Test]
    public void Build_NearEqualContentsInTwoArticles_AreOneClaim()
    {
        const string a = "\"Pemerintah akan menambah kuota impor beras tahun ini untuk menekan harga,\" kata Arief Prasetyo.";
        const string b = "\"Pemerintah akan menambah kuota impor beras tahun ini demi menekan harga,\" ujar Arief Prasetyo.";
        var graph = ClaimFixtures.Graph(
            ClaimFixtures.Article("beras-1", "2025-01-05", a, ClaimFixtures.Quote(a, "Pemerintah akan menambah kuota impor beras tahun ini untuk menekan harga", "Arief Prasetyo")),
            ClaimFixtures.Article("beras-2", "2025-01-06", b, ClaimFixtures.Quote(b, "Pemerintah akan menambah kuota impor beras tahun ini demi menekan harga", "Arief Prasetyo")));

        Assert.That(graph.Claims, Has.Count.EqualTo(1));
        Assert.That(graph.Claims[0].Appearances, Has.Count.EqualTo(2));
    }

    [Test]
    public void Build_ShortDifferentContents_AreNotMerged()
    {
        const string a = "\"Harga naik,\" kata Rina Wati.";
        const string b = "\"Harga turun,\" kata Rina Wati.";
        var graph = ClaimFixtures.Graph(
            ClaimFixtures.Article("a", "2025-01-05", a, ClaimFixtures.Quote(a, "Harga naik", "Rina Wati")),
            ClaimFixtures.Article("b", "2025-01-06", b, ClaimFixtures.Quote(b, "Harga turun", "Rina Wati")));

        Assert.That(graph.Claims, Has.Count.EqualTo(2));
        Assert.That(graph.Speakers, Has.Count.EqualTo(1));
    }

    [Test]
    public void Build_ClaimNamingAPlace_MentionsItsEntity()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Banjir());

        var perahu = graph.Claims.Single(c => c.Content.Contains("perahu", StringComparison.Ordinal));
        var mentioned = graph.Entities.Where(e => perahu.MentionIds.Contains(e.Id)).Select(e => e.Name);
        Assert.That(mentioned, Is.EqualTo(new[] { "Kali Bekasi" }));
        Assert.That(graph.Entities.Select(e => e.Name), Has.No.Member("Kami"));
    }

    [Test]
    public void Build_EveryEdge_JoinsExistingNodes()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.Banjir(), ClaimFixtures.BanjirLanjutan(), ClaimFixtures.Pasar(), ClaimFixtures.PasarLain());
        var ids = graph.Speakers.Select(s => s.Id).Concat(graph.Claims.Select(c => c.Id)).Concat(graph.Entities.Select(e => e.Id))
            .Concat(graph.Articles.Select(a => ClaimGraph.ArticleNodeId(a.Id))).ToHashSet(StringComparer.Ordinal);

        Assert.That(graph.Edges.Where(e => !ids.Contains(e.Source) || !ids.Contains(e.Target)), Is.Empty);
    }

    [Test]
    public void Build_RealEngineOnOwnArticle_SaysEveryQuote()
    {
        const string text = "Menteri Pertanian Amran Sulaiman menegaskan stok beras nasional aman hingga Lebaran. " +
            "\"Kami sudah menyiapkan cadangan di semua gudang Bulog,\" kata Amran di Jakarta.";
        var analysis = new QuoteExtractor().Analyze(text);
        var builder = new ClaimGraphBuilder();
        builder.Add(new ClaimArticle("beras", null, null, null, "2025-03-01"), analysis);

        var graph = builder.Build();

        Assert.That(graph.Claims.Sum(c => c.Appearances.Count), Is.EqualTo(analysis.Quotes.Count));
        Assert.That(graph.Speakers.Select(s => s.Name), Does.Contain("Amran Sulaiman"));
    }

    [Test]
    public void Build_OnePersonAsIWayanKosterWayanKosterAndKoster_IsOneNode()
    {
        var graph = ClaimFixtures.Graph(ClaimFixtures.KosterLagi(), ClaimFixtures.KosterPendek(), ClaimFixtures.Koster());

        Assert.That(graph.Speakers.Select(s => s.Name), Is.EqualTo(new[] { "I Wayan Koster" }));
        Assert.That(graph.Speakers[0].NamesByArticle.Keys, Is.EquivalentTo(new[] { "bali-0", "bali-1", "bali-2" }));
    }

    [Test]
    public void Build_RoleWordBeforeTheNameInOneArticle_IsOneNodeNamedWithout()
    {
        const string a = "\"Kami akan membuka lapangan kerja,\" kata Capres Anies Baswedan.";
        const string b = "\"Transportasi umum harus murah,\" kata Anies Baswedan.";
        var graph = ClaimFixtures.Graph(
            ClaimFixtures.Article("pemilu-1", "2023-11-01", a, ClaimFixtures.Quote(a, "Kami akan membuka lapangan kerja", "Capres Anies Baswedan")),
            ClaimFixtures.Article("pemilu-2", "2023-11-02", b, ClaimFixtures.Quote(b, "Transportasi umum harus murah", "Anies Baswedan")));

        Assert.That(graph.Speakers.Select(s => s.Name), Is.EqualTo(new[] { "Anies Baswedan" }));
    }
}
