using System.Text;
using Newtonsoft.Json.Linq;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Streams the JSON objects of a JSON Lines source, one line at a time. Blank lines are skipped; every
/// other line yields an object or an error, and a bad line never stops the lines after it.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Reads the file at <paramref name="path"/>, decoding UTF-8 strictly.</summary>
    public static IEnumerable<ReadResult<JObject>> ReadFile(string path)
    {
        var stream = SourceFile.Open(path, out var error);
        if (stream is null)
        {
            yield return ReadResult.Failure<JObject>(new SourceLocation(path, 0), error!);
            yield break;
        }

        using var reader = new StrictUtf8LineReader(stream);
        foreach (var item in Read(reader, path))
        {
            yield return item;
        }
    }

    /// <summary>Reads lines from <paramref name="reader"/>; <paramref name="source"/> names it in locations.</summary>
    public static IEnumerable<ReadResult<JObject>> Read(TextReader reader, string source)
    {
        for (var lineNumber = 1; ; lineNumber++)
        {
            var location = new SourceLocation(source, lineNumber);
            string? line = null;
            string? error = null;
            var stop = false;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException e)
            {
                // Only StrictUtf8LineReader promises that the bad line was consumed and reading can go on.
                stop = reader is not StrictUtf8LineReader;
                error = stop ? $"{e.Message}; reading stopped" : e.Message;
            }
            catch (IOException e)
            {
                stop = true;
                error = $"cannot read further ({e.Message})";
            }

            if (error is not null)
            {
                yield return ReadResult.Failure<JObject>(location, error);
                if (stop)
                {
                    yield break;
                }

                continue;
            }

            if (line is null)
            {
                yield break;
            }

            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var json = JsonLineParser.Parse(line, out error);
            yield return json is null
                ? ReadResult.Failure<JObject>(location, error!)
                : ReadResult.Success(location, json);
        }
    }
}
