// What has one speaker said over time? Indexes the articles into a claim store (out/speaker-timeline.db; unchanged
// articles are skipped on later runs), finds the speaker there (by name or alias, across articles) and lists their
// claims oldest first. Writes out/speaker-timeline.csv (date, outlet, article, type, cue, claim) and
// out/speaker-timeline.png (their quotes per month, direct and indirect).
//
//   dotnet run examples/speaker-timeline.cs [-- ARTICLES.jsonl [OUT_DIR [SPEAKER]]]
//
// ARTICLES.jsonl defaults to ../shared/data/unlabeled/articles.jsonl and OUT_DIR to out/, both from the current folder;
// SPEAKER defaults to the person quoted most often in the articles.
#:project ../src/QuoteAttribution.Store
#:package ScottPlot
using System.Globalization;
using QuoteAttribution;
using QuoteAttribution.Store;

var input = args.Length > 0 ? args[0] : "../shared/data/unlabeled/articles.jsonl";
var outDir = Directory.CreateDirectory(args.Length > 1 ? args[1] : "out").FullName;

var articles = new QuoteExtractor().AnalyzeFile(input).ToList();
using var store = ClaimStore.Open(Path.Combine(outDir, "speaker-timeline.db"), create: true);
Console.WriteLine($"claim store: {store.Index(articles)}");

var name = args.Length > 2 ? args[2] : articles.ToRows()
    .Where(r => r.SpeakerType == "person" && r.Speaker is not null)
    .GroupBy(r => r.Speaker!)
    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
    .Select(g => g.Key)
    .FirstOrDefault() ?? throw new InvalidOperationException($"no person is quoted in {input}");
var speaker = store.FindSpeakers(name).FirstOrDefault() ?? throw new InvalidOperationException($"no speaker called '{name}' in {input}");
var claims = store.ClaimsOf(speaker);
Console.WriteLine($"{speaker.Name} ({speaker.Type}): {claims.Count} quotes, oldest first");

var csvPath = Path.Combine(outDir, "speaker-timeline.csv");
using (var csv = File.CreateText(csvPath))
{
    QuoteRows.WriteCsvLine(csv, ["date", "outlet", "article", "type", "cue", "said_as", "claim"]);
    foreach (var c in claims)
    {
        QuoteRows.WriteCsvLine(csv, [c.Date ?? "", c.Outlet ?? "", c.ArticleId, c.Type, c.Cue ?? "", c.SaidAs ?? "", c.Claim]);
    }
}

// Quotes per month, every month from the first to the last shown (empty months too), direct stacked under the rest.
var dated = claims.Where(c => c.Date is { Length: >= 7 }).ToList();
var months = new List<DateOnly>();
if (dated.Count > 0)
{
    var first = DateOnly.ParseExact(dated.Min(c => c.Date![..7])!, "yyyy-MM", CultureInfo.InvariantCulture);
    var last = DateOnly.ParseExact(dated.Max(c => c.Date![..7])!, "yyyy-MM", CultureInfo.InvariantCulture);
    for (var m = first; m <= last; m = m.AddMonths(1))
    {
        months.Add(m);
    }
}

var plot = new ScottPlot.Plot();
var directColor = ScottPlot.Colors.SteelBlue;
var reportedColor = ScottPlot.Colors.DarkOrange;
for (var i = 0; i < months.Count; i++)
{
    var key = months[i].ToString("yyyy-MM", CultureInfo.InvariantCulture);
    var inMonth = dated.Where(c => c.Date!.StartsWith(key, StringComparison.Ordinal)).ToList();
    var direct = inMonth.Count(c => c.Type == "direct");
    if (direct > 0)
    {
        plot.Add.Bar(new ScottPlot.Bar { Position = i, ValueBase = 0, Value = direct, FillColor = directColor });
    }

    if (inMonth.Count > direct)
    {
        plot.Add.Bar(new ScottPlot.Bar { Position = i, ValueBase = direct, Value = inMonth.Count, FillColor = reportedColor });
    }
}

var every = Math.Max(1, (int)Math.Ceiling(months.Count / 12.0));
var ticks = Enumerable.Range(0, months.Count).Where(i => i % every == 0).ToArray();
plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => months[i].ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToArray());
plot.Axes.Margins(bottom: 0, top: 0.2);
plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "direct", FillColor = directColor });
plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "indirect or mixed", FillColor = reportedColor });
plot.Legend.Alignment = ScottPlot.Alignment.UpperLeft;
plot.ShowLegend();
plot.Title($"{speaker.Name}: quotes per month ({dated.Count} dated of {claims.Count}, {articles.Count:N0} articles)");
plot.YLabel("quotes");
var pngPath = Path.Combine(outDir, "speaker-timeline.png");
plot.SavePng(pngPath, 1000, 450);

foreach (var c in claims.Take(5))
{
    Console.WriteLine($"  {c}");
}

Console.WriteLine($"wrote {csvPath} and {pngPath}");
