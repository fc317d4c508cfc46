using System.Globalization;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>The command line of the throughput and pathological modes.</summary>
internal sealed class HarnessOptions
{
    public string? File { get; private init; }

    /// <summary>Worker threads of the parallel run (default: all cores).</summary>
    public int Threads { get; private init; } = Environment.ProcessorCount;

    /// <summary>How many times the file is streamed in each phase.</summary>
    public int Repeat { get; private init; } = 1;

    public bool UseModel { get; private init; } = true;

    /// <summary>Pathological mode: the longest one input may take before larger sizes are extrapolated.</summary>
    public double BudgetSeconds { get; private init; } = 60;

    /// <summary>Pathological mode: fraction of the full sizes (10 MB, 5 MB, 100,000 articles).</summary>
    public double Scale { get; private init; } = 1.0;

    public static HarnessOptions Parse(ReadOnlySpan<string> args, bool requireFile)
    {
        string? file = null;
        int threads = Environment.ProcessorCount, repeat = 1;
        double budget = 60, scale = 1;
        var useModel = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threads":
                    threads = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--repeat":
                    repeat = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--budget":
                    budget = double.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--scale":
                    scale = double.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--no-model":
                    useModel = false;
                    break;
                default:
                    if (args[i].StartsWith('-') || file is not null)
                    {
                        throw new ArgumentException($"unexpected argument '{args[i]}'");
                    }

                    file = args[i];
                    break;
            }
        }

        if (requireFile && file is null)
        {
            throw new ArgumentException("usage: throughput FILE.jsonl [--threads N] [--repeat K] [--no-model]");
        }

        if (threads < 1 || repeat < 1 || budget <= 0 || scale <= 0)
        {
            throw new ArgumentException("--threads, --repeat, --budget and --scale must be positive");
        }

        return new HarnessOptions { File = file, Threads = threads, Repeat = repeat, BudgetSeconds = budget, Scale = scale, UseModel = useModel };
    }

    private static string Value(ReadOnlySpan<string> args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
