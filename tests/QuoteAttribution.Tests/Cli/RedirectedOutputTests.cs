using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>Issue 13, item 1: output redirected by the shell lands where the shell's file position is.</summary>
public sealed class RedirectedOutputTests
{
    private const string Article = "“Kami akan menambah pompa air di Kampung Pulo,” kata Camat Jatinegara Rina Wulandari.\n";

    [Test]
    public void Extract_TwoRunsIntoOneRedirection_KeepsBothRecords()
    {
        using var temp = new TempDirectory();
        temp.Write("pompa.txt", Article);

        var (exitCode, stderr) = KutipProcess.Shell("for i in 1 2; do kutip extract pompa.txt --no-model -q; done > out.jsonl", temp.Path);

        Assert.That(exitCode, Is.Zero, stderr);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "out.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines, Has.All.StartWith("{\"id\":\"pompa\""));
    }

    [Test]
    public void Extract_OutputAndErrorIntoOneFile_KeepsTheRecordBeforeTheSummary()
    {
        using var temp = new TempDirectory();
        temp.Write("pompa.txt", Article);

        var (exitCode, _) = KutipProcess.Shell("kutip extract pompa.txt --no-model > out.txt 2>&1", temp.Path);

        Assert.That(exitCode, Is.Zero);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "out.txt"));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("{\"id\":\"pompa\""));
        Assert.That(lines[1], Does.StartWith("kutip: 1 article, 0 errors, "));
    }

    [Test]
    public void Version_AppendedAfterTextTheShellWrote_FollowsIt()
    {
        using var temp = new TempDirectory();

        var (exitCode, stderr) = KutipProcess.Shell("{ echo awal; kutip --version; kutip --version; echo akhir; } > out.txt", temp.Path);

        Assert.That(exitCode, Is.Zero, stderr);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "out.txt"));
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines[0], Is.EqualTo("awal"));
        Assert.That(lines[1..3], Has.All.StartWith("kutip "));
        Assert.That(lines[3], Is.EqualTo("akhir"));
    }
}
