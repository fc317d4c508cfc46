using QuoteAttribution.Corpus;

namespace QuoteAttribution.Fuzz;

/// <summary>
/// One fuzz input through the article reader and <see cref="QuoteExtractor.Analyze"/>. A crash is any exception the
/// reader does not turn into a reported error, or a quote whose offsets leave the text or whose content is not its
/// span (half-open UTF-16 offsets).
/// </summary>
internal sealed class FuzzTarget(QuoteExtractor extractor)
{
    /// <summary>Null when the input went through cleanly; otherwise what went wrong.</summary>
    public string? Run(string line)
    {
        try
        {
            foreach (var result in ArticleReader.ReadJsonLines(new StringReader(line), "fuzz"))
            {
                if (!result.IsSuccess)
                {
                    continue; // a reported error, with its location: what bad input should get
                }

                if (Check(result.Value.Text) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }

    /// <summary>Null when <paramref name="text"/> analyses cleanly and every quote's spans lie in it.</summary>
    public string? Check(string text)
    {
        try
        {
            var analysis = extractor.Analyze(text);
            foreach (var quote in analysis.Quotes)
            {
                var span = quote.ContentSpan;
                if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
                {
                    return $"content span [{span.Start}, {span.End}) outside a text of {text.Length} characters";
                }

                if (!string.Equals(text[span.Start..span.End], quote.Content, StringComparison.Ordinal))
                {
                    return $"content '{quote.Content}' is not its span [{span.Start}, {span.End})";
                }

                foreach (var other in new[] { quote.CueSpan, quote.SourceSpan })
                {
                    if (other is { } s && (s.Start < 0 || s.End > text.Length || s.Start > s.End))
                    {
                        return $"span [{s.Start}, {s.End}) outside a text of {text.Length} characters";
                    }
                }
            }

            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }
}
