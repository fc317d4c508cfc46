using System.Reflection;

namespace QuoteAttribution.Lexicons;

/// <summary>Reads one embedded lexicon data file: lines, <c>#</c> comments and blank lines skipped, tab-separated fields.</summary>
internal static class LexiconFile
{
    private const string ResourcePrefix = "QuoteAttribution.Lexicons.";

    /// <summary>The names of every embedded lexicon file (e.g. <c>cues.txt</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(LexiconFile).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The data rows of <paramref name="name"/>, each with its 1-based line number and its tab-separated fields.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Rows(string name)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Lexicon file '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            yield return (lineNumber, trimmed.Split('\t', StringSplitOptions.TrimEntries));
        }
    }
}
