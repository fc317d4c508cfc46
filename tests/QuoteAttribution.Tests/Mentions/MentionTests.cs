using NUnit.Framework;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Mentions;

public sealed class MentionTests
{
    private static readonly DocumentBuilder Builder = new(LexiconSet.Default);
    private static readonly MentionFinder Finder = new(LexiconSet.Default, tagger: null);

    private static List<Mention> Find(string text)
    {
        var doc = Builder.Build(text);
        return Finder.Find(doc, new bool[doc.Tokens.Length]);
    }

    [Test]
    public void Find_RoleAndName_SplitsRoleFromName()
    {
        var mention = Find("Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo meninjau halte.")
            .Single(m => m.Kind == MentionKind.Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Name, Is.EqualTo("Syafrin Liputo"));
            Assert.That(mention.Role, Is.EqualTo("Kepala Dinas Perhubungan DKI Jakarta"));
        }
    }

    [Test]
    public void Find_TitleBeforeName_TitleIsRole()
    {
        var mention = Find("Setelah itu Presiden Arya Wicaksana meresmikan bendungan.")
            .Single(m => m.Kind == MentionKind.Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Name, Is.EqualTo("Arya Wicaksana"));
            Assert.That(mention.Role, Is.EqualTo("Presiden"));
        }
    }

    [Test]
    public void Find_LaluOpeningANameAfterAComma_IsTheNamesParticle()
    {
        var mention = Find("\"Kami siap,\" kata Kepala Dinas Sosial Kota Mataram, Lalu Samsul Adnan saat ditemui.")
            .Single(m => m.Kind == MentionKind.Name && m.Name.Contains("Samsul", StringComparison.Ordinal));
        Assert.That(mention.Name, Is.EqualTo("Lalu Samsul Adnan"));
    }

    [TestCase("Petugas Satuan Lalu Lintas mengatur kendaraan di simpang itu.")]
    [TestCase("Warga berkumpul di balai desa. Lalu Camat Sugianto datang.")]
    public void Find_LaluAsTrafficOrAsThen_OpensNoName(string text)
    {
        Assert.That(Find(text).Where(m => m.Name.StartsWith("Lalu", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Find_Pronoun_IsPronounMention()
    {
        var mention = Find("Setelah itu dia datang.").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Kind, Is.EqualTo(MentionKind.Pronoun));
            Assert.That(mention.Name, Is.EqualTo("dia"));
            Assert.That(mention.SpeakerType, Is.EqualTo(SpeakerType.Person));
        }
    }

    [Test]
    public void Find_GroupSource_IsGroupMention()
    {
        var mention = Find("Setelah itu para petugas berjaga.").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mention.Kind, Is.EqualTo(MentionKind.Group));
            Assert.That(mention.Name, Is.EqualTo("para petugas"));
        }
    }

    [Test]
    public void Build_FullNameThenShortForms_OneEntityWithFullCanonical()
    {
        var mentions = Find("Pendiri Telegram Pavel Durov berbicara di depan wartawan. Pavel lalu pergi. Setelah itu Durov kembali.");
        var entities = EntityClusters.Build(mentions, QuoteAttribution.Lexicons.CorpusVocabulary.Default);
        var pavel = entities.Where(e => e.Forms.Any(f => f.Contains("Pavel", StringComparison.Ordinal) || f.Contains("Durov", StringComparison.Ordinal))).ToList();
        Assert.That(pavel, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pavel[0].Canonical, Is.EqualTo("Pavel Durov"));
            Assert.That(pavel[0].Mentions, Has.Count.EqualTo(3));
            Assert.That(pavel[0].Aliases(), Is.EquivalentTo(new[] { "Pavel", "Durov" }));
        }
    }

    [Test]
    public void Build_ShortFormFirst_CanonicalBecomesFullestName()
    {
        var mentions = Find("Warga menunggu Durov. Pavel Durov akhirnya tiba.");
        var person = EntityClusters.Build(mentions, QuoteAttribution.Lexicons.CorpusVocabulary.Default).Single(e => e.Type == SpeakerType.Person);
        Assert.That(person.Canonical, Is.EqualTo("Pavel Durov"));
    }

    [Test]
    public void Build_TwoDifferentPeople_TwoEntities()
    {
        var mentions = Find("Budi Santoso bertemu Rina Wulandari. Budi lalu pulang.");
        var people = EntityClusters.Build(mentions, QuoteAttribution.Lexicons.CorpusVocabulary.Default).Where(e => e.Type == SpeakerType.Person).Select(e => e.Canonical).ToArray();
        Assert.That(people, Is.EquivalentTo(new[] { "Budi Santoso", "Rina Wulandari" }));
    }

    [TestCase("Bima Hendra Yulianto datang ke pasar. Menurut BHY, harga cabai terlalu tinggi.", "BHY", "Bima Hendra Yulianto")]
    [TestCase("Gubernur Raka Kusnadi meninjau banjir. Warga menyambut RK di posko.", "RK", "Raka Kusnadi")]
    public void Build_InitialsOfAPersonsName_JoinThatPerson(string text, string initials, string person)
    {
        var mentions = Find(text);
        var entities = EntityClusters.Build(mentions, QuoteAttribution.Lexicons.CorpusVocabulary.Default);
        var initialsMention = mentions.Single(m => m.Name == initials);
        Assert.That(entities[initialsMention.Entity].Canonical, Is.EqualTo(person));
    }

    [Test]
    public void Build_CountryInitialsBesideAPersonWithThoseInitials_StayApart()
    {
        var mentions = Find("Ahmad Sulaiman tiba di Washington. Pemerintah AS menyambut kedatangannya.");
        var entities = EntityClusters.Build(mentions, QuoteAttribution.Lexicons.CorpusVocabulary.Default);
        var ahmad = entities.Single(e => e.Canonical == "Ahmad Sulaiman");
        Assert.That(ahmad.Forms, Is.EqualTo(new[] { "Ahmad Sulaiman" }));
    }
}
