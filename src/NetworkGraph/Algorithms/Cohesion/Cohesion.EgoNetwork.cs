using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Cohesion
{
    /// <summary>Extracts the ego network of a node: the subgraph induced by the nodes within a given number of hops.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="center">The ego.</param>
    /// <param name="radius">The largest number of hops from the ego (1 = the ego and its neighbours).</param>
    /// <returns>The induced subgraph, with its nodes' keys and in their original relative order, every arc
    /// among them and their weights.</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>ego_graph(G, center, radius)</c>: on a directed graph the hops follow arcs
    /// outward (successors), as NetworkX does with its default <c>undirected=False</c>; for both directions pass
    /// <see cref="CsrGraph.ToUndirected"/>, for predecessors <see cref="CsrGraph.Reverse"/>. The subgraph
    /// keeps every arc between two chosen nodes, in both directions.</para>
    /// <para>Breadth-first search cut at <paramref name="radius"/>, then the induced subgraph: O(n + Σ deg) time.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="center"/> is not a node, or <paramref name="radius"/> is negative.</exception>
    public static CsrGraph EgoNetwork(CsrGraph graph, int center, int radius = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (unchecked((uint)center >= (uint)graph.NodeCount))
        {
            throw new ArgumentOutOfRangeException(nameof(center), center, $"Node {center} is not in the graph ({graph.NodeCount} nodes).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        int[] oo = graph.OutOffsetArray, ot = graph.OutTargetArray;
        var seen = new HashSet<int> { center };
        var frontier = new List<int> { center };
        var next = new List<int>();
        for (int level = 0; level < radius && frontier.Count > 0; level++)
        {
            next.Clear();
            foreach (int v in frontier)
            {
                for (int a = oo[v]; a < oo[v + 1]; a++)
                {
                    if (seen.Add(ot[a]))
                    {
                        next.Add(ot[a]);
                    }
                }
            }

            (frontier, next) = (next, frontier);
        }

        int[] nodes = [.. seen];
        Array.Sort(nodes);
        return graph.Subgraph(nodes);
    }
}
