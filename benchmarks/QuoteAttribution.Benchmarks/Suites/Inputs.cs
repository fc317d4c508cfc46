using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Suites;

/// <summary>The <c>Input</c> parameter values of every suite: the workloads available on this machine.</summary>
internal static class Inputs
{
    public static IEnumerable<string> Names() => WorkloadCatalog.Names();
}
