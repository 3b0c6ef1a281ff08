using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Cohesion
{
    /// <summary>Computes the local clustering coefficient of every node (unweighted).</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <param name="options">The thread count; null for every core.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The clustering coefficient of each node, in [0, 1].</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>clustering(G)</c>. Undirected: c(v) = 2·T(v) / (d(v)(d(v) − 1)), T(v) the
    /// triangles through v. Directed (Fagiolo's definition): c(v) = t(v) / (2·(d<sup>tot</sup>(d<sup>tot</sup> − 1)
    /// − 2·d<sup>↔</sup>)), where d<sup>tot</sup> = in + out degree, d<sup>↔</sup> the number of mutual ties
    /// and t(v) = ((A + Aᵀ)³)<sub>vv</sub> the directed triangles. Nodes of degree &lt; 2 and nodes on no
    /// triangle score 0.</para>
    /// <para>Triangles are counted by the forward algorithm on the undirected view (with mutual ties counted
    /// twice when directed): O(m^1.5) time, O(n + m) memory, parallel.</para>
    /// <para>References: D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature
    /// 393:440–442, 1998, <see href="https://doi.org/10.1038/30918"/>; G. Fagiolo, "Clustering in complex
    /// directed networks", Physical Review E 76:026107, 2007, <see href="https://doi.org/10.1103/PhysRevE.76.026107"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AlgorithmOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodeScores Clustering(CsrGraph graph, AlgorithmOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ParallelOptions parallel = AlgorithmOptions.Parallel(options, cancellationToken);
        var view = UndirectedAdjacency.Of(graph, parallel);
        long[] t = Triangles.Weighted(view, parallel);
        int n = graph.NodeCount;
        double[] c = new double[n];
        if (!graph.IsDirected)
        {
            for (int v = 0; v < n; v++)
            {
                long d = view.Degree(v);
                c[v] = t[v] == 0 ? 0 : 2.0 * t[v] / (d * (d - 1));
            }

            return new NodeScores(graph.Nodes, c);
        }

        int[] oo = graph.OutOffsetArray, io = graph.InOffsetArray;
        byte[] mult = view.Multiplicity!;
        for (int v = 0; v < n; v++)
        {
            if (t[v] == 0)
            {
                continue;
            }

            long total = (oo[v + 1] - oo[v]) + (io[v + 1] - io[v]);
            long mutual = 0;
            for (int a = view.Offsets[v]; a < view.Offsets[v + 1]; a++)
            {
                mutual += mult[a] >> 1;
            }

            c[v] = (double)(2 * t[v]) / ((total * (total - 1) - 2 * mutual) * 2);
        }

        return new NodeScores(graph.Nodes, c);
    }

    /// <summary>Computes the mean of the local clustering coefficients over all nodes.</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <param name="options">The thread count; null for every core.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The average clustering; <see cref="double.NaN"/> for a graph with no node.</returns>
    /// <remarks>Equals NetworkX <c>average_clustering(G)</c> (zeros counted, directed graphs per
    /// <see cref="Clustering"/>). Same cost as <see cref="Clustering"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AlgorithmOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static double AverageClustering(CsrGraph graph, AlgorithmOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.NodeCount == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double c in Clustering(graph, options, cancellationToken).AsSpan())
        {
            sum += c;
        }

        return sum / graph.NodeCount;
    }
}
