using System.Globalization;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>The command line of the serve-load mode.</summary>
internal sealed class ServeLoadOptions
{
    /// <summary>The JSON Lines file of articles; null: the real unlabeled articles, wherever they are found.</summary>
    public string? File { get; private init; }

    /// <summary>Concurrent clients, each sending one request after another.</summary>
    public int Clients { get; private init; } = 8;

    /// <summary>Measured requests in all (after the warm-up); the run stops when they are done.</summary>
    public int Requests { get; private init; } = 3000;

    /// <summary>Requests sent first and not measured (JIT, model loading, connection set-up).</summary>
    public int Warmup { get; private init; } = 200;

    public static ServeLoadOptions Parse(ReadOnlySpan<string> args)
    {
        string? file = null;
        int clients = 8, requests = 3000, warmup = 200;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--clients":
                    clients = Number(args, ref i);
                    break;
                case "--requests":
                    requests = Number(args, ref i);
                    break;
                case "--warmup":
                    warmup = Number(args, ref i);
                    break;
                default:
                    if (args[i].StartsWith('-') || file is not null)
                    {
                        throw new ArgumentException($"unexpected argument '{args[i]}'; usage: serve-load [FILE.jsonl] [--clients N] [--requests K] [--warmup W]");
                    }

                    file = args[i];
                    break;
            }
        }

        if (clients < 1 || requests < 1 || warmup < 0)
        {
            throw new ArgumentException("--clients and --requests must be positive, --warmup not negative");
        }

        return new ServeLoadOptions { File = file, Clients = clients, Requests = requests, Warmup = warmup };
    }

    private static int Number(ReadOnlySpan<string> args, ref int i) =>
        ++i < args.Length && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{args[i - 1]} needs a whole number");
}
