namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>
/// The word lists the article generator draws from: invented names, roles, places, cues and the
/// pieces of quotations. All of it is written for these benchmarks.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Budi", "Siti", "Agus", "Dewi", "Rudi", "Ratna", "Hendra", "Wulan", "Yusuf", "Rina", "Bambang", "Lestari",
        "Teguh", "Ayu", "Fajar", "Indah", "Joko", "Maria", "Slamet", "Nurul", "Arif", "Kartika", "Made", "Ketut",
    ];

    public static readonly string[] Surnames =
    [
        "Santoso", "Wibowo", "Lubis", "Siregar", "Nasution", "Hakim", "Pratama", "Kusuma", "Saputra", "Halim",
        "Gunawan", "Rahman", "Sitompul", "Wijaya", "Hutapea", "Suryadi", "Manurung", "Purnomo", "Tanjung", "Aritonang",
    ];

    public static readonly string[] Roles =
    [
        "Kepala Dinas Perhubungan", "Wali Kota", "Direktur Utama PT Sarana Air Nusantara", "Ketua Komisi C DPRD",
        "Juru bicara Kepolisian Daerah", "Kapolres", "Gubernur", "Sekretaris Daerah", "Kepala Bidang Pengairan",
        "Kepala Badan Penanggulangan Bencana Daerah", "Camat", "Ketua Rukun Warga", "Direktur Rumah Sakit Umum Daerah",
    ];

    public static readonly string[] Places =
    [
        "Bekasi", "Bogor", "Depok", "Tangerang", "Cirebon", "Semarang", "Medan", "Palembang", "Pontianak", "Kupang",
        "Ambon", "Mataram", "Jambi", "Padang", "Manado", "Kendari",
    ];

    public static readonly string[] Outlets = ["WARTAKITA", "KABARNUSA.com", "SUARADAERAH", "Harian Pagi", "BERITASATU.id"];

    public static readonly string[] Organizations =
    [
        "Badan Meteorologi Daerah", "Dinas Kesehatan", "Perusahaan Daerah Air Minum", "Lembaga Bantuan Hukum",
        "Dinas Pekerjaan Umum", "Koperasi Nelayan Sejahtera",
    ];

    public static readonly string[] SaidAfter = ["kata", "ujar", "tutur", "ucap", "jelas", "tegas", "imbuh"];

    public static readonly string[] SaidBefore = ["mengatakan", "menjelaskan", "menegaskan", "menyebutkan", "mengungkapkan", "menyatakan"];

    public static readonly string[] Pronouns = ["Ia", "Dia", "Beliau"];

    public static readonly string[] Groups = ["Sejumlah warga", "Para pedagang", "Beberapa nelayan", "Pihak sekolah", "Seorang sopir angkot"];

    public static readonly string[] QuoteSubjects = ["Kami", "Pemerintah", "Warga", "Petugas kami", "Semua pihak", "Anak-anak"];

    public static readonly string[] QuoteVerbs =
    [
        "akan menambah", "sudah memeriksa", "masih menunggu", "tidak bisa menunda", "terus memantau", "segera memperbaiki",
        "belum menerima", "harus mengawasi",
    ];

    public static readonly string[] QuoteObjects =
    [
        "pompa air di tiga titik", "laporan dari kelurahan", "jadwal pengangkutan sampah", "bantuan untuk pengungsi",
        "harga beras di pasar", "kondisi tanggul", "data penerima bantuan", "jalan yang rusak parah",
    ];

    public static readonly string[] QuoteTails =
    [
        "mulai pekan depan", "hingga akhir bulan", "secepatnya", "sebelum musim hujan", "dalam dua hari ini", "setiap malam",
    ];

    public static readonly string[] Narrative =
    [
        "Hujan deras mengguyur kawasan itu sejak Minggu malam.",
        "Ketinggian air di beberapa permukiman mencapai 60 sentimeter.",
        "Sebanyak 1.250 warga mengungsi ke balai desa dan masjid terdekat.",
        "Arus lalu lintas di jalan utama sempat tersendat selama tiga jam.",
        "Harga cabai rawit naik menjadi Rp 85.000 per kilogram.",
        "Petugas gabungan membersihkan lumpur dari rumah-rumah warga.",
        "Pemerintah daerah menyiapkan anggaran darurat sebesar Rp 2,5 miliar.",
        "Sekolah di tiga kecamatan meliburkan siswanya hingga Rabu (5/3/2025).",
    ];

    public static readonly string[] Headlines =
    [
        "Tanggul Jebol, Ratusan Rumah Terendam", "Harga Beras Mulai Turun", "Jalan Lingkar Selatan Ditutup Sementara",
        "Posko Kesehatan Dibuka di Lima Kecamatan",
    ];
}
