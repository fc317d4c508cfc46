using System.IO.Compression;
using System.Reflection;
using NUnit.Framework;
using QuoteAttribution.Tests.Corpus;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Issue 11: <c>dotnet pack</c> makes the packages QuoteAttribution, QuoteAttribution.Store and the tool kutip; the tool
/// installs from a local folder feed into a tool path and runs. Everything happens in a temporary folder, with its own
/// NuGet configuration (only the local feed) and package folder, so it needs no network and leaves nothing behind.
/// </summary>
public sealed class PackageInstallTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Test]
    public void Pack_ThenInstallFromTheLocalFeed_KutipExtractsTheSample()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the tool path's launcher is checked on Linux and macOS");
        }

        using var temp = new TempDirectory();
        var feed = Path.Combine(temp.Path, "feed");
        // The packages are made from what this test run was built from (dotnet test built every project in this configuration).
        var configuration = typeof(PackageInstallTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        Run(Dotnet, ["pack", Path.Combine(Repository.Root, "QuoteAttribution.sln"), "-c", configuration, "--no-build", "--nologo", "-nodeReuse:false", $"-p:PackageOutputPath={feed}"], temp.Path);

        Assert.That(Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName), Is.EquivalentTo(new[]
        {
            "QuoteAttribution.0.1.0.nupkg", "QuoteAttribution.Store.0.1.0.nupkg", "kutip.0.1.0.nupkg",
        }));
        CheckLibraryPackage(Path.Combine(feed, "QuoteAttribution.0.1.0.nupkg"));

        var config = Path.Combine(temp.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(temp.Path, "tools");
        Run(Dotnet, ["tool", "install", "kutip", "--tool-path", tools, "--configfile", config], temp.Path);

        var sample = Path.Combine(Repository.Root, "samples", "banjir-bekasi.txt");
        var output = Run(Path.Combine(tools, "kutip"), ["extract", sample, "--format", "text"], temp.Path);

        var expected = new QuoteExtractor().AnalyzeFile(sample).Single();
        Assert.That(output.TrimEnd('\n'), Is.EqualTo(expected.ToString()), "the installed tool gives what the library gives");
        Assert.That(output, Does.StartWith($"banjir-bekasi · {expected.Quotes.Count} quotes"));
        Assert.That(expected.Quotes, Is.Not.Empty);
    }

    private static void CheckLibraryPackage(string path)
    {
        using var package = ZipFile.OpenRead(path);
        var entries = package.Entries.Select(e => e.FullName).ToArray();
        Assert.That(entries, Is.SupersetOf(new[] { "lib/net10.0/QuoteAttribution.dll", "lib/net10.0/QuoteAttribution.xml", "README.md" }));
        using var nuspec = new StreamReader(package.GetEntry("QuoteAttribution.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.That(metadata, Does.Contain("<license type=\"expression\">MIT</license>").And.Contain("<readme>README.md</readme>").And.Contain("<repository type=\"git\""));

        // The packaged library is the built one, which carries the model: nothing is downloaded at run time.
        using var packaged = new MemoryStream();
        using (var dll = package.GetEntry("lib/net10.0/QuoteAttribution.dll")!.Open())
        {
            dll.CopyTo(packaged);
        }

        Assert.That(packaged.ToArray(), Is.EqualTo(File.ReadAllBytes(typeof(QuoteExtractor).Assembly.Location)));
        Assert.That(typeof(QuoteExtractor).Assembly.GetManifestResourceNames(), Does.Contain("QuoteAttribution.Models.speaker-ranker.zip"));
    }

    private static string Dotnet => ChildProcess.Dotnet;

    private static string Run(string program, string[] arguments, string directory)
    {
        var (exitCode, stdout, stderr) = ChildProcess.Run(program, arguments, directory, Limit, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(directory, "packages"),
            ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(directory, "http-cache"),
        });
        Assert.That(exitCode, Is.Zero, $"{Path.GetFileName(program)} {string.Join(' ', arguments)}\n{stdout}\n{stderr}");
        return stdout;
    }
}
