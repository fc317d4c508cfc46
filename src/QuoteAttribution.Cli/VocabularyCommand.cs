using QuoteAttribution.Corpus;
using QuoteAttribution.Training;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>kutip vocabulary</c>: counts how each word is written across a corpus of real articles and writes the
/// name tagger's corpus statistics (<c>src/QuoteAttribution/Lexicons/Data/corpus-vocabulary.txt</c>).
/// </summary>
internal sealed class VocabularyCommand : ICommand
{
    private const string DefaultArticles = "../shared/data/unlabeled/articles.jsonl";
    private const string DefaultOutput = "src/QuoteAttribution/Lexicons/Data/corpus-vocabulary.txt";

    public string Name => "vocabulary";

    public string Summary => "Count how words are written across real articles (the name tagger's statistics).";

    public string Arguments => "[FILE…]";

    public string Description =>
        "Reads articles (JSONL or .txt; default: " + DefaultArticles + ") and writes, for every word seen at\n" +
        "least three times, how often it is written in lower case, capitalised inside a sentence, beside a\n" +
        "reporting cue, and first or last in a run of capitalised words (log-scale buckets; counts, no text).\n" +
        "The same articles give the same file. Rebuild the library to ship a new one.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("out", "Where to write (default: " + DefaultOutput + ").", "FILE", 'o'),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip vocabulary ../shared/data/unlabeled/articles.jsonl --out src/QuoteAttribution/Lexicons/Data/corpus-vocabulary.txt",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var inputs = arguments.Positionals.Count > 0 ? arguments.Positionals : [DefaultArticles];
        var output = arguments.Value("out") ?? DefaultOutput;
        var builder = new CorpusVocabularyBuilder();
        var failed = false;
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                context.Stderr.WriteLine($"kutip: {input}: no such file");
                return ExitCodes.Failure;
            }

            foreach (var result in ArticleReader.ReadFile(input))
            {
                if (result.Value is { } article)
                {
                    builder.Add(article.Text);
                }
                else
                {
                    context.Stderr.WriteLine($"kutip: {result.Error}");
                    failed = true;
                }
            }
        }

        File.WriteAllLines(output, builder.Lines());
        context.Stdout.WriteLine($"wrote {output} from {builder.Articles:N0} article{(builder.Articles == 1 ? string.Empty : "s")}");
        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
