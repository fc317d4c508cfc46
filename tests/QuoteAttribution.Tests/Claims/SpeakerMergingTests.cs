using NUnit.Framework;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Tests.Claims;

/// <summary>The one rule by which the graph and the store merge speakers across articles (issue 13, items 7 and 9).</summary>
public sealed class SpeakerMergingTests
{
    private static NamedSpeaker Person(string name, params string[] aliases) => new(name, SpeakerType.Person, aliases);

    /// <summary>The clusters as sets of names, for comparing partitions whatever their numbering.</summary>
    private static HashSet<string> Partition(IReadOnlyList<NamedSpeaker> speakers)
    {
        var clusters = SpeakerMerging.Merge(speakers);
        return Enumerable.Range(0, speakers.Count)
            .GroupBy(clusters.ClusterOf)
            .Select(g => string.Join(" + ", g.Select(i => $"{speakers[i].Type}:{speakers[i].Name}").Order(StringComparer.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static int Count(params NamedSpeaker[] speakers) => SpeakerMerging.Merge(speakers).Count;

    [TestCase("I Wayan Koster", "Wayan Koster")]
    [TestCase("Ni Luh Putu Ariastuti", "Luh Putu Ariastuti")]
    [TestCase("Moh. Ridwan Hakim", "M Ridwan Hakim")]
    [TestCase("Muhammad Ridwan Hakim", "M. Ridwan Hakim")]
    [TestCase("M Ibnu Hajar", "Ibnu Hajar")]
    [TestCase("Moh. Mahfud MD", "Mahfud MD")]
    [TestCase("Capres Anies Baswedan", "Anies Baswedan")]
    [TestCase("Mantan Menteri Susi Pudjiastuti", "Susi Pudjiastuti")]
    [TestCase("GUBERNUR Khofifah Parawansa", "khofifah parawansa")]
    public void Merge_TwoFormsOfOnePersonsName_AreOneSpeaker(string one, string other)
    {
        Assert.That(Count(Person(one), Person(other)), Is.EqualTo(1));
    }

    [Test]
    public void Merge_OneWordNameAndTheFullNameCarryingItAsAlias_AreOneSpeaker()
    {
        Assert.That(Count(Person("Koster"), Person("I Wayan Koster", "Koster")), Is.EqualTo(1));
    }

    [TestCase("Legenda Gary Neville", "Gary Neville")]
    [TestCase("Seniman Butet Kartaradjasa", "Butet Kartaradjasa")]
    public void Merge_WordNewsWritesInLowerCaseBeforeAName_IsOneSpeaker(string withWord, string name)
    {
        Assert.That(Count(Person(withWord), Person(name)), Is.EqualTo(1));
    }

    [Test]
    public void Merge_SpeakerWhoseAliasIsAnotherSpeakersFullName_AreOneSpeaker()
    {
        Assert.That(Count(Person("Jokowi", "Joko Widodo"), Person("Joko Widodo")), Is.EqualTo(1));
    }

    [Test]
    public void Merge_TwoPeopleSharingAFirstNameAndTheFirstNameAlone_StayThreeSpeakers()
    {
        var clusters = Count(Person("Budi Santoso", "Budi"), Person("Budi Hartono", "Budi"), Person("Budi"));

        Assert.That(clusters, Is.EqualTo(3));
    }

    [Test]
    public void Merge_SameGroupInTwoArticles_StaysTwoSpeakers()
    {
        Assert.That(Count(new NamedSpeaker("warga", SpeakerType.Group, []), new NamedSpeaker("warga", SpeakerType.Group, [])), Is.EqualTo(2));
    }

    [Test]
    public void Merge_PersonAndOrganisationOfOneName_StayTwoSpeakers()
    {
        Assert.That(Count(Person("Bank Mandiri"), new NamedSpeaker("Bank Mandiri", SpeakerType.Organization, [])), Is.EqualTo(2));
    }

    [Test]
    public void Merge_OneWordRoleBeforeOneName_IsNotCutToASingleWord()
    {
        // "Capres Anies" keeps both words: a lone "Anies" of another article does not make them one full name.
        Assert.That(Count(Person("Capres Anies"), Person("Anies Matta")), Is.EqualTo(2));
    }

    [Test]
    public void Merge_SpeakersInAnyOrder_GiveTheSamePartition()
    {
        NamedSpeaker[] speakers =
        [
            Person("Koster"), Person("I Wayan Koster", "Koster"), Person("Wayan Koster"), Person("Budi"),
            Person("Budi Santoso", "Budi"), Person("Budi Hartono", "Budi"), Person("Durov"), Person("Pavel Durov", "Durov"),
            Person("Capres Anies Baswedan", "Anies"), Person("Anies"), Person("Jokowi", "Joko Widodo"), Person("Joko Widodo"),
            new NamedSpeaker("warga", SpeakerType.Group, []), new NamedSpeaker("warga", SpeakerType.Group, []),
        ];
        var expected = Partition(speakers);
        var random = new Random(13);

        for (var round = 0; round < 50; round++)
        {
            var shuffled = speakers.OrderBy(_ => random.Next()).ToArray();
            Assert.That(Partition(shuffled), Is.EquivalentTo(expected), $"round {round}");
        }

        Assert.That(expected, Has.Count.EqualTo(8));
    }

    [Test]
    public void Merge_NameWithARoleWordInFront_TakesTheNameWithout()
    {
        NamedSpeaker[] speakers = [Person("Capres Anies Baswedan"), Person("Anies Baswedan")];
        var clusters = SpeakerMerging.Merge(speakers);

        Assert.That(speakers[clusters.Canonical(0)].Name, Is.EqualTo("Anies Baswedan"));
    }

    [TestCase("Gubernur Sulawesi Tenggara Wulan Pratiwi Anggara", "Wulan Pratiwi Anggara")]
    [TestCase("Kapolres Tanjung Pandan Rudi Haryanto", "Rudi Haryanto")]
    public void Merge_RoleWithItsPlaceBeforeAName_JoinsTheNameAndTakesIt(string titled, string name)
    {
        NamedSpeaker[] speakers = [Person(titled), Person(name)];
        var clusters = SpeakerMerging.Merge(speakers);

        Assert.That(clusters.Count, Is.EqualTo(1));
        Assert.That(speakers[clusters.Canonical(0)].Name, Is.EqualTo(name));
    }

    [Test]
    public void Merge_RoleWithItsPlaceBeforeAName_DoesNotJoinAnotherPersonOfThatSurname()
    {
        // Only a whole full name of two words or more at the end joins: "Haryanto" alone, or "Dedi Haryanto", does not.
        Assert.That(Count(Person("Kapolres Tanjung Pandan Rudi Haryanto"), Person("Dedi Haryanto"), Person("Haryanto")), Is.EqualTo(3));
    }
}
