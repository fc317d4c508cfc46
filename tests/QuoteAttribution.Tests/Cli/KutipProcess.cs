using System.Diagnostics;
using NUnit.Framework;

namespace QuoteAttribution.Tests.Cli;

/// <summary>
/// Runs the built <c>kutip</c> as its own process under <c>/bin/sh</c>, for what only a real process shows: how
/// it writes to the descriptors the shell hands it. The script calls kutip as the shell function <c>kutip</c>.
/// </summary>
internal static class KutipProcess
{
    /// <summary>Runs <paramref name="script"/> in <paramref name="directory"/> and returns its exit code and standard error.</summary>
    public static (int ExitCode, string Stderr) Shell(string script, string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("needs a POSIX shell");
        }

        var kutip = Path.Combine(TestContext.CurrentContext.TestDirectory, "kutip.dll");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo("/bin/sh", ["-c", "kutip() { \"$KUTIP_HOST\" \"$KUTIP_DLL\" \"$@\"; }\n" + script])
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["KUTIP_HOST"] = host;
        start.Environment["KUTIP_DLL"] = kutip;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }

    /// <summary>Starts the built kutip with <paramref name="arguments"/> in <paramref name="directory"/>, without a shell, standard streams discarded.</summary>
    public static Process Start(string directory, params string[] arguments)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("needs POSIX signals");
        }

        var kutip = Path.Combine(TestContext.CurrentContext.TestDirectory, "kutip.dll");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host, [kutip, .. arguments])
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
