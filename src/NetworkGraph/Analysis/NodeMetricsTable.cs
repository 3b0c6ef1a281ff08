using System.Collections.Immutable;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Analysis;

/// <summary>The node metrics of one graph (docs/en/metrics.md), with the graph-level figures computed alongside.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class NodeMetricsTable
{
    private readonly ImmutableDictionary<string, double[]> _columns;

    internal NodeMetricsTable(
        CsrGraph graph,
        ImmutableArray<string> columns,
        ImmutableDictionary<string, double[]> values,
        ImmutableArray<KeyValuePair<string, double>> timings,
        Partition? communities,
        ComponentLabels weak,
        ComponentLabels strong,
        BetweennessMethod betweennessMethod,
        MetricsPlan plan,
        ImmutableArray<string> warnings)
    {
        Graph = graph;
        Columns = columns;
        _columns = values;
        Timings = timings;
        Communities = communities;
        WeakComponents = weak;
        StrongComponents = strong;
        BetweennessMethod = betweennessMethod;
        Plan = plan;
        Warnings = warnings;
    }

    /// <summary>Gets how each column was computed: method, sample size, error bound and the time estimate made beforehand.</summary>
    public MetricsPlan Plan { get; }

    /// <summary>Gets what the reader of the results should know (a column left empty and why, values out of range), in English.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Gets the graph the metrics describe.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Gets the computed columns, in the order of docs/en/metrics.md.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets wall-clock seconds per stage: one entry per computed column, then <c>components</c>.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Timings { get; }

    /// <summary>Gets the community partition when the <c>community</c> column was computed.</summary>
    public Partition? Communities { get; }

    /// <summary>Gets the weakly connected components (isolated nodes are components).</summary>
    public ComponentLabels WeakComponents { get; }

    /// <summary>Gets the strongly connected components (the connected components when undirected).</summary>
    public ComponentLabels StrongComponents { get; }

    /// <summary>Gets how the <c>betweenness</c> column was computed.</summary>
    public BetweennessMethod BetweennessMethod { get; }

    /// <summary>Tells whether a column was computed.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Gets one column's values per node (NaN = undefined, e.g. eigenvector of a disconnected graph).</summary>
    /// <exception cref="KeyNotFoundException">The column was not computed.</exception>
    public ReadOnlySpan<double> Column(string column) =>
        _columns.TryGetValue(column, out double[]? values)
            ? values
            : throw new KeyNotFoundException($"Column '{column}' was not computed; computed: {string.Join(",", Columns)}.");
}
