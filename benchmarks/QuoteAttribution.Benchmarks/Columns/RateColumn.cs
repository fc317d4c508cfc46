using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using QuoteAttribution.Benchmarks.Suites;
using QuoteAttribution.Benchmarks.Workloads;

namespace QuoteAttribution.Benchmarks.Columns;

/// <summary>
/// A throughput column: the size of the case's workload (its <c>Input</c> parameter) divided by the
/// mean time of one operation, which processes the whole workload once.
/// </summary>
public sealed class RateColumn : IColumn
{
    private readonly RateUnit _unit;

    public RateColumn(RateUnit unit) => _unit = unit;

    public string Id => $"{nameof(RateColumn)}.{_unit}";

    public string ColumnName => _unit switch
    {
        RateUnit.Megabytes => "MB/s",
        RateUnit.Words => "words/s",
        RateUnit.Articles => "articles/s",
        _ => "candidates/s",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_unit;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{ColumnName} of the workload at the mean time per operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || benchmarkCase.Parameters[nameof(PipelineBenchmarks.Input)] is not string input)
        {
            return "-";
        }

        var workload = WorkloadCatalog.Get(input);
        double? amount = _unit switch
        {
            RateUnit.Megabytes => workload.Utf8Bytes / 1e6,
            RateUnit.Words => workload.Words,
            RateUnit.Articles => workload.Articles.Count,
            _ => benchmarkCase.Descriptor.Type == typeof(RankingBenchmarks) ? RankingInputs.Get(input).Candidates : null,
        };
        if (amount is null)
        {
            return "-";
        }

        var perSecond = amount.Value / (mean.Value / 1e9);
        return perSecond.ToString(perSecond < 100 ? "N1" : "N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
