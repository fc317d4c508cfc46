using BenchmarkDotNet.Attributes;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>What every suite shares: the workload it runs on, one of <see cref="Suites.Inputs.Names"/>.</summary>
public abstract class WorkloadBenchmarks
{
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = WorkloadCatalog.Written;

    public static IEnumerable<string> Inputs() => Suites.Inputs.Names();
}
