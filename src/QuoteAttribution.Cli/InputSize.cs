namespace QuoteAttribution.Cli;

/// <summary>How many articles the input files hold, counted before a run so its progress line can show the time left.</summary>
internal static class InputSize
{
    /// <summary>
    /// The number of articles in <paramref name="inputs"/>: one per <c>.txt</c> file, one per line that is not blank
    /// in any other file. Null when an input is standard input or a file that cannot be read (the run reports it).
    /// </summary>
    public static long? CountArticles(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input == Corpus.ArticleReader.StandardInputPath)
            {
                return null;
            }

            if (string.Equals(Path.GetExtension(input), ".txt", StringComparison.OrdinalIgnoreCase))
            {
                total++;
                continue;
            }

            try
            {
                total += CountNonBlankLines(input);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return total;
    }

    /// <summary>Lines holding anything but spaces, tabs and carriage returns.</summary>
    public static long CountNonBlankLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var blank = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == (byte)'\n')
                {
                    lines += blank ? 0 : 1;
                    blank = true;
                }
                else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    blank = false;
                }
            }
        }

        return lines + (blank ? 0 : 1);
    }
}
