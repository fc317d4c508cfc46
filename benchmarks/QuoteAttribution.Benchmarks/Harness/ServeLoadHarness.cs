using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Corpus;
using QuoteAttribution.Server;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// A bounded load check of <c>kutip serve</c>: the server runs in this process on a free loopback port, and N clients
/// each post one real article after another to <c>/api/analyse</c> until the requests are spent; then it stops by itself
/// and reports requests/s, p50/p99/max latency and errors (a status other than 200, or a reply that is not one record).
/// </summary>
internal static class ServeLoadHarness
{
    public static async Task<int> RunAsync(ServeLoadOptions options)
    {
        var file = options.File ?? RealArticles.Locate()
            ?? throw new ArgumentException($"the real articles (../shared/data/unlabeled/articles.jsonl) were not found; name a JSON Lines file or set {RealArticles.EnvironmentVariable}");
        var bodies = ArticleReader.ReadFile(file).Where(r => r.IsSuccess)
            .Select(r => new JObject { ["id"] = r.Value!.Id, ["text"] = r.Value.Text }.ToString(Newtonsoft.Json.Formatting.None))
            .ToArray();
        if (bodies.Length == 0)
        {
            throw new ArgumentException($"no article in '{file}'");
        }

        var folder = Directory.CreateTempSubdirectory("kutip-serve-load-");
        try
        {
            await using var server = await KutipServer.StartAsync(
                new ServerOptions { Port = 0, DatabasePath = Path.Combine(folder.FullName, "claims.db") },
                new QuoteExtractor().Analyze);
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, UseProxy = false })
            {
                BaseAddress = server.Address,
                Timeout = TimeSpan.FromSeconds(60),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kutip serve at {server.Address}: {options.Clients} clients, {options.Warmup:N0} warm-up + {options.Requests:N0} measured requests over {bodies.Length:N0} articles ({Path.GetFileName(file)}), {Environment.ProcessorCount} cores"));

            await Phase(client, bodies, options.Clients, options.Warmup, 0);
            var clock = Stopwatch.StartNew();
            var result = await Phase(client, bodies, options.Clients, options.Requests, options.Warmup);
            var seconds = clock.Elapsed.TotalSeconds;

            var latencies = result.Latencies.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"requests {latencies.Length:N0} in {seconds:0.00} s · {latencies.Length / seconds:N0} requests/s · {result.Words / seconds:N0} words/s · " +
                $"latency p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies[^1]:0.0} ms · errors {result.Errors}"));
            foreach (var error in result.Messages.Take(5))
            {
                Console.WriteLine("  " + error);
            }

            return result.Errors == 0 ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<LoadResult> Phase(HttpClient client, string[] bodies, int clients, int requests, int offset)
    {
        var next = -1;
        var latencies = new double[requests];
        var errors = 0;
        long words = 0;
        var messages = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var body = bodies[(offset + i) % bodies.Length];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync("api/analyse", new StringContent(body, Encoding.UTF8, "application/json"));
                    var reply = await response.Content.ReadAsStringAsync();
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK || JArray.Parse(reply).Count != 1)
                    {
                        Interlocked.Increment(ref errors);
                        messages.Enqueue($"{(int)response.StatusCode}: {reply[..Math.Min(200, reply.Length)]}");
                    }
                    else
                    {
                        Interlocked.Add(ref words, CountWords(body));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
                {
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Interlocked.Increment(ref errors);
                    messages.Enqueue($"{e.GetType().Name}: {e.Message}");
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return new LoadResult(latencies, errors, words, messages.ToArray());
    }

    private static long CountWords(string body) => ((string?)JObject.Parse(body)["text"] ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record LoadResult(double[] Latencies, int Errors, long Words, string[] Messages);
}
