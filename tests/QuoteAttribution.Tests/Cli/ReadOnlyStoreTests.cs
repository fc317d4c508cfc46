using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Issue 13, item 6: a store on read-only media answers the reading commands. The media is a read-only bind
/// mount in a mount namespace of the test's own (<c>unshare</c>), since permission bits do not stop root.
/// </summary>
public sealed class ReadOnlyStoreTests
{
    private const string Article = "“Pompa air di Kampung Melayu sudah menyala,” kata Camat Jatinegara Rina Wulandari.\n";

    private const string ReadOnlyArchive = "mount --bind arsip arsip && mount -o remount,ro,bind arsip";

    private TempDirectory temp = null!;

    [OneTimeSetUp]
    public void IndexIntoAnArchive()
    {
        temp = new TempDirectory();
        temp.Write("pompa.txt", Article);
        Directory.CreateDirectory(Path.Combine(temp.Path, "arsip"));
        var (indexed, error) = KutipProcess.Shell("kutip index pompa.txt --db arsip/klaim.db --quiet", temp.Path);
        Assert.That(indexed, Is.Zero, error);
    }

    [OneTimeTearDown]
    public void RemoveTheArchive() => temp.Dispose();

    /// <summary>Runs <paramref name="command"/> (kutip's arguments) with arsip/ read-only; its standard output goes to out.txt.</summary>
    private (int ExitCode, string Stderr, string Stdout) OnReadOnlyMedia(string command)
    {
        var (probe, _) = KutipProcess.Shell($"unshare --map-root-user --mount sh -c '{ReadOnlyArchive} && ! touch arsip/x 2>/dev/null'", temp.Path);
        if (probe != 0)
        {
            Assert.Ignore("this machine cannot make a read-only mount in a mount namespace of its own (unshare)");
        }

        var (exitCode, stderr) = KutipProcess.Shell(
            $"unshare --map-root-user --mount sh -c '{ReadOnlyArchive} && \"$KUTIP_HOST\" \"$KUTIP_DLL\" {command} > out.txt'", temp.Path);
        return (exitCode, stderr, File.ReadAllText(Path.Combine(temp.Path, "out.txt")));
    }

    [Test]
    public void Query_StoreOnReadOnlyMedia_FindsTheClaim()
    {
        var (exitCode, stderr, stdout) = OnReadOnlyMedia("query pompa --db arsip/klaim.db");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("Rina Wulandari").And.Contain("[Pompa]"));
    }

    [Test]
    public void SpeakerAndWhoSaid_StoreOnReadOnlyMedia_Answer()
    {
        var (speakerExit, speakerError, speaker) = OnReadOnlyMedia("speaker Wulandari --db arsip/klaim.db");
        var (whoExit, whoError, who) = OnReadOnlyMedia("who-said \"pompa sudah menyala\" --db arsip/klaim.db");

        Assert.That(speakerExit, Is.Zero, speakerError);
        Assert.That(speaker, Does.Contain("Rina Wulandari (person)"));
        Assert.That(whoExit, Is.Zero, whoError);
        Assert.That(who, Does.Contain("Rina Wulandari"));
    }

    [Test]
    public void Index_StoreOnReadOnlyMedia_NamesTheFileAndTheCause()
    {
        var (exitCode, stderr, _) = OnReadOnlyMedia("index pompa.txt --db arsip/klaim.db");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("kutip: cannot write to the claim store 'arsip/klaim.db': ").And.Contain("read-only"));
        Assert.That(stderr, Does.Not.Contain("   at "));
    }
}
