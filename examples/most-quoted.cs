// Who does each outlet quote most? Runs the engine over a JSON Lines file of articles and counts, per outlet, the
// quotes of each named person. Writes out/most-quoted.csv (the five most quoted per outlet) and out/most-quoted.png
// (each outlet's most quoted person, with their share of the outlet's attributed quotes).
//
//   dotnet run examples/most-quoted.cs [-- ARTICLES.jsonl [OUT_DIR]]
//
// ARTICLES.jsonl defaults to ../shared/data/unlabeled/articles.jsonl and OUT_DIR to out/, both from the current folder.
#:project ../src/QuoteAttribution
#:package ScottPlot
using System.Globalization;
using QuoteAttribution;

var input = args.Length > 0 ? args[0] : "../shared/data/unlabeled/articles.jsonl";
var outDir = Directory.CreateDirectory(args.Length > 1 ? args[1] : "out").FullName;

var articles = new QuoteExtractor().AnalyzeFile(input).ToList();
var rows = articles.ToRows().ToList();
var byOutlet = rows
    .Where(r => r.SpeakerType == "person" && r.Speaker is not null)
    .GroupBy(r => r.Outlet ?? "(no outlet)")
    .Select(g => (Outlet: g.Key, Quotes: g.Count(), Top: g.GroupBy(r => r.Speaker!)
        .Select(s => (Speaker: s.Key, Quotes: s.Count()))
        .OrderByDescending(s => s.Quotes).ThenBy(s => s.Speaker, StringComparer.Ordinal)
        .Take(5).ToList()))
    .OrderByDescending(o => o.Quotes).ThenBy(o => o.Outlet, StringComparer.Ordinal)
    .ToList();

var csvPath = Path.Combine(outDir, "most-quoted.csv");
using (var csv = File.CreateText(csvPath))
{
    QuoteRows.WriteCsvLine(csv, ["outlet", "rank", "speaker", "quotes", "share_of_outlet_person_quotes"]);
    foreach (var outlet in byOutlet)
    {
        foreach (var (speaker, i) in outlet.Top.Select((s, i) => (s, i)))
        {
            QuoteRows.WriteCsvLine(csv, [outlet.Outlet, (i + 1).ToString(CultureInfo.InvariantCulture), speaker.Speaker,
                speaker.Quotes.ToString(CultureInfo.InvariantCulture), (speaker.Quotes / (double)outlet.Quotes).ToString("0.000", CultureInfo.InvariantCulture)]);
        }
    }
}

// One horizontal bar per outlet: its most quoted person's quotes, labelled "Outlet — Speaker (share)".
var plot = new ScottPlot.Plot();
var leaders = byOutlet.Where(o => o.Top.Count > 0).Reverse().ToList();
for (var i = 0; i < leaders.Count; i++)
{
    var top = leaders[i].Top[0];
    var bar = plot.Add.Bar(new ScottPlot.Bar { Position = i, Value = top.Quotes, Orientation = ScottPlot.Orientation.Horizontal });
    bar.Color = ScottPlot.Colors.SteelBlue;
}

plot.Axes.Left.SetTicks(
    Enumerable.Range(0, leaders.Count).Select(i => (double)i).ToArray(),
    leaders.Select(o => $"{o.Outlet} — {o.Top[0].Speaker} ({o.Top[0].Quotes / (double)o.Quotes:P0})").ToArray());
plot.Axes.Left.MajorTickStyle.Length = 0;
plot.Axes.Margins(left: 0, right: 0.1);
plot.Title($"Most quoted person per outlet ({articles.Count:N0} articles)");
plot.XLabel("quotes attributed to that person");
var pngPath = Path.Combine(outDir, "most-quoted.png");
plot.SavePng(pngPath, 1000, 80 + 45 * Math.Max(leaders.Count, 3));

foreach (var outlet in byOutlet.Where(o => o.Top.Count > 0))
{
    Console.WriteLine($"{outlet.Outlet,-16} {outlet.Top[0].Speaker} ({outlet.Top[0].Quotes} of {outlet.Quotes} person quotes)");
}

Console.WriteLine($"wrote {csvPath} and {pngPath}");
