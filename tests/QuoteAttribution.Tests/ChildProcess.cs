using System.Diagnostics;
using NUnit.Framework;

namespace QuoteAttribution.Tests;

/// <summary>Runs a program to its end as the tests' child (dotnet pack, a tool, an example), failing the test when it hangs.</summary>
internal static class ChildProcess
{
    /// <summary>The dotnet host running the tests, so children use the same SDK.</summary>
    public static string Dotnet =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="directory"/> with the dotnet CLI's first-run noise and
    /// build-server reuse off, plus <paramref name="environment"/>; the test fails if it runs past <paramref name="limit"/>.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(
        string program, string[] arguments, string directory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish in {limit.TotalMinutes} minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
