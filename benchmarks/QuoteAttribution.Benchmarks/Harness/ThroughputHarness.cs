using System.Diagnostics;
using System.Globalization;
using System.Collections.Concurrent;
using QuoteAttribution.Benchmarks.Workloads;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// Streams a JSON Lines file (repeated K times, one line in memory per reader) through five phases
/// measured in the same process: the floor (read + decode + split), read + parse, the tokenizer, the whole
/// pipeline on one thread and on N threads. Each pass over the file is timed on its own; words/s and
/// articles/s are those of the median pass, after a warm-up that brings every phase's code to the JIT's
/// optimised tier. The one-thread and N-thread pipeline passes alternate, so that a change in the
/// machine's speed during the run (this 2-core virtual machine has two) weighs on both alike. Reports
/// the ratios and the peak working set.
/// </summary>
internal static class ThroughputHarness
{
    /// <summary>Warm-up passes of the whole pipeline: tiered compilation needs a few thousand articles to settle.</summary>
    private const int WarmUpPasses = 2;

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

        // Warm-up: every phase's code, up to the JIT's optimised tier, on this thread and a second one.
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            FileFloor.Scan(path);
            Sequential(path, 1, text => tokenizer.Tokenize(text));
            Sequential(path, 1, text => extractor.Analyze(text));
            Thread.Sleep(200);
        }

        var second = new Thread(() =>
        {
            foreach (var text in RealArticles.Texts(path).Take(200))
            {
                extractor.Analyze(text);
            }
        });
        second.Start();
        second.Join();
        Thread.Sleep(500);

        using var sampler = new MemorySampler();
        var floor = Measure(sampler, "floor: read + decode + split", options, passes =>
        {
            long fileWords = 0;
            for (var r = 0; r < options.Repeat; r++)
            {
                var clock = Stopwatch.StartNew();
                fileWords += FileFloor.Scan(path);
                passes.Add(clock.Elapsed.TotalSeconds);
            }

            return (0, fileWords);
        });
        var parse = Measure(sampler, "read + parse JSON", options, passes => Sequential(path, options.Repeat, _ => { }, passes));
        var tokens = Measure(sampler, "read + parse + tokenize", options, passes => Sequential(path, options.Repeat, text => tokenizer.Tokenize(text), passes));
        var growth = new List<long>();
        var (single, parallel) = MeasureAlternating(
            sampler,
            ("pipeline, 1 thread", () => Sequential(path, 1, text => extractor.Analyze(text))),
            ($"pipeline, {options.Threads} threads", () => ParallelPass(path, options.Threads, extractor, growth)),
            options.Repeat);

        // The floor counts every word of the file, JSON syntax included: report it on the articles' words.
        floor = floor with { Articles = single.Articles, Words = single.Words };
        foreach (var phase in new[] { floor, parse, tokens, single, parallel })
        {
            Console.WriteLine(phase.Format());
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline 1 thread / floor:      {single.MedianPassSeconds / floor.MedianPassSeconds,6:F1}x the time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline 1 thread / tokenizer:  {single.MedianPassSeconds / (tokens.MedianPassSeconds - parse.MedianPassSeconds),6:F1}x the time of tokenizing alone (read + parse subtracted), {single.MedianPassSeconds / tokens.MedianPassSeconds:F1}x read + parse + tokenize"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read + parse share of 1 thread: {parse.MedianPassSeconds / single.MedianPassSeconds,6:P0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Threads} threads / 1 thread:          {single.MedianPassSeconds / parallel.MedianPassSeconds,6:F2}x the throughput (median passes, alternating)"));
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

    private static PhaseResult Measure(MemorySampler sampler, string name, HarnessOptions options, Func<List<double>, (long Articles, long Words)> phase)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        sampler.Restart();
        var passes = new List<double>();
        var (articles, words) = phase(passes);
        var result = new PhaseResult(name, passes, articles, words, sampler.Max);
        Console.Error.WriteLine(result.FormatWithPasses());
        return result;
    }

    /// <summary>Runs two phases a pass at a time, alternating, each pass timed; returns both phases.</summary>
    private static (PhaseResult First, PhaseResult Second) MeasureAlternating(
        MemorySampler sampler,
        (string Name, Func<(long Articles, long Words)> Pass) first,
        (string Name, Func<(long Articles, long Words)> Pass) second,
        int repeat)
    {
        var phases = new[] { first, second };
        var passes = new[] { new List<double>(), new List<double>() };
        var totals = new (long Articles, long Words)[2];
        var maxWorkingSet = new long[2];
        for (var r = 0; r < repeat; r++)
        {
            for (var p = 0; p < 2; p++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                sampler.Restart();
                var clock = Stopwatch.StartNew();
                var (articles, words) = phases[p].Pass();
                passes[p].Add(clock.Elapsed.TotalSeconds);
                totals[p] = (totals[p].Articles + articles, totals[p].Words + words);
                maxWorkingSet[p] = Math.Max(maxWorkingSet[p], sampler.Max);
            }
        }

        var results = new PhaseResult[2];
        for (var p = 0; p < 2; p++)
        {
            results[p] = new PhaseResult(phases[p].Name, passes[p], totals[p].Articles, totals[p].Words, maxWorkingSet[p]);
            Console.Error.WriteLine(results[p].FormatWithPasses());
        }

        return (results[0], results[1]);
    }

    private static (long Articles, long Words) Sequential(string path, int repeat, Action<string> work, List<double>? passes = null)
    {
        long articles = 0, words = 0;
        for (var r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var text in RealArticles.Texts(path))
            {
                work(text);
                articles++;
                words += WordSplitter.Count(text);
            }

            passes?.Add(clock.Elapsed.TotalSeconds);
        }

        return (articles, words);
    }

    /// <summary>
    /// One pass over the file: one reader fills a bounded queue; N workers analyse. Memory is bounded by the
    /// queue. A blocking queue, as in <c>kutip extract</c>: the workers sleep in the kernel when it is empty,
    /// where channel continuations would wake thread-pool workers that spin. The working set after the
    /// pass goes to <paramref name="growth"/>.
    /// </summary>
    private static (long Articles, long Words) ParallelPass(string path, int threads, QuoteExtractor extractor, List<long> growth)
    {
        using var queue = new BlockingCollection<string>(32 * threads);
        long articles = 0, words = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long a = 0, w = 0;
            foreach (var text in queue.GetConsumingEnumerable())
            {
                extractor.Analyze(text);
                a++;
                w += WordSplitter.Count(text);
            }

            Interlocked.Add(ref articles, a);
            Interlocked.Add(ref words, w);
        })).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var text in RealArticles.Texts(path))
        {
            queue.Add(text);
        }

        queue.CompleteAdding();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        growth.Add(MemorySampler.Current);
        return (articles, words);
    }
}
