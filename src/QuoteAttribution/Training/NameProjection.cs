using QuoteAttribution.Corpus;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Mentions;
using QuoteAttribution.Mentions.Names;
using QuoteAttribution.Text;

namespace QuoteAttribution.Training;

/// <summary>
/// Projects an annotated article's person speakers onto the runs of capitalised words its mention finder
/// takes for names: where a run holds the gold name or one of its aliases on token boundaries, the longest
/// such form is the run's name and the words around it are role or trailing words. A run that holds no gold
/// name but lies inside a quote's annotated source expression names no one ("Politikus PDI Perjuangan" in
/// the source "Politikus PDI Perjuangan itu"): all its words are role words; so does a titleless run of words
/// news knows that no speaker of the training corpus bears (see the constructor). Other runs (people who never
/// speak, or missed names) teach nothing and are left out.
/// </summary>
internal sealed class NameProjection
{
    private readonly DocumentBuilder _documents = new(LexiconSet.Default, CorpusVocabulary.Default, asUnseen: true);
    private readonly MentionFinder _rules = new(LexiconSet.Default, tagger: null);
    private readonly IReadOnlySet<string>? _nameWords;

    /// <param name="nameWords">
    /// The words of every gold person name of the whole training corpus (lower case), or null. When given, a run
    /// none of whose words is one of them also counts as naming no one ("Mitsubishi L300", "RUU Perampasan
    /// Aset"): a person it named would most likely speak somewhere in the corpus.
    /// </param>
    public NameProjection(IReadOnlySet<string>? nameWords = null) => _nameWords = nameWords;

    /// <summary>The lower-cased words of the gold person names and aliases of <paramref name="articles"/>.</summary>
    public static HashSet<string> NameWords(IEnumerable<AnnotatedArticle> articles) =>
        PersonNameForms(articles.SelectMany(a => a.Quotes))
            .SelectMany(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The labelled runs of one article.</summary>
    public IEnumerable<LabelledRun> Project(AnnotatedArticle article)
    {
        var forms = PersonNameForms(article.Quotes)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();
        if (forms.Length == 0)
        {
            yield break;
        }

        var sources = article.Quotes
            .Where(q => q.SourceStart is not null && q.Source is not null && q.Speaker is not null && q.SpeakerType is SpeakerType.Person or SpeakerType.Unnamed)
            .Select(q => new TextSpan(q.SourceStart!.Value, q.SourceStart.Value + q.Source!.Length))
            .ToArray();
        var doc = _documents.Build(article.Text);
        var runs = new List<NameRun>();
        _rules.Find(doc, doc.InsideQuotations(), runs);
        foreach (var run in runs)
        {
            if (Locate(run, forms) is { } gold)
            {
                yield return new LabelledRun(run, gold);
            }
            else if (InsideAny(sources, doc.Tokens[run.Start].Start, doc.Tokens[run.End - 1].End) || _nameWords is not null && NoNameWord(run, _nameWords))
            {
                yield return new LabelledRun(run, NameSpan.None(run.End));
            }
        }
    }

    /// <summary>The gold names and aliases, trimmed, of the quotes whose speaker is a person.</summary>
    private static IEnumerable<string> PersonNameForms(IEnumerable<AnnotatedQuote> quotes) =>
        quotes.Where(q => q.SpeakerType == SpeakerType.Person && q.Speaker is not null)
            .SelectMany(q => q.Aliases.Prepend(q.Speaker!))
            .Select(f => f.Trim())
            .Where(f => f.Length > 0);

    /// <summary>
    /// No word of the run is a gold name word of the corpus, no title stands in it, and real news knows every one
    /// of its words: a titled run names a person even when that person never speaks ("Kepala Dinas … Syafrin
    /// Liputo"), and a word news never wrote is most likely a name ("Wati").
    /// </summary>
    private static bool NoNameWord(in NameRun run, IReadOnlySet<string> nameWords)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (nameWords.Contains(run.Doc.WordString(k).ToLowerInvariant()) || run.Facts.Any(k, WordFacts.TitleStart | WordFacts.TitleWord)
                || run.Doc.Vocabulary.Of(run.Doc.Word(k)).Total == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InsideAny(TextSpan[] spans, int start, int end)
    {
        foreach (var span in spans)
        {
            if (span.Start <= start && end <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of the longest form found in the run on token boundaries, or null.</summary>
    private static NameSpan? Locate(in NameRun run, string[] forms)
    {
        var doc = run.Doc;
        var tokens = doc.Tokens;
        var runText = doc.Text.AsSpan(tokens[run.Start].Start, tokens[run.End - 1].End - tokens[run.Start].Start);
        foreach (var form in forms)
        {
            for (var from = 0; from <= runText.Length - form.Length;)
            {
                var at = runText[from..].IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                var start = tokens[run.Start].Start + from + at;
                var end = start + form.Length;
                var first = TokenStartingAt(doc, run, start);
                var last = TokenEndingAt(doc, run, end);
                if (first >= 0 && last >= 0 && last >= first)
                {
                    return new NameSpan(first, last + 1);
                }

                from += at + 1;
            }
        }

        return null;
    }

    private static int TokenStartingAt(Document doc, in NameRun run, int offset)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (doc.Tokens[k].Start == offset)
            {
                return k;
            }
        }

        return -1;
    }

    private static int TokenEndingAt(Document doc, in NameRun run, int offset)
    {
        for (var k = run.Start; k < run.End; k++)
        {
            if (doc.Tokens[k].End == offset)
            {
                return k;
            }
        }

        return -1;
    }
}
