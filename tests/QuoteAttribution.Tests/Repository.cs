using NUnit.Framework;

namespace QuoteAttribution.Tests;

/// <summary>The repository the tests run from, for tests that read its corpora.</summary>
internal static class Repository
{
    /// <summary>The folder that holds QuoteAttribution.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QuoteAttribution.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("QuoteAttribution.sln was not found above the test directory");
        }
    }
}
