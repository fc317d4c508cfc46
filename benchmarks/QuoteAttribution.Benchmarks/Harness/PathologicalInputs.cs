using System.Text;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>The adversarial inputs of the pathological mode, generated to a size in UTF-8 bytes.</summary>
internal static class PathologicalInputs
{
    private const string Marks = "\"“”'‘’«»„\"";

    private static readonly string[] Words =
    [
        "kata", "Budi", "Santoso", "mengatakan", "bahwa", "warga", "Wali", "Kota", "Bekasi", "akan", "menambah",
        "pompa", "air", "ujarnya", "Ia", "menurut", "Dinas", "Perhubungan", "Siti", "Lubis", "para", "pedagang",
        "menegaskan", "pemerintah", "tidak", "bisa", "menunda", "Kepala", "Badan", "di", "dan", "yang",
    ];

    /// <summary>One article of quotation marks only, straight and curly, double and single, no white space.</summary>
    public static string QuoteMarks(long utf8Bytes)
    {
        var text = new StringBuilder();
        long bytes = 0;
        for (var i = 0; bytes < utf8Bytes; i++)
        {
            var c = Marks[i % Marks.Length];
            text.Append(c);
            bytes += Encoding.UTF8.GetByteCount([c]);
        }

        return text.ToString();
    }

    /// <summary>One article of words (names, cues, function words) and single spaces: no punctuation, no line break.</summary>
    public static string NoPunctuation(long utf8Bytes)
    {
        var random = new DeterministicRandom(7);
        var text = new StringBuilder((int)Math.Min(utf8Bytes + 16, int.MaxValue / 2));
        while (text.Length < utf8Bytes)
        {
            text.Append(random.Pick(Words)).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>Tiny articles: one short sentence each, some quoted.</summary>
    public static IEnumerable<string> TinyArticles(int count)
    {
        var random = new DeterministicRandom(11);
        for (var i = 0; i < count; i++)
        {
            var name = $"{random.Pick(Vocabulary.FirstNames)} {random.Pick(Vocabulary.Surnames)}";
            yield return random.Next(3) switch
            {
                0 => $"\"Kami siap,\" kata {name}.",
                1 => $"{name} mengatakan bahwa warga aman.",
                _ => "Hujan turun sejak pagi.",
            };
        }
    }
}
