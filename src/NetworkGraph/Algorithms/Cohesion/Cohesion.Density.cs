using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Cohesion
{
    /// <summary>Computes the density: the share of possible ties that exist.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>m / (n(n − 1)) when directed, 2m / (n(n − 1)) when undirected; 0 when m = 0 or n ≤ 1.</returns>
    /// <remarks>Equals NetworkX <c>density(G)</c> (the graph has no self-loops). Isolated nodes count in n. O(1).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static double Density(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        long n = graph.NodeCount;
        long m = graph.EdgeCount;
        if (m == 0 || n <= 1)
        {
            return 0;
        }

        double d = m / (double)(n * (n - 1));
        return graph.IsDirected ? d : d * 2;
    }

    /// <summary>Computes the overall reciprocity of a directed graph: the share of arcs whose reverse arc exists.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The reciprocity in [0, 1]; null when the graph is undirected or has no arc.</returns>
    /// <remarks>Equals NetworkX <c>overall_reciprocity(G)</c> = 2 × mutual pairs / arcs (NetworkX raises on an
    /// empty graph; this returns null). O(n + m): each node's sorted out- and in-rows are merged.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static double? Reciprocity(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected || graph.EdgeCount == 0)
        {
            return null;
        }

        int[] oo = graph.OutOffsetArray, ot = graph.OutTargetArray, io = graph.InOffsetArray, it = graph.InTargetArray;
        long reciprocated = 0;
        object gate = new();
        Chunked.For(graph.NodeCount, 4096, Chunked.AllCores, (from, to) =>
        {
            long local = 0;
            for (int v = from; v < to; v++)
            {
                local += Triangles.CountCommon(
                    new ReadOnlySpan<int>(ot, oo[v], oo[v + 1] - oo[v]),
                    new ReadOnlySpan<int>(it, io[v], io[v + 1] - io[v]));
            }

            lock (gate)
            {
                reciprocated += local;
            }
        });
        return reciprocated / (double)graph.EdgeCount;
    }
}
