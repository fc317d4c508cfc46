using NUnit.Framework;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Tests.Corpus;

public sealed class AnnotatedCorpusReaderTests
{
    [Test]
    public void ReadJsonLines_GoldRecordWithoutProvenance_ReadsItsQuotes()
    {
        using var input = new StringReader(
            """{"id": "g-1", "text": "Menurut Rina, pasar ramai.", "quotes": [{"content": "pasar ramai", "content_start": 14, "content_end": 25, "type": "indirect", "cue": "Menurut", "cue_start": 0, "source": "Rina", "source_start": 8, "speaker": "Rina Wati", "speaker_type": "person", "aliases": ["Rina"], "optional": false}]}""");

        var article = AnnotatedCorpusReader.ReadJsonLines(input).Single().Value!;
        var quote = article.Quotes.Single();

        Assert.That(article.Text[quote.ContentSpan!.Value.Start..quote.ContentSpan.Value.End], Is.EqualTo("pasar ramai"));
        Assert.That(quote.Type, Is.EqualTo(QuoteType.Indirect));
        Assert.That(quote.Aliases, Is.EqualTo(new[] { "Rina" }));
        Assert.That(quote.Provenance, Is.Null);
        Assert.That(quote.Confidence, Is.Null);
    }

    [Test]
    public void ReadJsonLines_RecordWithoutQuotes_HasNone()
    {
        using var input = new StringReader("""{"id": "g-2", "text": "Sepi."}""");

        Assert.That(AnnotatedCorpusReader.ReadJsonLines(input).Single().Value!.Quotes, Is.Empty);
    }

    [TestCase("""{"id": "g", "text": "T.", "quotes": {}}""", "stdin:1: \"quotes\" must be an array")]
    [TestCase("""{"id": "g", "text": "T.", "quotes": [{"content": "T"}, 5]}""", "stdin:1: quote 2: not a JSON object")]
    [TestCase("""{"id": "g", "text": "T.", "quotes": [{"type": "direct"}]}""", "stdin:1: quote 1: no \"content\"")]
    [TestCase("""{"id": "g", "text": "T.", "quotes": [{"content": "T", "content_start": "0"}]}""", "stdin:1: quote 1: \"content_start\" must be an integer")]
    [TestCase("""{"id": "g", "text": "T.", "quotes": [{"content": "T", "type": "langsung"}]}""", "stdin:1: quote 1: \"type\" must be direct, indirect or mixed")]
    [TestCase("""{"id": "g", "text": "T.", "quotes": [{"content": "T", "aliases": [1]}]}""", "stdin:1: quote 1: \"aliases\" must be an array of strings")]
    public void ReadJsonLines_BadQuote_NamesTheQuoteAndTheProblem(string line, string expected)
    {
        using var input = new StringReader(line);

        var error = AnnotatedCorpusReader.ReadJsonLines(input).Single().Error;

        Assert.That(error?.ToString(), Is.EqualTo(expected));
    }
}
