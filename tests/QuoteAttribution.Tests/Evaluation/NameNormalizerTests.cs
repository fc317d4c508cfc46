using Newtonsoft.Json;
using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public sealed class NameNormalizerTests
{
    private static readonly string[] Names =
    [
        "Zoë Ámelia", "ﬁrman Ḥasan", "O'Brien-Smith", "ΟΔΟΣ ΣΟΦΙΑΣ", "김정은", "Dr. H. Muhammad, S.H., M.H.",
        "  Budi\u00a0Santoso\t", "𝐁𝐮𝐝𝐢 Ⓢanto", "x²", "İstanbul", "Ｋｏｍｐａｓ", "under_score", "Σ", "aΣ'", "ŉ",
        "Nguyễn Thị Minh Khai", "K.H. Ma'ruf Amin", "Ahok (BTP)", "½ Budi", "😀 Rina", "Ḍaḥlān\u0301", "",
    ];

    [TestCase("Zoë Ámelia", "zoe amelia")]
    [TestCase("ﬁrman Ḥasan", "firman hasan")]
    [TestCase("Dr. H. Muhammad, S.H., M.H.", "dr h muhammad s h m h")]
    [TestCase("  Budi\u00a0Santoso\t", "budi santoso")]
    [TestCase("𝐁𝐮𝐝𝐢 Ⓢanto", "budi santo")]
    [TestCase("Ｋｏｍｐａｓ", "kompas")]
    [TestCase("ΟΔΟΣ ΣΟΦΙΑΣ", "οδος σοφιας")]
    [TestCase("Nguyễn Thị Minh Khai", "nguyen thi minh khai")]
    [TestCase("½ Budi", "1 2 budi")]
    [TestCase("under_score", "under_score")]
    [TestCase(null, "")]
    public void Normalize_Name_IsScorePyNormName(string? name, string expected) =>
        Assert.That(NameNormalizer.Normalize(name), Is.EqualTo(expected));

    [Test]
    public void Normalize_TrickyNames_AgreeWithScorePyLive()
    {
        var script = "import sys, json\nsys.path.insert(0, sys.argv[1])\nimport score\n" +
            "print(json.dumps([score.norm_name(n) for n in json.load(sys.stdin)]))\n";
        var output = ScoreReference.RunPython(["-c", script, ScoreReference.AnnotationDirectory ?? "."], JsonConvert.SerializeObject(Names));

        Assert.That(Names.Select(NameNormalizer.Normalize), Is.EqualTo(JsonConvert.DeserializeObject<string[]>(output)));
    }
}
