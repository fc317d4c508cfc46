using NUnit.Framework;
using System.Text;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public sealed class StandardOutputTests
{
    /// <summary>A sink that accepts <paramref name="limit"/> bytes, then fails as a write to a closed pipe (errno EPIPE) or a full disk does.</summary>
    private sealed class FailingSink(int limit, int errno) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > limit)
            {
                throw new IOException(errno == 32 ? "Broken pipe" : "No space left on device", errno);
            }

            base.Write(buffer, offset, count);
        }
    }

    private static string ManyArticles(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $$"""{"id": "a{{i}}", "text": "“Jalan desa akan kami perbaiki tahun ini,” kata Kepala Desa Sukamaju Wartono. Warga menyambut rencana itu."}""" + "\n"));

    private static (int ExitCode, string Stderr, int Analysed) Extract(int errno)
    {
        var analysed = 0;
        var sink = new FailingSink(limit: 4096, errno);
        var stdout = new StreamWriter(StandardOutputStream.Over(sink), new UTF8Encoding(false), bufferSize: 1024);
        var stderr = new StringWriter();
        var commands = new ICommand[]
        {
            new ExtractCommand(_ => text =>
            {
                Interlocked.Increment(ref analysed);
                return FakeEngine.Analyze(text);
            }),
        };
        var exitCode = CliApp.Run(["extract", "--threads", "1"], new CommandContext(new StringReader(ManyArticles(2000)), stdout, stderr), commands);
        return (exitCode, stderr.ToString(), analysed);
    }

    [Test]
    public void Extract_ReaderClosesThePipe_StopsQuietlyWithSuccess()
    {
        var (exitCode, stderr, analysed) = Extract(errno: 32);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(stderr, Does.Not.Contain("kutip:"), "no error and no closing summary once nobody reads");
            Assert.That(analysed, Is.LessThan(500), "the 2,000 articles were not all analysed for nobody");
        }
    }

    [Test]
    public void Extract_DiskFull_IsReportedAsAFailure()
    {
        var (exitCode, stderr, _) = Extract(errno: 28);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
            Assert.That(stderr, Does.Contain("No space left on device"));
        }
    }
}
