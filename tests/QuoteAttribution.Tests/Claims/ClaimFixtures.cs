using QuoteAttribution.Claims;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Claims;

/// <summary>Hand-attributed Indonesian articles of our own, so graph and store tests do not depend on the engine's state.</summary>
internal static class ClaimFixtures
{
    /// <summary>A quote of <paramref name="content"/> (which must stand in <paramref name="text"/>) by <paramref name="speaker"/>.</summary>
    public static AttributedQuote Quote(
        string text, string content, string? speaker, SpeakerType? type = SpeakerType.Person, string[]? aliases = null, string[]? roles = null, string cue = "kata")
    {
        var start = text.IndexOf(content, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{content}' is not in the text", nameof(content));
        }

        return new AttributedQuote
        {
            Content = content,
            ContentSpan = new TextSpan(start, start + content.Length),
            Type = QuoteType.Direct,
            Cue = cue,
            Speaker = speaker,
            SpeakerType = speaker is null ? null : type,
            Aliases = aliases ?? [],
            Roles = roles ?? [],
            Provenance = new Provenance("test", 0.9, "written by hand"),
        };
    }

    public static (ClaimArticle Article, ArticleAnalysis Analysis) Article(string id, string? date, string text, params AttributedQuote[] quotes) =>
        (new ClaimArticle(id, "KabarKita", $"https://kabarkita.example/{id}", $"Judul {id}", date), new ArticleAnalysis(text, quotes));

    public const string BanjirText =
        "Kepala BPBD Kota Bekasi Dedi Kurniawan mengatakan air mulai surut. " +
        "\"Kami masih menyiagakan 40 perahu karet di titik rawan sampai Kali Bekasi aman,\" kata Dedi.";

    public const string BanjirLanjutanText =
        "Dedi menyebut situasi terkendali. " +
        "\"Kami masih menyiagakan 40 perahu karet di titik rawan sampai Kali Bekasi aman,\" ujar Dedi Kurniawan, Kepala Pelaksana BPBD.";

    public const string PasarText =
        "Pedagang di Pasar Baru, Budi Santoso, menegaskan harga cabai rawit naik dua kali lipat. " +
        "\"Pembeli mulai mengurangi belanja,\" kata Budi. Warga juga mengeluh. \"Mahal sekali,\" kata warga.";

    public const string PasarLainText =
        "Budi Hartono, petani cabai di Garut, mengaku panen turun. \"Hujan terus, cabai busuk di pohon,\" ujar Budi. " +
        "\"Mahal sekali,\" kata warga.";

    public static (ClaimArticle, ArticleAnalysis) Banjir() => Article("banjir-1", "2025-03-04", BanjirText,
        Quote(BanjirText, "air mulai surut", "Dedi Kurniawan", aliases: ["Dedi"], roles: ["Kepala BPBD Kota Bekasi"], cue: "mengatakan"),
        Quote(BanjirText, "Kami masih menyiagakan 40 perahu karet di titik rawan sampai Kali Bekasi aman", "Dedi Kurniawan", aliases: ["Dedi"]));

    // Dated earlier than Banjir: the shared claim's first appearance is here.
    public static (ClaimArticle, ArticleAnalysis) BanjirLanjutan() => Article("banjir-2", "2025-03-03", BanjirLanjutanText,
        Quote(BanjirLanjutanText, "situasi terkendali", "Dedi", aliases: [], cue: "menyebut"),
        Quote(BanjirLanjutanText, "Kami masih menyiagakan 40 perahu karet di titik rawan sampai Kali Bekasi aman", "Dedi Kurniawan", aliases: ["Dedi"], roles: ["Kepala Pelaksana BPBD"], cue: "ujar"));

    public static (ClaimArticle, ArticleAnalysis) Pasar() => Article("pasar-1", "2025-02-10", PasarText,
        Quote(PasarText, "harga cabai rawit naik dua kali lipat", "Budi Santoso", aliases: ["Budi"], cue: "menegaskan"),
        Quote(PasarText, "Pembeli mulai mengurangi belanja", "Budi Santoso", aliases: ["Budi"]),
        Quote(PasarText, "Mahal sekali", "warga", SpeakerType.Group));

    public static (ClaimArticle, ArticleAnalysis) PasarLain() => Article("pasar-2", "2025-02-11", PasarLainText,
        Quote(PasarLainText, "Hujan terus, cabai busuk di pohon", "Budi Hartono", aliases: ["Budi"], cue: "ujar"),
        Quote(PasarLainText, "Mahal sekali", "warga", SpeakerType.Group));

    public const string KosterText =
        "Gubernur Bali I Wayan Koster meminta warga menjaga kebersihan pantai. \"Sampah plastik harus berkurang tahun ini,\" kata Koster.";

    public const string KosterLagiText = "\"Pantai Kuta akan kami tata ulang,\" ujar Koster di Denpasar.";

    public const string KosterPendekText = "Wayan Koster menyebut jumlah wisatawan naik.";

    /// <summary>A governor named "I Wayan Koster", with the alias "Koster".</summary>
    public static (ClaimArticle, ArticleAnalysis) Koster() => Article("bali-1", "2025-04-02", KosterText,
        Quote(KosterText, "Sampah plastik harus berkurang tahun ini", "I Wayan Koster", aliases: ["Koster"], roles: ["Gubernur Bali"]));

    /// <summary>The same governor, named only "Koster" (dated earlier).</summary>
    public static (ClaimArticle, ArticleAnalysis) KosterLagi() => Article("bali-0", "2025-04-01", KosterLagiText,
        Quote(KosterLagiText, "Pantai Kuta akan kami tata ulang", "Koster", cue: "ujar"));

    /// <summary>The same governor as "Wayan Koster", without the particle.</summary>
    public static (ClaimArticle, ArticleAnalysis) KosterPendek() => Article("bali-2", "2025-04-03", KosterPendekText,
        Quote(KosterPendekText, "jumlah wisatawan naik", "Wayan Koster", cue: "menyebut"));

    public static ClaimGraph Graph(params (ClaimArticle Article, ArticleAnalysis Analysis)[] articles)
    {
        var builder = new ClaimGraphBuilder();
        foreach (var (article, analysis) in articles)
        {
            builder.Add(article, analysis);
        }

        return builder.Build();
    }
}
