using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Computes the closeness centrality of every node, as NetworkX's <c>closeness_centrality(G)</c>.</summary>
    /// <remarks>
    /// <para>Closeness of v is <c>(r − 1) / Σ_u d(u, v)</c> over the <c>r − 1</c> other nodes u that reach v, scaled by
    /// <c>(r − 1)/(n − 1)</c>, the share of the graph that reaches v (Wasserman and Faust's correction for disconnected
    /// graphs; no change on a connected graph). Distances are hops (weights ignored) and run <em>to</em> v, so on a
    /// directed graph closeness measures how easily v is reached (NetworkX reverses the graph). A node that nothing
    /// reaches (e.g. an isolated node), and every node of a one-node graph, gets 0.</para>
    /// <para>Bit-parallel multi-source BFS, 64 nodes per sweep, parallel over batches of nodes: O(n·(n + m)·L/64) time
    /// for L levels (at most the diameter + 1), O(n) memory per thread. Deterministic.</para>
    /// <para>References: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks
    /// 1(3):215–239, 1979, <see href="https://doi.org/10.1016/0378-8733(78)90021-7"/>; S. Wasserman and K. Faust,
    /// <i>Social Network Analysis: Methods and Applications</i>, Cambridge University Press, 1994.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Parallelism and progress; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>One closeness in [0, 1] per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CentralityOptions.MaxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static NodeScores Closeness(CsrGraph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CentralityOptions();
        ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));
        int n = graph.NodeCount;
        (long[] reached, long[] distanceSum, _) =
            IncomingDistanceSums.Compute(graph, options.MaxDegreeOfParallelism, options.Progress, cancellationToken);
        var values = new double[n];
        for (int v = 0; v < n; v++)
        {
            if (distanceSum[v] > 0 && n > 1)
            {
                double others = reached[v] - 1.0;
                values[v] = others / distanceSum[v] * (others / (n - 1));
            }
        }

        return new NodeScores(graph.Nodes, values);
    }
}
