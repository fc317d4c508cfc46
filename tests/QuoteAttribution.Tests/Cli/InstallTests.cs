using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Issue 13, item 9: kutip goes on PATH as scripts/install-kutip.sh puts it there, a link in a bin folder to the
/// launcher of a build, and then runs from any folder.
/// </summary>
public sealed class InstallTests
{
    [Test]
    public void Kutip_LinkedIntoAFolderOnPath_RunsFromAnyFolderAndKnowsHelp()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the install script is for Linux and macOS");
        }

        var launcher = Path.Combine(TestContext.CurrentContext.TestDirectory, "kutip");
        Assume.That(File.Exists(launcher), "the build made no launcher (apphost) beside kutip.dll");
        using var temp = new TempDirectory();
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "kutip"), launcher);
        var start = new ProcessStartInfo("/bin/sh", ["-c", "cd / && kutip help"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = $"{bin}:/usr/local/bin:/usr/bin:/bin";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith("kutip ").And.Contain("kutip help [<command>]"));
        Assert.That(File.ReadAllText(Path.Combine(Repository.Root, "scripts", "install-kutip.sh")), Does.Contain("ln -sf \"$prefix/lib/kutip/kutip\" \"$prefix/bin/kutip\""));
    }
}
