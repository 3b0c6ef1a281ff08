using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Node centralities: degree, strength, closeness, harmonic, eigenvector, PageRank, betweenness.</summary>
/// <remarks>Each measure equals the NetworkX 2.8.8 function named in its remarks on the same graph.</remarks>
public static partial class Centrality
{
    /// <summary>Computes the degree of every node, as NetworkX's <c>G.degree(v)</c>.</summary>
    /// <remarks>Directed: in-degree + out-degree; undirected: the number of neighbours (no self-loops are stored).
    /// Not normalised. O(n) time and memory.</remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>One count per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores Degree(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int[] outOff = graph.OutOffsetArray, inOff = graph.InOffsetArray;
        var values = new double[graph.NodeCount];
        for (int v = 0; v < values.Length; v++)
        {
            int d = outOff[v + 1] - outOff[v];
            values[v] = graph.IsDirected ? d + inOff[v + 1] - inOff[v] : d;
        }

        return new NodeScores(graph.Nodes, values);
    }

    /// <summary>Computes the in-degree of every node, as NetworkX's <c>G.in_degree(v)</c> (undirected: the degree).</summary>
    /// <remarks>O(n) time and memory.</remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>One count per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores InDegree(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return RowLengths(graph, graph.InOffsetArray);
    }

    /// <summary>Computes the out-degree of every node, as NetworkX's <c>G.out_degree(v)</c> (undirected: the degree).</summary>
    /// <remarks>O(n) time and memory.</remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>One count per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores OutDegree(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return RowLengths(graph, graph.OutOffsetArray);
    }

    /// <summary>Computes the strength (weighted degree) of every node, as NetworkX's <c>G.degree(v, weight="weight")</c>.</summary>
    /// <remarks>The sum of the weights of the node's edges; directed: incoming + outgoing. Equals <see cref="Degree"/> on an
    /// unweighted graph. Isolated nodes get 0. O(n + m) time, O(n) memory.</remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>One sum of weights per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores Strength(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsWeighted)
        {
            return Degree(graph);
        }

        double[] values = RowSums(graph.OutOffsetArray, graph.OutWeightArray!);
        if (graph.IsDirected)
        {
            double[] inSums = RowSums(graph.InOffsetArray, graph.InWeightArray!);
            for (int v = 0; v < values.Length; v++)
            {
                values[v] += inSums[v];
            }
        }

        return new NodeScores(graph.Nodes, values);
    }

    private static NodeScores RowLengths(CsrGraph graph, int[] offsets)
    {
        var values = new double[offsets.Length - 1];
        for (int v = 0; v < values.Length; v++)
        {
            values[v] = offsets[v + 1] - offsets[v];
        }

        return new NodeScores(graph.Nodes, values);
    }

    private static double[] RowSums(int[] offsets, double[] weights)
    {
        var sums = new double[offsets.Length - 1];
        for (int v = 0; v < sums.Length; v++)
        {
            double s = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                s += weights[a];
            }

            sums[v] = s;
        }

        return sums;
    }
}
