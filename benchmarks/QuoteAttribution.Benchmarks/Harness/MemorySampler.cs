using System.Diagnostics;

namespace QuoteAttribution.Benchmarks.Harness;

/// <summary>
/// Samples the process's working set every 50 ms and keeps the largest value since the last
/// <see cref="Restart"/>; the process-wide peak comes from the operating system. The sampler has a thread
/// of its own that sleeps in the kernel between samples: a timer would wake a thread-pool worker, which
/// then spins waiting for more work, and on a 2-core machine that spinning slowed the measured
/// single-thread pipeline by about a quarter.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly ManualResetEvent _stop = new(false);
    private readonly Thread _thread;
    private long _max;

    public MemorySampler()
    {
        _thread = new Thread(() =>
        {
            do
            {
                Sample();
            }
            while (!_stop.WaitOne(50));
        })
        { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

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

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

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
