using QuoteAttribution.Corpus;

namespace QuoteAttribution.Fuzz;

/// <summary>Where the repository is, and the seed articles the fuzzer mutates.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>QuoteAttribution.sln</c>, found upwards from the current folder.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "QuoteAttribution.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("run the fuzzer inside the repository (no QuoteAttribution.sln found upwards)");
    }

    /// <summary>The texts of our own articles, and of the real unlabeled articles when <c>../shared</c> is present.</summary>
    public static IReadOnlyList<string> Seeds(string root)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "benchmarks"), "*.txt", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.txt")))
        {
            texts.Add(File.ReadAllText(file));
        }

        var jsonl = Directory.EnumerateFiles(Path.Combine(root, "corpora"), "*.jsonl").ToList();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "unlabeled", "articles.jsonl"));
        if (File.Exists(shared))
        {
            jsonl.Add(shared);
        }

        foreach (var file in jsonl)
        {
            texts.AddRange(ArticleReader.ReadFile(file).Select(r => r.Value?.Text ?? string.Empty).Where(t => t.Length > 0));
        }

        return texts;
    }
}
