using System.Text;
using NUnit.Framework;
using QuoteAttribution.Corpus;

namespace QuoteAttribution.Tests.Corpus;

public sealed class StrictUtf8LineReaderTests
{
    [Test]
    public void ReadLine_LineLongerThanTheBuffer_IsReadWhole()
    {
        var longLine = string.Concat(Enumerable.Repeat("kata dia ", 20_000));
        using var reader = Reader(Encoding.UTF8.GetBytes(longLine + "\nakhir"));

        Assert.That(reader.ReadLine(), Is.EqualTo(longLine));
        Assert.That(reader.ReadLine(), Is.EqualTo("akhir"));
        Assert.That(reader.ReadLine(), Is.Null);
    }

    [Test]
    public void ReadLine_StreamGivingOneByteAtATime_DecodesMultiByteCharactersAndSkipsTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("“Ya,” ujarnya 😀\r\nDua")).ToArray();
        using var reader = new StrictUtf8LineReader(new TrickleStream(bytes));

        Assert.That(reader.ReadLine(), Is.EqualTo("“Ya,” ujarnya 😀"));
        Assert.That(reader.ReadLine(), Is.EqualTo("Dua"));
        Assert.That(reader.ReadLine(), Is.Null);
    }

    [Test]
    public void ReadLine_InvalidLine_ThrowsAndTheNextLineStillReads()
    {
        using var reader = Reader([0x61, 0xC0, 0x0A, 0x62]);

        Assert.Throws<DecoderFallbackException>(() => reader.ReadLine());
        Assert.That(reader.ReadLine(), Is.EqualTo("b"));
    }

    [Test]
    public void Read_ThenReadLine_ContinueFromTheSamePlace()
    {
        using var reader = Reader(Encoding.UTF8.GetBytes("ab\ncd"));

        Assert.That((char)reader.Peek(), Is.EqualTo('a'));
        Assert.That((char)reader.Read(), Is.EqualTo('a'));
        Assert.That(reader.ReadLine(), Is.EqualTo("b"));
        Assert.That(reader.ReadToEnd(), Is.EqualTo("cd"));
    }

    private static StrictUtf8LineReader Reader(byte[] bytes) => new(new MemoryStream(bytes));

    /// <summary>A stream that hands out one byte per read, as pipes may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
