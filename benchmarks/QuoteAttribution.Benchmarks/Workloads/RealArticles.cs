using QuoteAttribution.Corpus;

namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>
/// The unlabeled real articles (<c>shared/data/unlabeled/articles.jsonl</c>), which are not part of the
/// repository: found at run time beside an ancestor of the working or the program directory, or named
/// by the environment variable <c>KUTIP_ARTICLES</c>. Never copied anywhere.
/// </summary>
internal static class RealArticles
{
    public const string EnvironmentVariable = "KUTIP_ARTICLES";
    private static readonly string RelativePath = Path.Combine("shared", "data", "unlabeled", "articles.jsonl");

    /// <summary>The file, or null when it is not on this machine.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? Path.GetFullPath(named) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Streams the article texts of a JSON Lines file, skipping lines that are not articles.</summary>
    public static IEnumerable<string> Texts(string path)
    {
        foreach (var item in ArticleReader.ReadFile(path))
        {
            if (item.IsSuccess)
            {
                yield return item.Value.Text;
            }
        }
    }
}
