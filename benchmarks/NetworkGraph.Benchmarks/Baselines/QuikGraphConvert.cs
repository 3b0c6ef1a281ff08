using NetworkGraph.Graphs;
using QuikGraph;

namespace NetworkGraph.Benchmarks.Baselines;

/// <summary>Builds QuikGraph equivalents of a <see cref="CsrGraph"/> (vertices 0..n−1) for the baseline columns.</summary>
internal static class QuikGraphConvert
{
    /// <summary>A bidirectional graph holding every arc (undirected edges as two arcs).</summary>
    public static BidirectionalGraph<int, SEdge<int>> ToBidirectional(CsrGraph graph)
    {
        var result = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true, vertexCapacity: graph.NodeCount, edgeCapacity: -1);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            result.AddVertex(v);
        }

        for (int u = 0; u < graph.NodeCount; u++)
        {
            foreach (int v in graph.OutNeighbors(u))
            {
                result.AddEdge(new SEdge<int>(u, v));
            }
        }

        return result;
    }

    /// <summary>An adjacency (out-edges only) graph holding every arc (undirected edges as two arcs).</summary>
    public static AdjacencyGraph<int, SEdge<int>> ToAdjacency(CsrGraph graph)
    {
        var result = new AdjacencyGraph<int, SEdge<int>>(allowParallelEdges: true, capacity: graph.NodeCount);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            result.AddVertex(v);
        }

        for (int u = 0; u < graph.NodeCount; u++)
        {
            foreach (int v in graph.OutNeighbors(u))
            {
                result.AddEdge(new SEdge<int>(u, v));
            }
        }

        return result;
    }

    /// <summary>An undirected QuikGraph graph with each edge once.</summary>
    public static UndirectedGraph<int, SEdge<int>> ToUndirected(CsrGraph graph)
    {
        var result = new UndirectedGraph<int, SEdge<int>>(allowParallelEdges: true);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            result.AddVertex(v);
        }

        foreach (Edge e in graph.ToUndirected().Edges())
        {
            result.AddEdge(new SEdge<int>(e.Source, e.Target));
        }

        return result;
    }
}
