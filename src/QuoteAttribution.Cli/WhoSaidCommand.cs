using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Store;

namespace QuoteAttribution.Cli;

/// <summary><c>kutip who-said</c>: the speakers of the stored claims closest to a sentence, best first.</summary>
internal sealed class WhoSaidCommand : ICommand
{
    public string Name => "who-said";

    public string Summary => "Find who said a sentence, even when it is worded a little differently.";

    public string Arguments => "SENTENCE";

    public string Description =>
        "Ranks the stored claims that share words or word stems with SENTENCE by how much of the sentence they cover\n" +
        "(rare words weigh more) and how much of each claim the sentence covers; prints the best first with speaker,\n" +
        "claim, score and article. --format json prints a JSON array of {speaker, claim, score, article, …}. Only the\n" +
        "first 64 different words of SENTENCE are read; at most 10,000 characters are accepted.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        StoreOptions.Database,
        new("limit", "At most N answers (default 5).", "N", 'n'),
        new("format", "Output: table (default), json or jsonl.", "table|json|jsonl", 'f'),
    ];

    public IReadOnlyList<string> Examples { get; } =
    [
        "kutip who-said \"Telegram tidak akan memberikan kunci enkripsi\" --db claims.db",
        "kutip who-said \"perahu karet masih disiagakan\" --format json",
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var sentence = StoreOptions.Bounded(StoreOptions.Text(arguments, "the sentence"), QueryLimits.MaxTextLength, "the text");
        var limit = arguments.Integer("limit", 5, min: 1, max: 1000);
        var format = arguments.Choice("format", "table", ClaimHitOutput.Formats);
        var clock = Stopwatch.StartNew();
        using var store = StoreOptions.OpenForReading(arguments);
        var hits = new ClaimSearch(store).WhoSaid(sentence, limit);
        var elapsed = clock.Elapsed;
        ClaimHitOutput.Write(context.Stdout, hits, format);
        context.Stderr.Write(hits.Count == 0
            ? $"{CliApp.Name}: no stored claim resembles {Echo.Quoted(sentence)}\n"
            : string.Create(CultureInfo.InvariantCulture, $"{CliApp.Name}: {Counted.Of(hits.Count, "answer")} in {elapsed.TotalMilliseconds:0.0} ms\n"));
        return ExitCodes.Success;
    }
}
