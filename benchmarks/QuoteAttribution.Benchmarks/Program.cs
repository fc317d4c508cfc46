using BenchmarkDotNet.Running;
using QuoteAttribution.Benchmarks;
using QuoteAttribution.Benchmarks.Harness;

// Three modes (see benchmarks/README.md):
//   throughput FILE [--threads N] [--repeat K] [--no-model]   whole pipeline over a JSON Lines file, streaming
//   pathological [--budget SECONDS] [--scale F]               adversarial inputs against ordinary articles
//   serve-load [FILE] [--clients N] [--requests K]            N concurrent HTTP clients against kutip serve on loopback
//   anything else                                             BenchmarkDotNet (e.g. --filter '*')
try
{
    if (args.Length > 0 && string.Equals(args[0], "throughput", StringComparison.Ordinal))
    {
        return ThroughputHarness.Run(HarnessOptions.Parse(args.AsSpan(1), requireFile: true));
    }

    if (args.Length > 0 && string.Equals(args[0], "serve-load", StringComparison.Ordinal))
    {
        return await ServeLoadHarness.RunAsync(ServeLoadOptions.Parse(args.AsSpan(1)));
    }

    if (args.Length > 0 && string.Equals(args[0], "pathological", StringComparison.Ordinal))
    {
        return PathologicalHarness.Run(HarnessOptions.Parse(args.AsSpan(1), requireFile: false));
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

var hasJob = args.Any(a => a.StartsWith("--job", StringComparison.Ordinal) || string.Equals(a, "-j", StringComparison.Ordinal));
BenchmarkSwitcher.FromAssembly(typeof(QuickConfig).Assembly).Run(args, QuickConfig.Create(withDefaultJob: !hasJob));
return 0;
