using NUnit.Framework;

namespace QuoteAttribution.Tests.Attribution;

public sealed class AttributionTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Test]
    public void Analyze_DiaAfterNamedSpeaker_ResolvesToThatSpeaker()
    {
        const string text = "Kepala desa Budi Santoso meninjau sawah warga.\nHarga gabah akan naik pekan depan, kata dia.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Budi Santoso"));
            Assert.That(quote.Source, Is.EqualTo("dia"));
            Assert.That(quote.SpeakerType, Is.EqualTo(SpeakerType.Person));
        }
    }

    [Test]
    public void Analyze_UjarnyaAfterQuotedSpeaker_ContinuesPreviousSpeaker()
    {
        const string text = "\"Kami sudah menanam padi sejak Maret,\" kata Rina Wulandari.\n\"Panen tahun ini akan lebih baik,\" ujarnya.";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Rina Wulandari", "Rina Wulandari" }));
    }

    [Test]
    public void Analyze_NamedAtCue_ProvenanceNamesCueSourceSieve()
    {
        var quote = Extractor.Analyze("\"Kami akan menambah armada bus,\" kata Budi Santoso.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Provenance.Rule, Does.EndWith("/cue-source"));
            Assert.That(quote.Confidence, Is.InRange(0.0, 1.0));
            Assert.That(quote.Provenance.Detail, Is.Not.Empty);
        }
    }

    [Test]
    public void Analyze_PronounSource_ProvenanceNamesPronounSieve()
    {
        const string text = "Budi Santoso meninjau sawah warga.\nHarga gabah akan naik pekan depan, kata dia.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Provenance.Rule, Does.EndWith("/pronoun"));
    }

    [Test]
    public void Analyze_NoSpeakerAnywhere_ProvenanceUnresolved()
    {
        var quote = Extractor.Analyze("\"Pokoknya semua harus selesai hari ini juga.\"").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.Null);
            Assert.That(quote.Provenance.Rule, Does.EndWith("/unresolved"));
            Assert.That(quote.Confidence, Is.Zero);
        }
    }

    [Test]
    public void Analyze_TwoSpeakersAlternating_EachQuoteGetsItsSpeaker()
    {
        const string text =
            "\"Jembatan ini harus diperbaiki tahun ini,\" kata Budi Santoso.\n" +
            "\"Anggarannya belum tersedia,\" ujar Rina Wulandari.\n" +
            "\"Kalau begitu kami akan bergotong royong,\" kata Budi.\n" +
            "\"Kami akan membantu dengan alat berat,\" ujar Rina.";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Budi Santoso", "Rina Wulandari", "Budi Santoso", "Rina Wulandari" }));
    }

    [Test]
    public void Analyze_DistractorMentionedNotSpeaking_KatanyaGoesToSubjectSpeaker()
    {
        const string text =
            "Budi Santoso mengatakan, pembangunan jembatan akan dimulai bulan depan.\n" +
            "Ia juga sempat bertemu dengan Rina Wulandari di kantor kecamatan.\n" +
            "Jembatan itu ditargetkan selesai akhir tahun, katanya.";
        var quotes = Extractor.Analyze(text).Quotes;
        var last = quotes.Single(q => q.Cue == "katanya");
        Assert.That(last.Speaker, Is.EqualTo("Budi Santoso"));
    }

    [Test]
    public void Analyze_SpeakerWithRole_SpeakerNameWithoutRoleAndRoleKept()
    {
        var quote = Extractor.Analyze("\"Halte baru dibuka pekan depan,\" kata Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Syafrin Liputo"));
            Assert.That(quote.Roles, Does.Contain("Kepala Dinas Perhubungan DKI Jakarta"));
        }
    }

    [Test]
    public void Analyze_ShortFormAtCue_SpeakerIsFullestNameWithAliases()
    {
        const string text = "Pendiri Telegram Pavel Durov tiba di Jakarta.\n\"Privasi pengguna adalah prioritas kami,\" kata Durov.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Pavel Durov"));
            Assert.That(quote.Source, Is.EqualTo("Durov"));
            Assert.That(quote.Aliases, Does.Contain("Durov"));
        }
    }

    [TestCase("\"Tim ini butuh waktu untuk tumbuh,\" kata mantan pelatih Persiba itu.")]
    [TestCase("\"Tim ini butuh waktu untuk tumbuh,\" ujar pelatih asal Balikpapan tersebut.")]
    public void Analyze_DescriptionWithDemonstrativeAfterCue_RefersBackToThePersonNamedBefore(string quoteLine)
    {
        var text = "Pelatih Damar Wicaksono menonton latihan tim muda di Samarinda.\n" + quoteLine;
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Damar Wicaksono"));
            Assert.That(quote.Source, Does.EndWith("itu").Or.EndWith("tersebut"));
        }
    }

    [Test]
    public void Analyze_SubjectDescriptionClosedByIniAfterAName_RefersBackToThePersonNamedBefore()
    {
        const string text = "Anggota DPRD Kaltim Damar Wicaksono meninjau jembatan yang retak.\nPolitikus Partai Nusantara ini mengatakan perbaikan harus dimulai bulan depan.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Damar Wicaksono"));
    }

    [Test]
    public void Analyze_HariIniBeforeTheCue_IsATimeNotADescription()
    {
        const string text = "Kementerian Perhubungan hari ini mengatakan jadwal kapal kembali normal.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Kementerian Perhubungan"));
    }

    [Test]
    public void Analyze_PronounAfterAnInlineAdvertisement_RefersToThePersonBeforeIt()
    {
        const string text = "\"Pasokan beras cukup sampai Lebaran,\" kata Kepala Bulog Sulawesi Rahmat Pranoto, Senin (3/3). "
            + "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia menjelaskan stok di gudang mencapai 40 ribu ton.";
        var quotes = Extractor.Analyze(text).Quotes;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes, Has.Count.EqualTo(2));
            Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Rahmat Pranoto"));
            Assert.That(quotes.Select(q => q.Content), Has.None.Contains("ADVERTISEMENT"));
        }
    }
}
