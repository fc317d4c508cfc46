using System.Reflection;
using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests;

/// <summary>
/// Issue 11: each file-based example of <c>examples/</c> runs (<c>dotnet run examples/NAME.cs -- INPUT OUT_DIR</c>) on a
/// small input of our own articles (<c>corpora/train.jsonl</c>) and writes its CSV and its chart. The examples are
/// built in the configuration of this test run, so the library they reference is not built again.
/// </summary>
public sealed class ExamplesTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private static IEnumerable<TestCaseData> Examples() =>
        new[]
        {
            ("most-quoted", "outlet,rank,speaker,quotes,share_of_outlet_person_quotes"),
            ("officials-indirect", "outlet,speakers,quotes,indirect_or_mixed,share_indirect"),
            ("speaker-timeline", "date,outlet,article,type,cue,said_as,claim"),
        }.Select(e => new TestCaseData(e.Item1, e.Item2).SetArgDisplayNames(e.Item1));

    [TestCaseSource(nameof(Examples))]
    public void Example_OnOurOwnArticles_WritesItsCsvAndChart(string name, string header)
    {
        var script = Path.Combine(Repository.Root, "examples", name + ".cs");
        var input = Path.Combine(Repository.Root, "corpora", "train.jsonl");
        using var temp = new TempDirectory();
        var configuration = typeof(ExamplesTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

        var (exitCode, stdout, stderr) = Run(["run", "-c", configuration, script, "--", input, temp.Path], Repository.Root);

        Assert.That(exitCode, Is.Zero, stdout + stderr);
        Assert.That(stdout, Does.Contain($"wrote {Path.Combine(temp.Path, name)}.csv"));
        var csv = File.ReadAllLines(Path.Combine(temp.Path, name + ".csv"));
        Assert.That(csv[0], Is.EqualTo(header));
        Assert.That(csv, Has.Length.GreaterThan(1), "the CSV has rows");
        var png = File.ReadAllBytes(Path.Combine(temp.Path, name + ".png"));
        Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG image");
        Assert.That(png, Has.Length.GreaterThan(10_000), "a chart, not an empty canvas");
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string[] arguments, string directory) =>
        ChildProcess.Run(ChildProcess.Dotnet, arguments, directory, Limit);
}
