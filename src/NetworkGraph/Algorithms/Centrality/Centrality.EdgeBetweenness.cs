using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Computes the shortest-path betweenness centrality of every edge, exactly.</summary>
    /// <remarks>
    /// <para><b>Definition.</b> <c>b(e) = Σ σ(s, t | e) / σ(s, t)</c> over ordered pairs of distinct nodes with
    /// <c>t</c> reachable from <c>s</c>, where <c>σ(s, t | e)</c> counts the shortest paths using edge <c>e</c>
    /// (either direction when undirected); lengths in hops or, with <see cref="BetweennessOptions.Weighted"/>,
    /// sums of <c>1/weight</c>. Equals NetworkX 2.8.8 <c>edge_betweenness_centrality(G, normalized=…)</c>: when
    /// normalised, divided by <c>n(n − 1)</c> if <c>n &gt; 1</c> (directed and undirected alike); when not,
    /// undirected scores are halved. Edges on no shortest path (none on a disconnected pair) score 0.</para>
    /// <para><b>Algorithm.</b> Brandes' accumulation of dependencies onto edges (Brandes 2008, §3.1): Time O(n·m)
    /// hops, O(n·m + n²·log n) weighted; memory O(n + m) per thread, parallel over sources as
    /// <see cref="Betweenness"/> (reproducible bit for bit for a given thread count).</para>
    /// <para>References: U. Brandes, "On variants of shortest-path betweenness centrality and their generic
    /// computation", Social Networks 30(2):136–145, 2008, <see href="https://doi.org/10.1016/j.socnet.2007.11.001"/>;
    /// U. Brandes, Journal of Mathematical Sociology 25(2):163–177, 2001,
    /// <see href="https://doi.org/10.1080/0022250X.2001.9990249"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults (hops, normalised, all cores).</param>
    /// <param name="ct">Cancels the computation (checked once per source).</param>
    /// <returns>One score per edge, in <see cref="CsrGraph.Edges"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BetweennessOptions.MaxDegreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static EdgeScores EdgeBetweenness(CsrGraph graph, BetweennessOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        ValidateThreads(options.MaxDegreeOfParallelism);
        bool weighted = options.Weighted && graph.IsWeighted;
        double[] sums = BrandesBetweenness.EdgeSums(graph, weighted, options.MaxDegreeOfParallelism, options.Progress, ct);
        int n = graph.NodeCount;
        double scale = options.Normalized
            ? (n > 1 ? 1.0 / ((double)n * (n - 1)) : 1.0)
            : (graph.IsDirected ? 1.0 : 0.5);
        if (scale != 1.0)
        {
            for (int e = 0; e < sums.Length; e++)
            {
                sums[e] *= scale;
            }
        }

        return new EdgeScores(sums);
    }
}
