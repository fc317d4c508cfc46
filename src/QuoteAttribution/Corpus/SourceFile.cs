namespace QuoteAttribution.Corpus;

/// <summary>Opens input files, turning the usual failures into short messages instead of exceptions.</summary>
internal static class SourceFile
{
    /// <summary>True when <paramref name="path"/> names a plain-text article (<c>.txt</c>).</summary>
    public static bool IsPlainText(string path) =>
        Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A stream over the file, or null and a message such as <c>file not found</c>.</summary>
    public static FileStream? Open(string path, out string? error)
    {
        if (Directory.Exists(path))
        {
            error = "is a directory, not a file";
            return null;
        }

        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = "file not found";
        }
        catch (UnauthorizedAccessException)
        {
            error = "cannot read file (permission denied)";
        }
        catch (IOException e)
        {
            error = $"cannot read file ({e.Message})";
        }

        return null;
    }
}
