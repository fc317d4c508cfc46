namespace QuoteAttribution.Corpus;

/// <summary>
/// Streams input articles from JSON Lines files, plain-text files or standard input. Each item is an
/// <see cref="ArticleRecord"/> or a <see cref="CorpusError"/> naming the file and line; a bad line never
/// stops the others, and no more than one line is held in memory at a time.
/// </summary>
public static class ArticleReader
{
    /// <summary>The path that means standard input on a command line.</summary>
    public const string StandardInputPath = "-";

    /// <summary>The name standard input goes by in locations and generated ids.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>
    /// Reads the file at <paramref name="path"/>: a <c>.txt</c> file is one article whose id is the file
    /// name without extension; any other file is JSON Lines, one article object per line.
    /// </summary>
    /// <param name="path">The file path; it also names the file in error locations.</param>
    public static IEnumerable<ReadResult<ArticleRecord>> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SourceFile.IsPlainText(path) ? ReadPlainText(path) : ToArticles(JsonLinesReader.ReadFile(path));
    }

    /// <summary>
    /// Reads JSON Lines from <paramref name="reader"/>. Give it a <see cref="StrictUtf8LineReader"/> so that a
    /// line of invalid UTF-8 is reported and skipped rather than silently replaced.
    /// </summary>
    /// <param name="reader">The source of lines, e.g. standard input.</param>
    /// <param name="source">The name used in error locations and generated ids.</param>
    public static IEnumerable<ReadResult<ArticleRecord>> ReadJsonLines(TextReader reader, string source = StandardInputName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return ToArticles(JsonLinesReader.Read(reader, source));
    }

    private static IEnumerable<ReadResult<ArticleRecord>> ToArticles(IEnumerable<ReadResult<Newtonsoft.Json.Linq.JObject>> items)
    {
        foreach (var item in items)
        {
            yield return item.IsSuccess
                ? ArticleRecord.FromJson(item.Value, item.Location)
                : ReadResult.Failure<ArticleRecord>(item.Error);
        }
    }

    private static IEnumerable<ReadResult<ArticleRecord>> ReadPlainText(string path)
    {
        yield return ReadPlainTextArticle(path);
    }

    // The whole file is one article, so it is read whole.
    private static ReadResult<ArticleRecord> ReadPlainTextArticle(string path)
    {
        byte[] bytes;
        using (var stream = SourceFile.Open(path, out var error))
        {
            if (stream is null)
            {
                return ReadResult.Failure<ArticleRecord>(new SourceLocation(path, 0), error!);
            }

            try
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                bytes = memory.ToArray();
            }
            catch (IOException e)
            {
                return ReadResult.Failure<ArticleRecord>(new SourceLocation(path, 0), $"cannot read file ({e.Message})");
            }
        }

        var content = StrictUtf8.SkipByteOrderMark(bytes);
        var text = StrictUtf8.TryDecode(content, out var invalid);
        if (text is null)
        {
            var lineStart = content[..invalid].LastIndexOf((byte)'\n') + 1;
            var line = content[..invalid].Count((byte)'\n') + 1;
            var lineBytes = content[lineStart..];
            var lineEnd = lineBytes.IndexOf((byte)'\n');
            return ReadResult.Failure<ArticleRecord>(
                new SourceLocation(path, line),
                StrictUtf8.Describe(lineEnd < 0 ? lineBytes : lineBytes[..lineEnd], invalid - lineStart));
        }

        var location = new SourceLocation(path, 1);
        return ReadResult.Success(location, new ArticleRecord(Path.GetFileNameWithoutExtension(path), text));
    }
}
