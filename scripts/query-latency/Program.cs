using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Store;

// dotnet run -c Release --project scripts/query-latency -- STORE.db
// Opens a claim store once, runs a fixed set of searches and who-said sentences (our own words) once to warm
// up, then 20 times each, and prints the median and 90th percentile of the per-call latency.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: query-latency STORE.db");
    return 2;
}

string[] searches =
[
    "harga", "pemerintah akan", "tegas", "investasi", "banjir", "presiden", "menurut", "ekonomi tumbuh",
    "listrik", "kunci enkripsi", "impor beras", "pajak naik", "sekolah", "utang", "tidak benar",
];
string[] sentences =
[
    "pemerintah akan menaikkan harga listrik tahun depan",
    "harga beras di pasar mulai turun minggu ini",
    "kami tidak akan memberikan data pengguna kepada siapa pun",
    "investasi asing diperkirakan tumbuh tahun ini",
];

var clock = Stopwatch.StartNew();
using var store = ClaimStore.OpenReadOnly(args[0]);
var search = new ClaimSearch(store);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open {clock.Elapsed.TotalMilliseconds:0.0} ms; {store.Counts()}"));

Report("query (limit 20)", searches, q => search.Search(new ClaimQuery(q)).Count);
Report("who-said (limit 5)", sentences, q => search.WhoSaid(q).Count);
return 0;

static void Report(string name, string[] inputs, Func<string, int> run)
{
    var first = Stopwatch.StartNew();
    run(inputs[0]);
    var cold = first.Elapsed.TotalMilliseconds;
    foreach (var input in inputs)
    {
        run(input);
    }

    var times = new List<double>();
    for (var round = 0; round < 20; round++)
    {
        foreach (var input in inputs)
        {
            var clock = Stopwatch.StartNew();
            run(input);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {times.Count} calls, median {times[times.Count / 2]:0.00} ms, p90 {times[(int)(times.Count * 0.9)]:0.00} ms, first call (cold) {cold:0.0} ms"));
}
