using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>
    /// Estimates normalised weighted betweenness (distance = 1/weight) from Brandes' dependencies of
    /// <paramref name="sources"/> uniformly sampled sources, scaled by n/k (Brandes and Pich's source sampling).
    /// </summary>
    /// <remarks>
    /// Each source's contribution to a node's normalised score, <c>n·δ_s(v)/((n − 1)(n − 2))</c>, lies in
    /// <c>[0, n/(n − 1)]</c>, so by Hoeffding's inequality and a union bound every node is within
    /// <c>(n/(n − 1))·√(ln(2n/δ)/(2k))</c> of its exact value with probability 1 − δ. Time O(k·(m + n log n)).
    /// Reference: U. Brandes, C. Pich, "Centrality estimation in large networks", International Journal of Bifurcation
    /// and Chaos 17(7):2303–2318, 2007, <see href="https://doi.org/10.1142/S0218127407018403"/>.
    /// </remarks>
    internal static double[] SampledWeightedBetweenness(CsrGraph graph, int sources, int seed, int threads, IProgress<double>? progress, CancellationToken ct)
    {
        int n = graph.NodeCount;
        if (n <= 2)
        {
            return new double[n];
        }

        int[] chosen = SampledDistances.SampleSources(n, Math.Min(sources, n), seed);
        double[] sums = BrandesBetweenness.NodeSums(graph, graph.IsWeighted, threads, progress, chosen, ct);
        double scale = (double)n / chosen.Length / ((double)(n - 1) * (n - 2));
        for (int v = 0; v < n; v++)
        {
            sums[v] *= scale;
        }

        return sums;
    }
}
