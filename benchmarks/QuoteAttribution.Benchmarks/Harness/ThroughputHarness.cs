using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// Streams a JSON Lines file (repeated K times, one line in memory per reader) through five phases
/// measured in the same process: the floor (read + decode + split), read + parse, the tokenizer, the whole
/// pipeline on one thread and on N threads. Reports words/s, articles/s, the ratios and the peak
/// working set.
/// </summary>
internal static class ThroughputHarness
{
    private const int WarmUpArticles = 2000;

    public static int Run(HarnessOptions options)
    {
        var path = options.File!;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {path} does not exist");
            return 2;
        }

        var extractor = new QuoteExtractor(new QuoteExtractorOptions { UseModel = options.UseModel });
        var tokenizer = new Tokenizer(LexiconSet.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {path} ({new FileInfo(path).Length / 1e6:N1} MB) x {options.Repeat}, model {(extractor.UsesModel ? "on" : "off")}, {options.Threads} thread(s), {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));

        // Warm-up: JIT up to the optimised tier, the model's prediction engine on this thread and a second one.
        foreach (var text in RealArticles.Texts(path).Take(WarmUpArticles))
        {
            extractor.Analyze(text);
            tokenizer.Tokenize(text);
        }

        var second = new Thread(() =>
        {
            foreach (var text in RealArticles.Texts(path).Take(WarmUpArticles / 10))
            {
                extractor.Analyze(text);
            }
        });
        second.Start();
        second.Join();
        Thread.Sleep(500);

        using var sampler = new MemorySampler();
        var floor = Measure(sampler, "floor: read + decode + split", options, () =>
        {
            long fileWords = 0;
            for (var r = 0; r < options.Repeat; r++)
            {
                fileWords += FileFloor.Scan(path);
            }

            return (0, fileWords);
        });
        var parse = Measure(sampler, "read + parse JSON", options, () => Sequential(path, options.Repeat, _ => { }));
        var tokens = Measure(sampler, "read + parse + tokenize", options, () => Sequential(path, options.Repeat, text => tokenizer.Tokenize(text)));
        var single = Measure(sampler, "pipeline, 1 thread", options, () => Sequential(path, options.Repeat, text => extractor.Analyze(text)));
        var growth = new List<long>();
        var parallel = Measure(sampler, $"pipeline, {options.Threads} threads", options, () => Parallel(path, options, extractor, growth));

        // The floor counts every word of the file, JSON syntax included: report it on the articles' words.
        floor = floor with { Articles = single.Articles, Words = single.Words };
        foreach (var phase in new[] { floor, parse, tokens, single, parallel })
        {
            Console.WriteLine(phase.Format());
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline 1 thread / floor:      {single.Seconds / floor.Seconds,6:F1}x the time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline 1 thread / tokenizer:  {single.Seconds / (tokens.Seconds - parse.Seconds),6:F1}x the time of tokenizing alone (read + parse subtracted), {single.Seconds / tokens.Seconds:F1}x read + parse + tokenize"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read + parse share of 1 thread: {parse.Seconds / single.Seconds,6:P0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Threads} threads / 1 thread:          {single.Seconds / parallel.Seconds,6:F2}x the throughput"));
        if (growth.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"working set after each pass ({options.Threads} threads): {string.Join(", ", Abridged(growth).Select(b => b < 0 ? "…" : (b / 1e6).ToString("N0", CultureInfo.InvariantCulture)))} MB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles per phase: {single.Articles:N0}; peak working set of the process: {MemorySampler.ProcessPeak / 1e6:N0} MB"));
        return 0;
    }

    /// <summary>The first three and last three values, with -1 standing for the ones left out.</summary>
    private static IEnumerable<long> Abridged(List<long> values) =>
        values.Count <= 8 ? values : [.. values.Take(3), -1, .. values.TakeLast(3)];

    private static PhaseResult Measure(MemorySampler sampler, string name, HarnessOptions options, Func<(long Articles, long Words)> phase)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        sampler.Restart();
        var clock = Stopwatch.StartNew();
        var (articles, words) = phase();
        var seconds = clock.Elapsed.TotalSeconds;
        var result = new PhaseResult(name, seconds, articles, words, sampler.Max);
        Console.Error.WriteLine(result.Format());
        return result;
    }

    private static (long Articles, long Words) Sequential(string path, int repeat, Action<string> work)
    {
        long articles = 0, words = 0;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var text in RealArticles.Texts(path))
            {
                work(text);
                articles++;
                words += WordSplitter.Count(text);
            }
        }

        return (articles, words);
    }

    /// <summary>One reader fills a bounded channel; N workers analyse. Memory is bounded by the channel.</summary>
    private static (long Articles, long Words) Parallel(string path, HarnessOptions options, QuoteExtractor extractor, List<long> growth)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(32 * options.Threads) { SingleWriter = true });
        long articles = 0, words = 0;
        var workers = Enumerable.Range(0, options.Threads).Select(_ => new Thread(() =>
        {
            long a = 0, w = 0;
            var reader = channel.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var text))
                {
                    extractor.Analyze(text);
                    a++;
                    w += WordSplitter.Count(text);
                }
            }

            Interlocked.Add(ref articles, a);
            Interlocked.Add(ref words, w);
        })).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        for (var r = 0; r < options.Repeat; r++)
        {
            foreach (var text in RealArticles.Texts(path))
            {
                if (!channel.Writer.TryWrite(text))
                {
                    channel.Writer.WriteAsync(text).AsTask().GetAwaiter().GetResult();
                }
            }

            growth.Add(MemorySampler.Current);
        }

        channel.Writer.Complete();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        return (articles, words);
    }
}
