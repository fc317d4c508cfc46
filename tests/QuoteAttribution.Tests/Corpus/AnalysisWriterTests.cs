using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Tests.Corpus;

public sealed class AnalysisWriterTests
{
    // An emoji (two UTF-16 code units) before the quote makes UTF-16 and code-point offsets differ.
    private const string Text = "😀 Banjir lagi. “Kami sudah siap menghadapi musim hujan,” kata Budi Santoso di Bekasi.";

    private static readonly ArticleRecord Article = Read(
        """{"id": "b-1", "outlet": "Contoh", "title": "Banjir Lagi", "date": "2024-11-02", "text": "TEXT", "quotes": ["lama"]}"""
            .Replace("TEXT", Text, StringComparison.Ordinal));

    private static readonly ArticleAnalysis Analysis = new(Text,
    [
        Quotes.Direct(Text, "Kami sudah siap menghadapi musim hujan", "kata", "Budi Santoso", confidence: 0.87654),
        Quotes.Indirect(Text, "Banjir lagi"),
    ]);

    [Test]
    public void Jsonl_Record_HasInputFieldsInInputOrderThenQuotes()
    {
        var record = JObject.Parse(WriteJsonl(Article, Analysis));

        Assert.That(record.Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "outlet", "title", "date", "text", "quotes" }));
        Assert.That((string?)record["date"], Is.EqualTo("2024-11-02"));
        Assert.That(record["quotes"]!.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Jsonl_Quote_HasTheGuidelineFieldNamesInOrder()
    {
        var quote = (JObject)JObject.Parse(WriteJsonl(Article, Analysis))["quotes"]![0]!;

        Assert.That(quote.Properties().Select(p => p.Name), Is.EqualTo(new[]
        {
            "content", "content_start", "content_end", "type", "cue", "cue_start", "source", "source_start",
            "speaker", "speaker_type", "aliases", "roles", "optional", "confidence", "provenance",
        }));
        Assert.That(((JObject)quote["provenance"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "rule", "confidence", "detail" }));
        Assert.That((string?)quote["type"], Is.EqualTo("direct"));
        Assert.That((string?)quote["speaker_type"], Is.EqualTo("person"));
        Assert.That(quote["aliases"]!.Values<string>(), Is.EqualTo(new[] { "Budi" }));
    }

    [Test]
    public void Jsonl_TextWithEmojiBeforeTheQuote_WritesUtf16Offsets()
    {
        var quote = JObject.Parse(WriteJsonl(Article, Analysis))["quotes"]![0]!;
        var start = (int)quote["content_start"]!;
        var end = (int)quote["content_end"]!;

        Assert.That(start, Is.EqualTo(Text.IndexOf("Kami", StringComparison.Ordinal)));
        Assert.That(Text[start..end], Is.EqualTo((string?)quote["content"]));
        Assert.That(Text.Substring((int)quote["source_start"]!, "Budi Santoso".Length), Is.EqualTo("Budi Santoso"));
    }

    [Test]
    public void Jsonl_NonAsciiText_IsWrittenAsIsOnOneLine()
    {
        var line = WriteJsonl(Article, Analysis);

        Assert.That(line, Does.Contain("😀 Banjir").And.Contain("“Kami"));
        Assert.That(line, Does.Not.Contain("\\u"));
        Assert.That(line.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(line, Does.EndWith("}\n"));
    }

    [Test]
    public void Jsonl_Confidence_IsRoundedToThreeDecimals()
    {
        var quote = JObject.Parse(WriteJsonl(Article, Analysis))["quotes"]![0]!;

        Assert.That((double)quote["confidence"]!, Is.EqualTo(0.877));
        Assert.That((double)quote["provenance"]!["confidence"]!, Is.EqualTo(0.877));
    }

    [Test]
    public void Jsonl_QuoteWithoutCueOrSpeaker_WritesNulls()
    {
        var quote = JObject.Parse(WriteJsonl(Article, Analysis))["quotes"]![1]!;

        Assert.That(quote["cue"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That(quote["cue_start"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That(quote["speaker_type"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That((bool)quote["optional"]!, Is.True);
    }

    [Test]
    public void Json_TwoArticles_AreOneIndentedArray()
    {
        var output = new StringWriter();
        var writer = IAnalysisWriter.Create(AnalysisFormat.Json, output);
        writer.Write(Article, Analysis);
        writer.Write(new ArticleRecord("b-2", "Sepi."), new ArticleAnalysis("Sepi.", []));
        writer.Complete();

        var array = JArray.Parse(output.ToString());

        Assert.That(array.Select(a => (string?)a["id"]), Is.EqualTo(new[] { "b-1", "b-2" }));
        Assert.That(output.ToString(), Does.Contain("\n  {"));
    }

    [Test]
    public void Json_NoArticles_IsAnEmptyArray()
    {
        var output = new StringWriter();
        IAnalysisWriter.Create(AnalysisFormat.Json, output).Complete();

        Assert.That(JArray.Parse(output.ToString()), Is.Empty);
    }

    [Test]
    public void Text_Article_ShowsHeaderAndEachQuoteWithSpeakerCueConfidenceAndRule()
    {
        var output = new StringWriter();
        IAnalysisWriter.Create(AnalysisFormat.Text, output).Write(Article, Analysis);
        var lines = output.ToString().Split('\n');

        Assert.That(lines[0], Is.EqualTo("b-1 · Banjir Lagi · 2 quotes"));
        Assert.That(lines[1], Is.EqualTo("  1. direct · Budi Santoso (person) · cue \"kata\" · source \"Budi Santoso\" · 0.877 · trailing-cue"));
        Assert.That(lines[2], Is.EqualTo("     “Kami sudah siap menghadapi musim hujan”"));
        Assert.That(lines[3], Is.EqualTo("  2. indirect · unknown speaker · no cue · 0.250 · none · optional"));
    }

    [Test]
    public void Text_LongContent_IsWrappedWithinTheWidth()
    {
        var content = string.Join(' ', Enumerable.Repeat("pembangunan jembatan desa", 20));
        var text = $"“{content},” kata Siti Aminah.";
        var output = new StringWriter();
        IAnalysisWriter.Create(AnalysisFormat.Text, output)
            .Write(new ArticleRecord("c-1", text), new ArticleAnalysis(text, [Quotes.Direct(text, content, "kata", "Siti Aminah")]));

        var contentLines = output.ToString().Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

        Assert.That(contentLines, Has.Count.GreaterThan(4));
        Assert.That(contentLines, Has.All.Length.LessThanOrEqualTo(100));
        Assert.That(string.Join(' ', contentLines.Select(l => l.Trim())), Is.EqualTo($"“{content}”"));
    }

    [Test]
    public void Write_AnalysisOfAnotherText_Throws()
    {
        var writer = IAnalysisWriter.Create(AnalysisFormat.Jsonl, new StringWriter());

        Assert.Throws<ArgumentException>(() => writer.Write(Article, new ArticleAnalysis("Teks lain.", [])));
    }

    [Test]
    public void Jsonl_Output_ReadsBackAsAnnotatedArticles()
    {
        using var input = new StringReader(WriteJsonl(Article, Analysis));

        var article = AnnotatedCorpusReader.ReadJsonLines(input).Single().Value!;
        var quote = article.Quotes[0];

        Assert.That(article.Id, Is.EqualTo("b-1"));
        Assert.That(article.Quotes, Has.Count.EqualTo(2));
        Assert.That(quote.ContentSpan, Is.EqualTo(Analysis.Quotes[0].ContentSpan));
        Assert.That(quote.Type, Is.EqualTo(QuoteType.Direct));
        Assert.That(quote.Speaker, Is.EqualTo("Budi Santoso"));
        Assert.That(quote.SpeakerType, Is.EqualTo(SpeakerType.Person));
        Assert.That(quote.Roles, Is.EqualTo(new[] { "Kepala Desa" }));
        Assert.That(quote.Provenance, Is.EqualTo(new Provenance("trailing-cue", 0.877, "cue after the quote names the speaker")));
    }

    private static string WriteJsonl(ArticleRecord article, ArticleAnalysis analysis)
    {
        var output = new StringWriter();
        var writer = IAnalysisWriter.Create(AnalysisFormat.Jsonl, output);
        writer.Write(article, analysis);
        writer.Complete();
        return output.ToString();
    }

    private static ArticleRecord Read(string line)
    {
        using var reader = new StringReader(line);
        return ArticleReader.ReadJsonLines(reader).Single().Value!;
    }
}
