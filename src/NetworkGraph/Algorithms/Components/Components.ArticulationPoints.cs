using System.Collections.Immutable;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Components
{
    /// <summary>Finds the articulation points (cut vertices): nodes whose removal disconnects their component.</summary>
    /// <param name="graph">The graph; a directed graph is read as its undirected view.</param>
    /// <returns>The articulation points, sorted by node index.</returns>
    /// <remarks>
    /// <para>Same set as NetworkX <c>articulation_points</c> on the undirected graph (<c>G.to_undirected()</c>
    /// for a directed graph). A DFS root is a cut vertex when it has more than one DFS child; any other node u
    /// when some child c has low(c) ≥ disc(u). Isolated nodes and leaves never are.</para>
    /// <para>Iterative Hopcroft–Tarjan depth-first search (no recursion, so long paths cannot overflow the
    /// stack): O(n + m) time, O(n) memory, plus O(n + m) for the undirected view of a directed graph.</para>
    /// <para>References: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
    /// Communications of the ACM 16(6):372–378, 1973, <see href="https://doi.org/10.1145/362248.362272"/>;
    /// R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on Computing 1(2):146–160,
    /// 1972, <see href="https://doi.org/10.1137/0201010"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ImmutableArray<int> ArticulationPoints(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = ImmutableArray.CreateBuilder<int>();
        var dfs = new LowLinkSearch(UndirectedAdjacency.Of(graph, Chunked.AllCores));
        dfs.Run(
            onCut: builder.Add,
            onBridge: null);
        builder.Sort();
        return builder.ToImmutable();
    }

    /// <summary>Finds the bridges: edges whose removal disconnects their component.</summary>
    /// <param name="graph">The graph; a directed graph is read as its undirected view.</param>
    /// <returns>The bridges with <c>Source &lt; Target</c>, sorted by source then target; the weight is the
    /// edge's weight in the undirected view (the larger of the two directions, as <see cref="CsrGraph.ToUndirected"/>).</returns>
    /// <remarks>
    /// <para>Same set as NetworkX <c>bridges</c> on the undirected graph. A DFS tree edge (u, c) is a bridge
    /// when low(c) &gt; disc(u); back edges never are.</para>
    /// <para>Iterative Hopcroft–Tarjan depth-first search: O(n + m) time, O(n) memory, plus O(n + m) for the
    /// undirected view of a directed graph.</para>
    /// <para>Reference: R. Tarjan, "A note on finding the bridges of a graph", Information Processing Letters
    /// 2(6):160–161, 1974, <see href="https://doi.org/10.1016/0020-0190(74)90003-9"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ImmutableArray<Edge> Bridges(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var pairs = new List<(int U, int V)>();
        var dfs = new LowLinkSearch(UndirectedAdjacency.Of(graph, Chunked.AllCores));
        dfs.Run(onCut: null, onBridge: (u, v) => pairs.Add(u < v ? (u, v) : (v, u)));
        pairs.Sort();
        var result = ImmutableArray.CreateBuilder<Edge>(pairs.Count);
        foreach ((int u, int v) in pairs)
        {
            double w = 0;
            if (graph.TryGetWeight(u, v, out double a))
            {
                w = a;
            }

            if (graph.IsDirected && graph.TryGetWeight(v, u, out double b))
            {
                w = Math.Max(w, b);
            }

            result.Add(new Edge(u, v, w));
        }

        return result.MoveToImmutable();
    }
}
