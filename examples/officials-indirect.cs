// How often are officials quoted indirectly? An official is a person quoted with a government or police title
// (Menteri, Gubernur, Bupati, Kapolda, …) among the roles the engine found; every other named person is compared with
// them. Writes out/officials-indirect.csv (per outlet and overall: quotes and the share that is indirect or mixed) and
// out/officials-indirect.png (that share per outlet, officials beside other people).
//
//   dotnet run examples/officials-indirect.cs [-- ARTICLES.jsonl [OUT_DIR]]
//
// ARTICLES.jsonl defaults to ../shared/data/unlabeled/articles.jsonl and OUT_DIR to out/, both from the current folder.
#:project ../src/QuoteAttribution
#:package ScottPlot
using System.Globalization;
using QuoteAttribution;

var input = args.Length > 0 ? args[0] : "../shared/data/unlabeled/articles.jsonl";
var outDir = Directory.CreateDirectory(args.Length > 1 ? args[1] : "out").FullName;

// The first word of a role that makes its bearer a state official.
string[] officialTitles =
[
    "Presiden", "Wapres", "Menteri", "Menko", "Wamen", "Gubernur", "Wagub", "Bupati", "Wabup", "Wali", "Walkot", "Camat", "Lurah",
    "Kapolri", "Kapolda", "Kapolres", "Kapolsek", "Kapuspen", "Kadiv", "Panglima", "Pangdam", "Jaksa", "Kajati", "Kajari",
    "Sekda", "Sekjen", "Dirjen", "Kadis", "Kepala", "Kabid", "Kasat", "Juru",
];
bool IsOfficial(AttributedQuote quote) => quote.Roles.Any(role =>
    officialTitles.Contains(role.Split(' ', 2)[0], StringComparer.OrdinalIgnoreCase));

var articles = new QuoteExtractor().AnalyzeFile(input).ToList();
var quotes = articles
    .SelectMany(a => a.Quotes.Where(q => q.SpeakerType == SpeakerType.Person).Select(q => (Outlet: a.Outlet ?? "(no outlet)", Quote: q)))
    .ToList();

static (int Quotes, int Indirect) Tally(IEnumerable<AttributedQuote> quotes)
{
    var list = quotes.ToList();
    return (list.Count, list.Count(q => q.Type != QuoteType.Direct));
}

var outlets = quotes.GroupBy(q => q.Outlet)
    .Select(g => (Outlet: g.Key,
        Officials: Tally(g.Where(q => IsOfficial(q.Quote)).Select(q => q.Quote)),
        Others: Tally(g.Where(q => !IsOfficial(q.Quote)).Select(q => q.Quote))))
    .Where(o => o.Officials.Quotes >= 5 && o.Others.Quotes >= 5)
    .OrderByDescending(o => o.Officials.Quotes + o.Others.Quotes).ThenBy(o => o.Outlet, StringComparer.Ordinal)
    .ToList();
var all = (Outlet: "all outlets",
    Officials: Tally(quotes.Where(q => IsOfficial(q.Quote)).Select(q => q.Quote)),
    Others: Tally(quotes.Where(q => !IsOfficial(q.Quote)).Select(q => q.Quote)));

static double Share((int Quotes, int Indirect) t) => t.Quotes == 0 ? 0 : t.Indirect / (double)t.Quotes;
static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

var csvPath = Path.Combine(outDir, "officials-indirect.csv");
using (var csv = File.CreateText(csvPath))
{
    QuoteRows.WriteCsvLine(csv, ["outlet", "speakers", "quotes", "indirect_or_mixed", "share_indirect"]);
    foreach (var o in outlets.Append(all))
    {
        foreach (var (group, t) in new[] { ("officials", o.Officials), ("other people", o.Others) })
        {
            QuoteRows.WriteCsvLine(csv, [o.Outlet, group, t.Quotes.ToString(CultureInfo.InvariantCulture), t.Indirect.ToString(CultureInfo.InvariantCulture), Number(Share(t))]);
        }
    }
}

// Two bars per outlet: the share of officials' quotes that is indirect, and the same share for everyone else.
var plot = new ScottPlot.Plot();
var groups = outlets.Append(all).ToList();
var officialColor = ScottPlot.Colors.DarkOrange;
var otherColor = ScottPlot.Colors.SteelBlue;
for (var i = 0; i < groups.Count; i++)
{
    plot.Add.Bar(new ScottPlot.Bar { Position = 3 * i, Value = 100 * Share(groups[i].Officials), FillColor = officialColor });
    plot.Add.Bar(new ScottPlot.Bar { Position = 3 * i + 1, Value = 100 * Share(groups[i].Others), FillColor = otherColor });
}

plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups.Count).Select(i => 3 * i + 0.5).ToArray(), groups.Select(g => g.Outlet).ToArray());
plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
plot.Axes.Bottom.MajorTickStyle.Length = 0;
plot.Axes.Margins(bottom: 0, top: 0.3);
plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "officials (Menteri, Gubernur, Kapolda, …)", FillColor = officialColor });
plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "other named people", FillColor = otherColor });
plot.Legend.Alignment = ScottPlot.Alignment.UpperLeft;
plot.ShowLegend();
plot.Title($"Share of quotes that are indirect or mixed ({articles.Count:N0} articles)");
plot.YLabel("% of the group's quotes");
var pngPath = Path.Combine(outDir, "officials-indirect.png");
plot.SavePng(pngPath, 1200, 560);

Console.WriteLine($"officials: {all.Officials.Indirect} of {all.Officials.Quotes} quotes indirect or mixed ({Share(all.Officials):P1}); " +
    $"other people: {all.Others.Indirect} of {all.Others.Quotes} ({Share(all.Others):P1})");
Console.WriteLine($"wrote {csvPath} and {pngPath}");
