using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// Runs the whole pipeline (model on) on adversarial inputs at 1 %, 10 % and 100 % of their full size and
/// compares time per MB with ordinary articles. Each family is run once at its smallest size before it is
/// measured (its own code paths reach the JIT's optimised tier too), and a size that takes under a second
/// is repeated, its median run reported, so that a 10 ms measurement is not one timer tick and a
/// collection. A size whose time, extrapolated from the smaller ones, would exceed the budget is not run;
/// its extrapolation is reported instead.
/// </summary>
internal static class PathologicalHarness
{
    private const long MB = 1_000_000;
    private static readonly double[] Fractions = [0.01, 0.1, 1.0];

    public static int Run(HarnessOptions options)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { UseModel = options.UseModel });
        var scale = options.Scale;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pathological: model {(extractor.UsesModel ? "on" : "off")}, scale {scale}, budget {options.BudgetSeconds} s per input"));

        var generated = WorkloadCatalog.GeneratedArticles(WorkloadCatalog.Seed).Take(1000).ToArray();
        Time(extractor, generated); // warm-up: JIT up to the optimised tier
        Thread.Sleep(500);
        var baseline = Report("ordinary: 1,000 generated articles", Time(extractor, generated), null);
        if (RealArticles.Locate() is { } real)
        {
            baseline = Report("ordinary: the real unlabeled articles", Time(extractor, RealArticles.Texts(real).ToArray()), null);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline: {baseline.SecondsPerMB * 1000:F1} ms/MB"));
        PathologicalCase[] cases =
        [
            new("10 MB of quote marks", "10 MB", f => [PathologicalInputs.QuoteMarks((long)(10 * MB * scale * f))]),
            new("5 MB article without punctuation", "5 MB", f => [PathologicalInputs.NoPunctuation((long)(5 * MB * scale * f))]),
            new("100,000 tiny articles", "100,000", f => PathologicalInputs.TinyArticles((int)(100_000 * scale * f)).ToArray()),
        ];

        var failed = false;
        foreach (var family in cases)
        {
            Console.WriteLine($"-- {family.Name}");
            Time(extractor, family.Build(Fractions[0])); // warm-up on this family's own input
            Measurement? previous = null;
            foreach (var fraction in Fractions)
            {
                var articles = family.Build(fraction);
                var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
                var label = string.Create(CultureInfo.InvariantCulture, $"{fraction * scale:P0} of {family.FullSize}");
                if (previous is not null && previous.SecondsPerMB * bytes / MB * Growth(previous, bytes) > options.BudgetSeconds)
                {
                    var predicted = previous.SecondsPerMB * bytes / MB * Growth(previous, bytes);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{label,-34} {bytes / 1e6,8:F2} MB   not run: about {predicted:N0} s extrapolated, over the budget → {predicted / (bytes / (double)MB) * 1000:F0} ms/MB, {predicted / (bytes / (double)MB) / baseline.SecondsPerMB:F1}x ordinary"));
                    failed = true;
                    break;
                }

                var measurement = Time(extractor, articles);
                if (previous is not null && measurement.Seconds > 0 && previous.Seconds > 0)
                {
                    measurement = measurement with { Exponent = Math.Log(measurement.Seconds / previous.Seconds) / Math.Log((double)measurement.Bytes / previous.Bytes) };
                }

                Report(label, measurement, baseline);
                failed |= measurement.SecondsPerMB > 2 * baseline.SecondsPerMB;
                previous = measurement;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set of the process: {MemorySampler.ProcessPeak / 1e6:N0} MB; target within 2x ordinary time/MB: {(failed ? "NOT met" : "met")}"));
        return 0;
    }

    /// <summary>How much worse time per MB gets from the last measured size to <paramref name="bytes"/>, from the growth seen so far.</summary>
    private static double Growth(Measurement previous, long bytes)
    {
        var exponent = previous.Exponent ?? 1.0;
        return Math.Pow((double)bytes / previous.Bytes, Math.Max(0, exponent - 1));
    }

    /// <summary>The median of at least three runs, and of as many as fit in about a second (at most 15).</summary>
    private static Measurement Time(QuoteExtractor extractor, IReadOnlyList<string> articles)
    {
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        var runs = new List<double>();
        var total = Stopwatch.StartNew();
        do
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            foreach (var text in articles)
            {
                extractor.Analyze(text);
            }

            runs.Add(clock.Elapsed.TotalSeconds);
        }
        while (runs.Count < 15 && (runs.Count < 3 || total.Elapsed.TotalSeconds < 1.0) && runs[^1] < 1.0);

        runs.Sort();
        return new Measurement(bytes, runs[runs.Count / 2], articles.Count);
    }

    private static Measurement Report(string label, Measurement measurement, Measurement? baseline)
    {
        var ratio = baseline is null ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{measurement.SecondsPerMB / baseline.SecondsPerMB,6:F1}x ordinary") +
              (measurement.Exponent is { } e ? string.Create(CultureInfo.InvariantCulture, $", time ~ size^{e:F2}") : string.Empty);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-34} {measurement.Bytes / 1e6,8:F2} MB {measurement.Seconds,9:F2} s {measurement.SecondsPerMB * 1000,9:F1} ms/MB  {ratio}"));
        return measurement;
    }
}
