using NUnit.Framework;

namespace QuoteAttribution.Tests.Quotes;

/// <summary>Constructions met in real news that the first cue patterns missed.</summary>
public sealed class ReportingPatternTests
{
    private static readonly QuoteExtractor Extractor = new(new QuoteExtractorOptions { UseModel = false });

    [Test]
    public void Analyze_UnlistedVerbBeforeBahwa_IsIndirectQuote()
    {
        var quotes = Extractor.Analyze("Pelatih Danu Wicaksono berkomentar bahwa timnya siap menghadapi laga tandang pekan depan.").Quotes;
        Assert.That(quotes, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes[0].Content, Is.EqualTo("timnya siap menghadapi laga tandang pekan depan"));
            Assert.That(quotes[0].Cue, Is.EqualTo("berkomentar"));
            Assert.That(quotes[0].Speaker, Is.EqualTo("Danu Wicaksono"));
        }
    }

    [TestCase("Warga Desa Sukamaju Evi Lestari bilang, harga beras naik dua kali dalam sebulan.", "bilang", "Evi Lestari")]
    [TestCase("Kuasa hukum Rudi Santoso menuding penyidik mengabaikan bukti yang mereka ajukan.", "menuding", "Rudi Santoso")]
    [TestCase("Ketua RT Joko Susilo berpesan agar warga tidak membakar sampah di halaman.", "berpesan", "Joko Susilo")]
    [TestCase("Direktur Operasional Fadjar Nugraha melanjutkan, jalur evakuasi akan dibuka besok pagi.", "melanjutkan", "Fadjar Nugraha")]
    public void Analyze_CueFormOfRealNews_IsIndirectQuote(string text, string cue, string speaker)
    {
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quotes[0].Cue, Is.EqualTo(cue));
            Assert.That(quotes[0].Speaker, Is.EqualTo(speaker));
        }
    }

    [Test]
    public void Analyze_VerbBeforeBahwaWithoutSubject_IsNoQuote()
    {
        var quotes = Extractor.Analyze("data survei menunjukkan bahwa minat baca anak terus naik setiap tahun.").Quotes;
        Assert.That(quotes, Is.Empty);
    }

    [Test]
    public void Analyze_HalItuDisampaikanOleh_AttributesThePreviousParagraph()
    {
        const string text =
            "Harga gabah di tingkat petani diperkirakan naik menjelang musim tanam. Petani diminta tidak menjual gabah terlalu cepat.\n\n" +
            "Hal itu disampaikan oleh Kepala Dinas Pertanian Kabupaten Ngawi Sri Wahyuni di kantornya, Rabu (12/3/2025).";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Content), Is.EqualTo(new[]
        {
            "Harga gabah di tingkat petani diperkirakan naik menjelang musim tanam",
            "Petani diminta tidak menjual gabah terlalu cepat",
        }));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Sri Wahyuni"));
    }

    [Test]
    public void Analyze_SecondParagraphClosesAnOpenQuote_TwoQuotesOneSpeaker()
    {
        const string text =
            "\"Kebakaran terjadi sekitar pukul 02.00 dini hari.\n\n" +
            "Api berasal dari dapur salah satu kios dan cepat merambat,\" kata Kapolsek Tanah Abang Kompol Rudi Hartono, Minggu (2/3/2025).";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Content), Is.EqualTo(new[]
        {
            "Kebakaran terjadi sekitar pukul 02.00 dini hari.",
            "Api berasal dari dapur salah satu kios dan cepat merambat",
        }));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Rudi Hartono"));
    }

    [Test]
    public void Analyze_ClausePassesThroughKatanya_WholeClauseIsContent()
    {
        const string text = "Budi Santoso memimpin rapat warga. Dengan adanya pos ronda ini, katanya warga bisa tidur lebih tenang setiap malam.";
        var quote = Extractor.Analyze(text).Quotes.Single(q => q.Cue == "katanya");
        Assert.That(quote.Content, Is.EqualTo("Dengan adanya pos ronda ini, katanya warga bisa tidur lebih tenang setiap malam"));
    }

    [Test]
    public void Analyze_UnnamedSeorangSource_KeepsTheDescriptivePhrase()
    {
        var quote = Extractor.Analyze("Seorang penggemar mengaku kecewa karena konser ditunda tanpa pemberitahuan.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Seorang penggemar"));
            Assert.That(quote.SpeakerType, Is.EqualTo(SpeakerType.Unnamed));
        }
    }

    [Test]
    public void Analyze_TitleFollowedByLowerCaseRole_NameIsTheSpeaker()
    {
        var quote = Extractor.Analyze("Ketua majelis hakim Wahyu Prasetyo menyatakan terdakwa terbukti bersalah.").Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Wahyu Prasetyo"));
    }

    [Test]
    public void Analyze_RoleCommaNameAfterCue_NameAfterTheCommaIsTheSpeaker()
    {
        var quote = Extractor.Analyze("\"Pelaku sudah kami amankan,\" kata Kapolres Kendal, AKBP Hendra Saputra, Selasa (10/6/2025).").Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Hendra Saputra"));
    }

    [Test]
    public void Analyze_BacaJugaGluedToNextParagraph_OnlyItsFirstSentenceIsFurniture()
    {
        const string text = "Baca Juga: Banjir Rendam Tiga Desa Dua orang hilang terseret arus di Sungai Bengawan. " +
            "Tim SAR gabungan mengatakan pencarian akan dilanjutkan besok pagi.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Content, Is.EqualTo("pencarian akan dilanjutkan besok pagi"));
    }

    [Test]
    public void Analyze_NameBeforeItsAddressApposition_NameIsTheSpeaker()
    {
        const string text = "Wati, seorang penjual sayur di Desa Karangrejo, Kecamatan Sumberpucung, Malang, mengaku dagangannya tidak laku sejak jalan ditutup.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Wati"));
    }

    [Test]
    public void Analyze_DoctorWithDegreeAfterComma_DegreeIsNoSpeaker()
    {
        const string text = "\"Anak yang demam lebih dari tiga hari harus dibawa ke dokter,\" kata dokter spesialis anak dr Yuliana Kartika, SpA.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Yuliana Kartika"));
    }

    [Test]
    public void Analyze_UnnamedSourceWithDescription_KeepsTheWholeDescription()
    {
        var quote = Extractor.Analyze("Seorang mantan karyawan pabrik mengaku belum menerima pesangon sejak bulan lalu.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Seorang mantan karyawan pabrik"));
            Assert.That(quote.SpeakerType, Is.EqualTo(SpeakerType.Unnamed));
        }
    }

    [Test]
    public void Analyze_NameGluedToItsVerb_SplitsAndAttributes()
    {
        var quote = Extractor.Analyze("Pelatih tim voli putri Indonesia,Rudi Hermawanmenegaskan timnya siap tampil di final besok.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Content, Is.EqualTo("timnya siap tampil di final besok"));
            Assert.That(quote.Speaker, Is.EqualTo("Rudi Hermawan"));
        }
    }

    [Test]
    public void Analyze_TitleInAppositionThenBareTitle_RefersToTheNamedHolder()
    {
        const string text = "Kapolsek Cibinong, AKP Dimas Prayoga, mengatakan pelaku sudah ditahan sejak Senin.\n\n" +
            "Kapolsek menambahkan, barang bukti berupa dua sepeda motor telah diamankan di kantor polisi.";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Dimas Prayoga", "Dimas Prayoga" }));
    }

    [Test]
    public void Analyze_DescriptionClosedByItuAsSubject_RefersBackToTheNamedPerson()
    {
        const string text = "Bambang Sutejo membuka festival kopi di alun-alun kota.\n\n" +
            "Pengusaha asal Temanggung itu juga mengatakan bahwa harga kopi robusta naik sejak awal tahun.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Speaker, Is.EqualTo("Bambang Sutejo"));
            Assert.That(quote.Source, Is.EqualTo("Pengusaha asal Temanggung itu"));
        }
    }

    [Test]
    public void Analyze_NameThenLowerCaseApposition_NameIsTheSubject()
    {
        var quote = Extractor.Analyze("Rina Kusumawati, ekonom senior Bank Sentosa memperkirakan, inflasi bulan depan tetap rendah.").Quotes.Single();
        Assert.That(quote.Speaker, Is.EqualTo("Rina Kusumawati"));
    }

    [Test]
    public void Analyze_MenurutRoleThenApposedName_NameIsTheSourceNotTheContent()
    {
        var quote = Extractor.Analyze("Menurut Kepala Dinas Pangan Kota Madiun, Wulan Prasetyo, stok beras aman sampai akhir tahun.").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Content, Is.EqualTo("stok beras aman sampai akhir tahun"));
            Assert.That(quote.Source, Is.EqualTo("Wulan Prasetyo"));
            Assert.That(quote.Speaker, Is.EqualTo("Wulan Prasetyo"));
        }
    }

    [Test]
    public void Analyze_MenurutRoleThenApposedNameBeforeDirectQuote_IsDirectQuoteOfTheName()
    {
        var quote = Extractor.Analyze("Menurut Ketua Koperasi Tani Makmur, Hasan Basri, \"Panen tahun ini lebih baik dari tahun lalu.\"").Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Type, Is.EqualTo(QuoteType.Direct));
            Assert.That(quote.Speaker, Is.EqualTo("Hasan Basri"));
        }
    }

    [Test]
    public void Analyze_MenurutNameThenCommaInContent_ContentStartsAfterTheFirstComma()
    {
        var quote = Extractor.Analyze("Menurut Sinta Maharani, Bandung, Cimahi dan Garut sudah siap menggelar pasar murah.").Quotes.Single();
        Assert.That(quote.Content, Is.EqualTo("Bandung, Cimahi dan Garut sudah siap menggelar pasar murah"));
    }

    [Test]
    public void Analyze_DenganKataLain_IsNoQuote()
    {
        var quotes = Extractor.Analyze("Dengan kata lain, harga tiket kereta akan naik mulai bulan depan.").Quotes;
        Assert.That(quotes, Is.Empty);
    }

    [TestCase("Lurah Darmawan Putra meninjau saluran air. Menurut dia saluran itu harus dikeruk sebelum musim hujan.", "saluran itu harus dikeruk sebelum musim hujan", "Darmawan Putra")]
    [TestCase("Petugas bandara Iwan Setiadi memantau asap. Hingga saat ini kata Iwan, jarak pandang masih aman untuk penerbangan.", "Hingga saat ini kata Iwan, jarak pandang masih aman untuk penerbangan", "Iwan Setiadi")]
    [TestCase("Kepala Desa Harjo Sutrisno meninjau jalan. Kerusakan jalan itu, menurutnya, sudah terjadi sejak tiga tahun lalu.", "Kerusakan jalan itu, menurutnya, sudah terjadi sejak tiga tahun lalu", "Harjo Sutrisno")]
    [TestCase("Gubernur Anung Prasetya meninjau lokasi banjir. Dalam waktu dekat, kata Anung, DLH juga akan menyampaikan hasil temuan tersebut.", "Dalam waktu dekat, kata Anung, DLH juga akan menyampaikan hasil temuan tersebut", "Anung Prasetya")]
    [TestCase("Rapat berlangsung lama. Namun demikian, menurut Agus Salim, saat ini pihaknya masih menunggu keputusan kementerian.", "saat ini pihaknya masih menunggu keputusan kementerian", "Agus Salim")]
    [TestCase("Program itu diluncurkan pekan lalu. Menurut Susilo Wardhana pihaknya sedang meninjau ulang program stimulus ekonomi.", "pihaknya sedang meninjau ulang program stimulus ekonomi", "Susilo Wardhana")]
    [TestCase("Survei digelar oleh Hendro Wiyono. Kemudian, kata dia, pada simulasi dua pasangan calon elektabilitas mereka bersaing ketat.", "pada simulasi dua pasangan calon elektabilitas mereka bersaing ketat", "Hendro Wiyono")]
    public void Analyze_ReportingConstructionOfRealNews_GivesTheClauseAndItsSpeaker(string text, string content, string speaker)
    {
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Content, Is.EqualTo(content));
            Assert.That(quote.Speaker, Is.EqualTo(speaker));
        }
    }

    [TestCase("\"Kami siapkan dana darurat,\" kata Direktur Utama Bank Sentosa, Agus Haryanto Widodo saat ditemui di Jakarta.", "Agus Haryanto Widodo")]
    [TestCase("\"Gudang pupuk kami buka setiap pagi,\" kata Plt. Kepala Dinas Pertanian, Wahyu Nugroho, saat meninjau gudang.", "Wahyu Nugroho")]
    [TestCase("\"Petani organik butuh pasar tetap,\" kata Sekretaris Jenderal (Sekjen) Asosiasi Petani Organik Indonesia (APOI), Rina Wulandari, di Bogor.", "Rina Wulandari")]
    [TestCase("\"Audisi tahun ini diikuti seribu peserta,\" kata Manajer Tim Bulutangkis Jaya Raya sekaligus Koordinator Tim Pencari Bakat Atlet Putri, Rina Wulandari.", "Rina Wulandari")]
    [TestCase("\"Layanan kesehatan terlalu berfokus pada pengobatan,\" kata anggota Dewan Pengawas Rumah Sakit Umum, Rina Wulandari, SH, MPsi.", "Rina Wulandari")]
    [TestCase("Anggota Dewan Pengawas Rumah Sakit Umum, Rina Wulandari, SH, M.Kes, menilai layanan kesehatan terlalu berfokus pada pengobatan.", "Rina Wulandari")]
    [TestCase("Para ahli keselamatan memperingatkan bahwa jembatan itu tidak layak dilewati truk.", "Para ahli keselamatan")]
    [TestCase("\"Jembatan itu tidak layak dilewati truk,\" tulis netizen lainnya.", "netizen lainnya")]
    [TestCase("Para ahli kini memperingatkan bahwa jembatan itu tidak layak dilewati truk.", "Para ahli")]
    [TestCase("Warga sudah lama mengeluhkan bahwa jembatan itu tidak layak dilewati truk.", "Warga")]
    public void Analyze_SourceShapeOfRealNews_GivesItsSpeaker(string text, string speaker)
    {
        Assert.That(Extractor.Analyze(text).Quotes.Single().Speaker, Is.EqualTo(speaker));
    }

    [Test]
    public void Analyze_LoneFirstNameAfterTheCommaOfACollective_IsTheSpeaker()
    {
        const string text = "Raka Pratama melapor ke polisi pekan lalu.\n\n" +
            "\"Klien kami belum menerima surat panggilan,\" kata kuasa hukum Raka, Jajang, dalam konferensi pers.\n\n" +
            "\"Kami akan datang bila dipanggil,\" ujar Jajang.";
        var quotes = Extractor.Analyze(text).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Jajang", "Jajang" }));
    }

    [TestCase("Kalapas Narkotika Kelas IIA Kupang", "Kalapas")]
    [TestCase("Menteri Lingkungan Hidup", "MenLH")]
    [TestCase("Wakil Menteri Pariwisata", "Wamenpar")]
    public void Analyze_AbbreviatedTitleAlone_RefersBackToItsHolder(string role, string title)
    {
        var text = $"Hal ini disampaikan {role}, Joko Susilo, di Kupang pada Sabtu.\n\n{title} menjelaskan bahwa pengunjung wajib membawa kartu identitas.";
        var quote = Extractor.Analyze(text).Quotes.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(quote.Source, Is.EqualTo(title));
            Assert.That(quote.Speaker, Is.EqualTo("Joko Susilo"));
        }
    }

    [Test]
    public void Analyze_HeadlineWordGluedToTheName_IsNoPartOfTheName()
    {
        const string text = "KABARsedihGendhis Wirasoka. Pelukis itu menutup galerinya pekan lalu.\n\n\"Saya ingin beristirahat dulu,\" kata Wirasoka.";
        Assert.That(Extractor.Analyze(text).Quotes.Single().Speaker, Is.EqualTo("Gendhis Wirasoka"));
    }

    [TestCase("Menurut Undang-Undang Pemilu tahapan kampanye dimulai bulan depan.")]
    [TestCase("Menurut Kepala Dinas Pendidikan sekolah dibuka kembali bulan depan.")]
    public void Analyze_MenurutALawOrABareTitleWithoutComma_IsNoQuote(string text)
    {
        Assert.That(Extractor.Analyze(text).Quotes, Is.Empty);
    }
}
