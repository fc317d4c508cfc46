using System.Diagnostics;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// Samples the process's working set every 50 ms on a background thread and keeps the largest value
/// since the last <see cref="Restart"/>; the process-wide peak comes from the operating system.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _max;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, 0, 50);

    /// <summary>The largest working set sampled since the last restart, in bytes.</summary>
    public long Max
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _max);
        }
    }

    /// <summary>The process's peak working set since it started (VmHWM on Linux), in bytes.</summary>
    public static long ProcessPeak
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>The working set now, in bytes.</summary>
    public static long Current
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }

    public void Restart() => Interlocked.Exchange(ref _max, Current);

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Current;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _max);
        }
        while (now > seen && Interlocked.CompareExchange(ref _max, now, seen) != seen);
    }
}
