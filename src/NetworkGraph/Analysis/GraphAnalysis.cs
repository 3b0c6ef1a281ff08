using System.Collections.Immutable;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Analysis;

/// <summary>The analysis of one graph (an edge list): node metrics and graph-level figures — what
/// <c>report.json</c>, <c>metrics.csv</c>, <c>report.html</c>, GraphML and GEXF of an edge list show.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class GraphAnalysis
{
    private GraphAnalysis(GraphInput input, NodeMetricsTable metrics, double density, double? reciprocity, int isolated)
    {
        Input = input;
        Metrics = metrics;
        Density = density;
        Reciprocity = reciprocity;
        Isolated = isolated;
        Timings = [new("load", input.LoadSeconds), .. metrics.Timings];
    }

    /// <summary>Gets the input description.</summary>
    public GraphInput Input { get; }

    /// <summary>Gets the graph.</summary>
    public CsrGraph Graph => Metrics.Graph;

    /// <summary>Gets the node metrics.</summary>
    public NodeMetricsTable Metrics { get; }

    /// <summary>Gets the density: m / (n(n − 1)) directed, 2m / (n(n − 1)) undirected (0 when n &lt; 2).</summary>
    public double Density { get; }

    /// <summary>Gets the share of arcs whose reverse exists (null when undirected).</summary>
    public double? Reciprocity { get; }

    /// <summary>Gets the number of nodes without any edge.</summary>
    public int Isolated { get; }

    /// <summary>Gets wall-clock seconds per stage: <c>load</c>, each metric column, <c>components</c>.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Timings { get; }

    /// <summary>Analyses a graph: the selected node metrics, components, density and reciprocity.</summary>
    /// <param name="input">The graph, read by <see cref="GraphInput.Read"/> (which measures the load time) or wrapped by <see cref="GraphInput.FromGraph"/>.</param>
    /// <param name="options">Metric columns, seed, threads, progress; null for all defaults.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GraphAnalysis Analyze(GraphInput input, NodeMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        CsrGraph graph = input.Graph;
        NodeMetricsTable metrics = NodeMetrics.Compute(graph, options, cancellationToken);

        return new GraphAnalysis(input, metrics, Cohesion.Density(graph), Cohesion.Reciprocity(graph), graph.IsolatedCount());
    }
}
