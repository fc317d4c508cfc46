using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QuoteAttribution.Benchmarks.Columns;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// The configuration of every suite: a short in-process job (3 warm-ups, 3 measured iterations) so the
/// whole set runs in a few minutes on two cores, and the throughput columns.
/// </summary>
internal static class QuickConfig
{
    public static IConfig Create(bool withDefaultJob)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddColumn(new RateColumn(RateUnit.Megabytes), new RateColumn(RateUnit.Words), new RateColumn(RateUnit.Articles), new RateColumn(RateUnit.Candidates))
            .WithOptions(ConfigOptions.JoinSummary);
        return withDefaultJob
            ? config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"))
            : config;
    }
}
