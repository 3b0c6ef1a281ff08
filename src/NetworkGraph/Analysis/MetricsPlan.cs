using System.Collections.Immutable;

namespace NetworkGraph.Analysis;

/// <summary>How a metric column is computed.</summary>
public enum MetricMethod
{
    /// <summary>Computed exactly, as the column's definition says.</summary>
    Exact,

    /// <summary>Estimated from uniformly sampled shortest paths between random node pairs (Riondato–Kornaropoulos).</summary>
    SampledPaths,

    /// <summary>Estimated from complete searches out of uniformly sampled source nodes (Eppstein–Wang pivots, Brandes–Pich).</summary>
    SampledSources,
}

/// <summary>How the <c>betweenness</c> column was computed.</summary>
public enum BetweennessMethod
{
    /// <summary>The column was not computed.</summary>
    None,

    /// <summary>Brandes' exact algorithm.</summary>
    Exact,

    /// <summary>Riondato–Kornaropoulos sampling with a uniform additive error bound.</summary>
    Approximate,
}

/// <summary>The planned computation of one metric column.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Method">Exact or how it is estimated.</param>
/// <param name="EstimatedTime">The expected wall-clock time on the cores used, from the operations the column's computation performs on this graph (an order of magnitude: see benchmarks/results/estimates.md for the measured error).</param>
/// <param name="Samples">The number of sampled pairs or sources; null when exact.</param>
/// <param name="ErrorBound">The additive error η that holds for every node at once with probability 1 − <paramref name="Delta"/>, on the scale <paramref name="Guarantee"/> names; null when exact.</param>
/// <param name="Delta">The failure probability of the bound; null when exact.</param>
/// <param name="Guarantee">The guarantee in words (English), empty when exact.</param>
public sealed record ColumnPlan(
    string Column,
    MetricMethod Method,
    TimeSpan EstimatedTime,
    long? Samples,
    double? ErrorBound,
    double? Delta,
    string Guarantee);

/// <summary>The plan of <see cref="NodeMetrics.Compute"/> for one graph and one set of options: a method and a time estimate per column.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class MetricsPlan
{
    internal MetricsPlan(ImmutableArray<ColumnPlan> columns, int sampleSeed)
    {
        Columns = columns;
        SampleSeed = sampleSeed;
    }

    /// <summary>Gets the plan of each selected column, in column order.</summary>
    public ImmutableArray<ColumnPlan> Columns { get; }

    /// <summary>Gets the total estimated wall-clock time.</summary>
    public TimeSpan EstimatedTime => TimeSpan.FromTicks(Columns.Sum(c => c.EstimatedTime.Ticks));

    /// <summary>Gets whether any column is estimated rather than computed exactly.</summary>
    public bool IsApproximate => Columns.Any(c => c.Method != MetricMethod.Exact);

    internal int SampleSeed { get; }

    /// <summary>Gets the plan of a column, or null when the column is not selected.</summary>
    public ColumnPlan? this[string column] => Columns.FirstOrDefault(c => c.Column == column);
}
