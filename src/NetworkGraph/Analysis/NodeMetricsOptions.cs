using System.Collections.Immutable;

namespace NetworkGraph.Analysis;

/// <summary>Options of <see cref="NodeMetrics.Compute"/>.</summary>
public sealed record NodeMetricsOptions
{
    /// <summary>Gets the columns to compute. <value>Default: every column of <see cref="MetricColumns.All"/>.</value></summary>
    public ImmutableArray<string> Columns { get; init; } = MetricColumns.All;

    /// <summary>
    /// Gets the ε of approximate betweenness, or null for exact betweenness.
    /// <value>Default: null (exact).</value>
    /// </summary>
    /// <remarks>When set, the <c>betweenness</c> column is estimated by sampling: with probability at least
    /// 1 − <see cref="ApproximateBetweennessDelta"/>, every node's value is within ε of the exact normalised one.
    /// <c>betweenness_weighted</c> stays exact.</remarks>
    public double? ApproximateBetweennessEpsilon { get; init; }

    /// <summary>Gets the failure probability δ of approximate betweenness. <value>Default: 0.1.</value></summary>
    public double ApproximateBetweennessDelta { get; init; } = 0.1;

    /// <summary>
    /// Gets the PageRank tolerance with NetworkX's meaning (iteration stops once the L1 change is below n·tolerance),
    /// or null for the converged value.
    /// <value>Default: null: the <c>pagerank</c> column equals the converged PageRank (NetworkX with <c>tol=1e-13</c>,
    /// igraph's PRPACK) to 1e-9 relative.</value>
    /// </summary>
    /// <remarks>1e-6 reproduces <c>networkx.pagerank</c>'s default stopping, about 1e-4 relative off the converged value.</remarks>
    public double? PageRankTolerance { get; init; }

    /// <summary>Gets whether every column is computed exactly, whatever the graph's size. <value>Default: false.</value></summary>
    public bool Exact { get; init; }

    /// <summary>Gets the number of arcs above which all-pairs columns are estimated rather than computed exactly, unless <see cref="Exact"/> is set. <value>Default: 500 000.</value></summary>
    public long ApproximationThreshold { get; init; } = 500_000;

    /// <summary>Gets the seed of every randomised step (community detection, sampling). <value>Default: 42.</value></summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the most threads used by each column's computation.</summary>
    /// <value>-1 (the default): every core. Must be -1 or ≥ 1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets a sink for progress (stage name and fraction done), or null.</summary>
    public IProgress<MetricsProgress>? Progress { get; init; }

    /// <summary>Gets the clock used for the timings. <value>Default: <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
