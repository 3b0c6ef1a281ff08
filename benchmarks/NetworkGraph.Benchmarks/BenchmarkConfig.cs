using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;

namespace NetworkGraph.Benchmarks;

/// <summary>Default config plus allocations (MemoryDiagnoser), ratio columns and GitHub markdown reports.</summary>
/// <remarks>Choose the job on the command line: <c>--job short</c> for quick tables, the default job for publication.</remarks>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        AddExporter(MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }
}
