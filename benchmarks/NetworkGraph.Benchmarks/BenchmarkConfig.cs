using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace NetworkGraph.Benchmarks;

/// <summary>Default config plus allocations (MemoryDiagnoser), ratio columns; the default exporters include GitHub markdown.</summary>
/// <remarks>Choose the job on the command line: <c>--job short</c> for quick tables, the default job for publication;
/// <c>--inProcess</c> skips building a separate host project.</remarks>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        WithOptions(ConfigOptions.DisableLogFile);
        WithBuildTimeout(TimeSpan.FromMinutes(10)); // the default 2 minutes is too short on a loaded 2-core machine
        WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }
}
