using System.Diagnostics;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Shortest paths: hop distances by breadth-first search.</summary>
public static partial class Paths
{
    /// <summary>Computes the number of hops from <paramref name="source"/> to every node, following arcs forwards.</summary>
    /// <remarks><para>Breadth-first search over the out-adjacency (every neighbour when undirected), as NetworkX's
    /// <c>single_source_shortest_path_length(G, source)</c>; use <see cref="CsrGraph.Reverse"/> for distances <em>to</em>
    /// the node. Weights are ignored. O(n + m) time, O(n) memory.</para></remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="source">The start node.</param>
    /// <returns>The distance per node: 0 for the source, -1 for a node it cannot reach.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a node of the graph.</exception>
    public static int[] ShortestPathLengths(CsrGraph graph, int source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (unchecked((uint)source >= (uint)graph.NodeCount))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, $"Node {source} is not in the graph ({graph.NodeCount} nodes).");
        }

        var dist = new int[graph.NodeCount];
        Array.Fill(dist, -1);
        BfsDistances(graph.OutOffsetArray, graph.OutTargetArray, source, dist, new int[graph.NodeCount]);
        return dist;
    }

    /// <summary>The breadth-first kernel over raw CSR rows: fills <paramref name="dist"/> (all -1 on entry) for the nodes reached.</summary>
    /// <returns>The number of nodes reached (the source included); they are <c>queue[0 .. count)</c> in BFS order, so a caller
    /// resets <paramref name="dist"/> in O(reached) by walking them.</returns>
    internal static int BfsDistances(int[] offsets, int[] targets, int source, int[] dist, int[] queue)
    {
        Debug.Assert(dist.Length == offsets.Length - 1 && queue.Length >= dist.Length, "buffers sized to the graph");
        Debug.Assert(dist[source] == -1, "dist cleared");
        int head = 0, tail = 0;
        dist[source] = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            int u = queue[head++];
            int next = dist[u] + 1;
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++)
            {
                int w = targets[a];
                if (dist[w] < 0)
                {
                    dist[w] = next;
                    queue[tail++] = w;
                }
            }
        }

        return tail;
    }
}
