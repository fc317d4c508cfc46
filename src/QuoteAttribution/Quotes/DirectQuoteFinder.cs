using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Decides which quotation-mark pairs are speech and finds their cues: a trailing cue
/// (<c>"…," kata Budi</c>, <c>"…," ujarnya</c>, <c>"…," ia menambahkan</c>), a leading cue (<c>Budi mengatakan, "…"</c>,
/// <c>Menurut Budi, "…"</c>), the second half of an interrupted quote (<c>"A," kata dia, "B."</c>), or a
/// paragraph that is a quote and nothing else. Short quoted terms inside a sentence (scare quotes,
/// titles, names) are not speech.
/// </summary>
internal sealed class DirectQuoteFinder
{
    private readonly LexiconSet _lexicons;

    public DirectQuoteFinder(LexiconSet lexicons) => _lexicons = lexicons;

    public List<QuoteCandidate> Find(Document doc)
    {
        var found = new List<QuoteCandidate>();
        QuoteCandidate? previous = null;
        var previousAfter = -1;
        foreach (var quote in doc.QuotedSpans)
        {
            var words = quote.WordCount(doc.Tokens);
            if (words < 2 || doc.IsBoilerplate(quote.OpenMark))
            {
                continue;
            }

            var candidate = WithTrailingCue(doc, quote)
                ?? WithLeadingCue(doc, quote)
                ?? Interrupted(doc, quote, previous, previousAfter)
                ?? (quote.IsSingle ? null : Standalone(doc, quote, words));
            if (candidate is null)
            {
                continue;
            }

            candidate = candidate with { Content = TrimClosingComma(doc.Text, quote.Content) };
            found.Add(candidate);
            previous = candidate;
            previousAfter = candidate.SourceRegion.End >= 0 ? candidate.SourceRegion.End : quote.After;
        }

        return found;
    }

    private QuoteCandidate Base(QuotedSpan quote, string pattern) => new()
    {
        Content = quote.Content,
        Type = QuoteType.Direct,
        Pattern = pattern,
        FirstToken = quote.FirstToken,
        EndToken = quote.EndToken,
        Unclosed = quote.CloseMark < 0,
    };

    private QuoteCandidate? WithTrailingCue(Document doc, QuotedSpan quote)
    {
        var end = ParagraphEnd(doc, quote.OpenMark);
        var t = quote.After;
        if (Clauses.IsPunct(doc, t, ','))
        {
            t++;
        }

        if (t >= end)
        {
            return null;
        }

        if (Clauses.IsWord(doc, t, "demikian") || Clauses.IsWord(doc, t, "begitu"))
        {
            t++;
        }

        var cue = _lexicons.Cue(doc.Word(t));
        if (cue is null)
        {
            return WithSubjectThenCue(doc, quote, t, end);
        }

        if (cue.Role is CueRole.Preposition)
        {
            return null;
        }

        if (cue.Role is CueRole.Clitic or CueRole.CliticPreposition)
        {
            return Base(quote, "direct+clitic-cue") with { CueToken = t, Cue = cue, CliticSource = true, Optional = cue.IsOptional };
        }

        var sourceStart = t + 1;
        if (cue.Role == CueRole.Passive && Clauses.IsWord(doc, sourceStart, "oleh"))
        {
            sourceStart++;
        }

        var sourceEnd = Clauses.SourceRegionEnd(doc, sourceStart, end);
        if (sourceEnd <= sourceStart)
        {
            return null;
        }

        // After a closing mark even the weak forms ("jelas", "tambah", "kata") are cues.
        return Base(quote, "direct+trailing-cue") with { CueToken = t, Cue = cue, SourceRegion = (sourceStart, sourceEnd), Optional = cue.IsOptional };
    }

    /// <summary>
    /// A trailing cue after its subject, the order of translated news: <c>"…," ia menambahkan.</c>, <c>"…," Budi
    /// mengatakan.</c>. A comma closes the quote, then a pronoun or up to four capitalised words, then an active cue.
    /// </summary>
    private QuoteCandidate? WithSubjectThenCue(Document doc, QuotedSpan quote, int subject, int end)
    {
        const int LongestSubject = 4;
        var closedByComma = Clauses.IsPunct(doc, quote.After, ',') || (quote.CloseMark > 0 && Clauses.IsPunct(doc, quote.CloseMark - 1, ','));
        if (!closedByComma || doc.Tokens[subject].Kind != TokenKind.Word)
        {
            return null;
        }

        var pronoun = _lexicons.Pronoun(doc.Word(subject)) is not null;
        var k = subject;
        while (k < end && k - subject < LongestSubject && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Has(TokenFlags.Capitalized)
            && _lexicons.Cue(doc.Word(k)) is null)
        {
            k++;
        }

        var cueToken = pronoun ? subject + 1 : k;
        if (cueToken == subject || cueToken >= end || doc.Tokens[cueToken].Kind != TokenKind.Word)
        {
            return null;
        }

        var cue = _lexicons.Cue(doc.Word(cueToken));
        return cue is { Role: CueRole.Active }
            ? Base(quote, "direct+trailing-cue") with
            {
                CueToken = cueToken, Cue = cue, SourceRegion = (subject, cueToken), SourceIsSubject = true, Optional = cue.IsOptional,
            }
            : null;
    }

    private QuoteCandidate? WithLeadingCue(Document doc, QuotedSpan quote)
    {
        var sentence = doc.Sentences[doc.SentenceOfToken[quote.OpenMark]];
        var paragraphStart = doc.Paragraphs[Math.Max(0, doc.ParagraphOfToken[quote.OpenMark])].FirstToken;
        var start = Math.Max(sentence.FirstToken, paragraphStart);
        for (var k = quote.OpenMark - 1; k >= start && k >= quote.OpenMark - 14; k--)
        {
            if (doc.Tokens[k].Kind is TokenKind.QuoteMark or TokenKind.Terminal)
            {
                break;
            }

            var cue = _lexicons.Cue(doc.Word(k));
            if (cue is null || cue.IsWeak)
            {
                continue;
            }

            if (Clauses.SkipToContent(doc, k + 1, quote.OpenMark + 1) < quote.OpenMark)
            {
                // Words between the cue and the mark: an indirect clause holding a quoted fragment (mixed), not a direct quote.
                if (cue.Role is CueRole.Preposition)
                {
                    var comma = FindComma(doc, k + 1, quote.OpenMark);
                    if (comma >= 0 && comma < quote.OpenMark - 1)
                    {
                        // "Menurut Kepala BPS, Ateng Hartono, "…"": the name in apposition after the role.
                        comma = Clauses.ApposedNameEnd(doc, comma, quote.OpenMark, _lexicons.Titles.StartsPhrase(doc.Word(k + 1)));
                    }

                    if (comma >= 0 && comma == quote.OpenMark - 1)
                    {
                        return Base(quote, "direct+menurut") with { CueToken = k, Cue = cue, SourceRegion = (k + 1, comma) };
                    }
                }

                return null;
            }

            return cue.Role switch
            {
                CueRole.Active => Base(quote, "direct+leading-cue") with
                {
                    CueToken = k, Cue = cue, SourceRegion = (start, k), SourceIsSubject = true, Optional = cue.IsOptional,
                },
                CueRole.CliticPreposition or CueRole.Clitic => Base(quote, "direct+clitic-cue") with { CueToken = k, Cue = cue, CliticSource = true },
                CueRole.Preposition => Base(quote, "direct+menurut") with { CueToken = k, Cue = cue, SourceRegion = (k + 1, quote.OpenMark) },
                _ => null,
            };
        }

        return null;
    }

    private static QuoteCandidate? Interrupted(Document doc, QuotedSpan quote, QuoteCandidate? previous, int previousAfter)
    {
        if (previous?.Cue is null || previousAfter < 0)
        {
            return null;
        }

        var k = previousAfter;
        while (k < quote.OpenMark && (Clauses.IsPunct(doc, k, ',') || Clauses.IsDay(doc, k) || Clauses.IsPunct(doc, k, '(')))
        {
            var next = Clauses.IsPunct(doc, k, '(') ? Clauses.SkipBrackets(doc, k, quote.OpenMark) : k + 1;
            if (next == k)
            {
                break; // a '(' that no ')' closes before the quote: it stands between, so this is no interruption
            }

            k = next;
        }

        return k == quote.OpenMark
            ? previous with
            {
                Content = quote.Content, FirstToken = quote.FirstToken, EndToken = quote.EndToken, Pattern = "direct+interrupted",
                Unclosed = quote.CloseMark < 0,
            }
            : null;
    }

    private static QuoteCandidate? Standalone(Document doc, QuotedSpan quote, int words)
    {
        var paragraph = doc.Paragraphs[doc.ParagraphOfToken[quote.OpenMark]];
        var sentence = doc.Sentences[doc.SentenceOfToken[quote.OpenMark]];
        var startsUnit = quote.OpenMark == paragraph.FirstToken || quote.OpenMark == sentence.FirstToken;
        if (!startsUnit || words < 4)
        {
            return null;
        }

        // Nothing but closing punctuation may follow the closing mark in its sentence.
        var after = quote.After;
        var sentenceEnd = doc.Sentences[doc.SentenceOfToken[quote.OpenMark]].EndToken;
        while (after < sentenceEnd && doc.Tokens[after].Kind is TokenKind.Terminal or TokenKind.Punctuation)
        {
            after++;
        }

        return after >= sentenceEnd || quote.CloseMark < 0
            ? new QuoteCandidate
            {
                Content = quote.Content, Type = QuoteType.Direct, Pattern = "direct+no-cue",
                FirstToken = quote.FirstToken, EndToken = quote.EndToken, Unclosed = quote.CloseMark < 0,
            }
            : null;
    }

    private static int FindComma(Document doc, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Clauses.IsPunct(doc, k, ','))
            {
                return k;
            }
        }

        return -1;
    }

    private static int ParagraphEnd(Document doc, int token) => doc.Paragraphs[Math.Max(0, doc.ParagraphOfToken[token])].EndToken;

    private static TextSpan TrimClosingComma(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && text[end - 1] is ',' or ' ')
        {
            end--;
        }

        return new TextSpan(span.Start, end);
    }
}
