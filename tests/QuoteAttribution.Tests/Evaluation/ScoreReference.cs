using NUnit.Framework;
using System.ComponentModel;
using System.Diagnostics;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>
/// Runs the reference scorer <c>../shared/annotation/score.py</c> (or code importing it) when python3 and the
/// shared folder are there; tests that compare against it live ignore themselves otherwise.
/// </summary>
internal static class ScoreReference
{
    /// <summary>The folder holding score.py, found above the test directory, or null.</summary>
    public static string? AnnotationDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "annotation");
                if (File.Exists(Path.Combine(candidate, "score.py")))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>Runs python3 with <paramref name="arguments"/>, or ignores the test when python3 or score.py is absent.</summary>
    public static string RunPython(IReadOnlyList<string> arguments, string stdin = "")
    {
        if (AnnotationDirectory is null)
        {
            Assert.Ignore("../shared/annotation/score.py not found");
        }

        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (Win32Exception)
        {
            Assert.Ignore("python3 is not installed");
            throw;
        }

        using (process)
        {
            // Write, read and drain standard error at the same time, or a full pipe stops both processes.
            var errorTask = process.StandardError.ReadToEndAsync();
            var outputTask = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            var output = outputTask.GetAwaiter().GetResult();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, () => errorTask.Result);
            return output;
        }
    }
}
