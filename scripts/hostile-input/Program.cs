using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteAttribution;
using QuoteAttribution.Corpus;

// dotnet run -c Release --project scripts/hostile-input -- [SCALE] [NAME]
// Runs each pathological input at sizes n, 2n, 4n (n grows with SCALE, default 1) through what kutip does with it (the
// JSON Lines reader, then Analyze on each article), best of three, and prints time and bytes allocated per size and
// the ratio of each size to the one before: about 2 means linear. NAME runs only the inputs whose name contains it.
// Our own words only.
var scale = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var only = args.Length > 1 ? args[1] : string.Empty;
var extractor = new QuoteExtractor();
extractor.Analyze("“Pemanasan,” kata Budi."); // load the models before measuring

var workloads = new (string Name, int Base, Func<int, string> Make)[]
{
    ("quote marks only", 20_000, n => string.Concat(Enumerable.Range(0, n).Select(i => "\"“”'‘’«»"[i % 8]))),
    ("no punctuation", 20_000, n => Repeat("harga beras naik kata budi santoso pemerintah akan menurunkan harga ", n)),
    ("one huge paragraph", 20_000, n => Repeat("“Harga beras naik lagi,” kata Budi Santoso, pedagang di pasar. Menurut dia, pasokan tersendat. ", n)),
    ("unclosed quotes", 20_000, n => Repeat("“Harga beras naik kata Budi ", n)),
    ("one huge word", 20_000, n => new string('a', n)),
};

Console.WriteLine("| input | size | time (ms) | ×prev | allocated (MB) | ×prev |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (name, size, make) in workloads.Where(w => w.Name.Contains(only, StringComparison.Ordinal)))
{
    Measure(name, size * scale, n => JsonLine("x", make(n)), "characters");
}

if (only.Length > 0)
{
    return 0;
}

Measure("tiny articles", 25_000 * scale, n => string.Join('\n', Enumerable.Range(0, n).Select(i => JsonLine($"a{i}", "“Harga beras naik lagi,” kata Budi."))), "articles");
Measure("deeply nested JSON", 20_000 * scale, n => $"{{\"id\": \"x\", \"text\": \"“Naik,” kata Budi.\", \"extra\": {new string('[', n)}{new string(']', n)}}}", "levels");
return 0;

void Measure(string name, int n0, Func<int, string> make, string unit)
{
    double? previousTime = null;
    double? previousBytes = null;
    foreach (var n in new[] { n0, n0 * 2, n0 * 4 })
    {
        var input = make(n);
        var (time, bytes, outcome) = Best(input);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} ({outcome}) | {n:N0} {unit} | {time:0.0} | {Ratio(time, previousTime)} | {bytes / 1e6:0.0} | {Ratio(bytes, previousBytes)} |"));
        previousTime = time;
        previousBytes = bytes;
    }
}

(double Milliseconds, double Bytes, string Outcome) Best(string jsonLines)
{
    var best = (Milliseconds: double.MaxValue, Bytes: 0.0, Outcome: string.Empty);
    for (var run = 0; run < 3; run++)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int articles = 0, quotes = 0, errors = 0;
        foreach (var record in ArticleReader.ReadJsonLines(new StringReader(jsonLines), "hostile"))
        {
            if (record.Value is { } article)
            {
                articles++;
                quotes += extractor.Analyze(article.Text).Quotes.Count;
            }
            else
            {
                errors++;
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (elapsed < best.Milliseconds)
        {
            best = (elapsed, allocated, $"{articles} articles, {quotes} quotes, {errors} errors");
        }
    }

    return best;
}

static string Ratio(double value, double? previous) =>
    previous is { } p && p > 0 ? (value / p).ToString("0.00", CultureInfo.InvariantCulture) : "";

static string Repeat(string unit, int characters)
{
    var builder = new StringBuilder(characters + unit.Length);
    while (builder.Length < characters)
    {
        builder.Append(unit);
    }

    return builder.ToString(0, characters);
}

static string JsonLine(string id, string text)
{
    var builder = new StringBuilder(text.Length + 32).Append("{\"id\": \"").Append(id).Append("\", \"text\": \"");
    foreach (var c in text)
    {
        _ = c switch
        {
            '"' => builder.Append("\\\""),
            '\\' => builder.Append("\\\\"),
            '\n' => builder.Append("\\n"),
            _ => builder.Append(c),
        };
    }

    return builder.Append("\"}").ToString();
}
