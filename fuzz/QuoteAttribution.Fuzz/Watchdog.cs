using System.Diagnostics;
using System.Text;

namespace QuoteAttribution.Fuzz;

/// <summary>Saves any input one worker spends longer than the limit on (under <c>fuzz/findings/slow-N.jsonl</c>), once, and counts them.</summary>
internal sealed class Watchdog : IDisposable
{
    private readonly (long Number, string? Line, long Started, bool Reported)[] _current;
    private readonly TimeSpan _limit;
    private readonly string _findings;
    private readonly Timer _timer;
    private int _slow;

    public Watchdog(int workers, TimeSpan limit, string findings)
    {
        _current = new (long, string?, long, bool)[workers];
        _limit = limit;
        _findings = findings;
        _timer = new Timer(_ => Check(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>How many inputs took longer than the limit.</summary>
    public int Slow => Volatile.Read(ref _slow);

    public void Starting(int worker, long number, string line)
    {
        lock (_current)
        {
            _current[worker] = (number, line, Stopwatch.GetTimestamp(), false);
        }
    }

    public void Finished(int worker)
    {
        lock (_current)
        {
            var (number, line, started, reported) = _current[worker];
            if (reported)
            {
                Console.WriteLine($"slow input {number} finished after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
            }

            _current[worker] = (0, null, 0, false);
            _ = line;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        lock (_current)
        {
            for (var w = 0; w < _current.Length; w++)
            {
                var (number, line, started, reported) = _current[w];
                if (line is null || reported || Stopwatch.GetElapsedTime(started) < _limit)
                {
                    continue;
                }

                Interlocked.Increment(ref _slow);
                Directory.CreateDirectory(_findings);
                File.WriteAllText(Path.Combine(_findings, $"slow-{number}.jsonl"), line + "\n", new UTF8Encoding(false));
                Console.WriteLine($"slow input {number}: over {_limit.TotalSeconds:0} s ({line.Length:N0} characters), saved");
                _current[w] = (number, line, started, true);
            }
        }
    }
}
