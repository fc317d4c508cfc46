using System.Text;
using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>The floor of the job: decode the workload's UTF-8 and split it on white space in a plain loop.</summary>
[MemoryDiagnoser]
public class FloorBenchmarks : WorkloadBenchmarks
{
    private byte[][] _utf8 = [];
    private char[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = WorkloadCatalog.Get(Input).Utf8();
        _buffer = new char[_utf8.Max(b => b.Length)];
    }

    [Benchmark(Description = "floor: decode + split")]
    public long DecodeAndSplit()
    {
        long words = 0;
        foreach (var bytes in _utf8)
        {
            var chars = Encoding.UTF8.GetChars(bytes, _buffer);
            var inWord = false;
            words += WordSplitter.Count(_buffer.AsSpan(0, chars), ref inWord);
        }

        return words;
    }
}
