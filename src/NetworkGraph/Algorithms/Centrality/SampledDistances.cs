using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.Algorithms;

/// <summary>
/// Estimates closeness and harmonic centrality from breadth-first searches out of a uniform sample of source nodes
/// (Eppstein and Wang's pivot sampling).
/// </summary>
/// <remarks>
/// <para>A search from a sampled source u gives d(u, v) for every v (distances <i>to</i> v, as the exact columns use).
/// With k sources drawn uniformly without replacement, for a node v the mean over sampled u ≠ v of 1/d(u, v)
/// (0 when unreachable) estimates harmonic(v)/(n − 1); the share of sampled u that reach v estimates the reach share
/// p(v) = (r(v) − 1)/(n − 1), and the mean of d(u, v)·[u reaches v] estimates Σd/(n − 1). Closeness is estimated as
/// p̂²/(mean of d·[reach]), the Wasserman–Faust formula written with these two means.</para>
/// <para><b>Guarantee.</b> Every term lies in [0, 1] (the reciprocal distance, the reach indicator), so by Hoeffding's
/// inequality (which also holds without replacement) and a union bound over the n nodes, with probability at least
/// 1 − δ every node's harmonic/(n − 1) and reach share are within η = √(ln(2n/δ)/(2k)) of their exact values. Time
/// O(k·(n + m)), memory O(n) per thread.</para>
/// <para>Reference: D. Eppstein, J. Wang, "Fast approximation of centrality", Journal of Graph Algorithms and
/// Applications 8(1):39–45, 2004, <see href="https://doi.org/10.7155/jgaa.00081"/>.</para>
/// </remarks>
internal static class SampledDistances
{
    /// <summary>The number of sources for an additive error η with probability 1 − δ: ⌈ln(2n/δ)/(2η²)⌉, at most n.</summary>
    internal static int SourceCount(int n, double eta, double delta) =>
        (int)Math.Min(n, Math.Ceiling(Math.Log(2.0 * Math.Max(n, 1) / delta) / (2 * eta * eta)));

    /// <summary>The additive error η = √(ln(2n/δ)/(2k)) that k sources guarantee with probability 1 − δ (0 when k = n).</summary>
    internal static double ErrorBound(int n, int k, double delta) =>
        k >= n ? 0 : Math.Sqrt(Math.Log(2.0 * n / delta) / (2.0 * k));

    /// <summary>Draws k distinct nodes uniformly (partial Fisher–Yates), deterministic for a seed.</summary>
    internal static int[] SampleSources(int n, int k, int seed)
    {
        var ids = new int[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = i;
        }

        var random = SplitMix64.ForStream(seed, 0x5a17, k);
        for (int i = 0; i < k; i++)
        {
            int j = i + random.NextInt(n - i);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        return ids[..k];
    }

    /// <summary>Estimates closeness and harmonic for every node from searches out of <paramref name="sources"/>.</summary>
    internal static (double[] Closeness, double[] Harmonic) Estimate(
        CsrGraph graph, int[] sources, int threads, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int k = sources.Length;
        int[] offsets = graph.OutOffsetArray, targets = graph.OutTargetArray;
        var lockObject = new object();
        var reached = new long[n];
        var distanceSum = new double[n];
        var reciprocal = new double[n];
        int done = 0;
        Parallel.For(
            0,
            k,
            ParallelRanges.Options(threads, cancellationToken),
            () => (Dist: NewDistances(n), Queue: new int[n], Reached: new int[n], Sum: new double[n], Reciprocal: new double[n]),
            (i, _, state) =>
            {
                int s = sources[i];
                int count = Paths.BfsDistances(offsets, targets, s, state.Dist, state.Queue);
                for (int q = 1; q < count; q++)
                {
                    int v = state.Queue[q];
                    int d = state.Dist[v];
                    state.Reached[v]++;
                    state.Sum[v] += d;
                    state.Reciprocal[v] += 1.0 / d;
                    state.Dist[v] = -1;
                }

                state.Dist[s] = -1;
                if (progress is not null)
                {
                    progress.Report(Interlocked.Increment(ref done) / (double)k);
                }

                return state;
            },
            state =>
            {
                lock (lockObject)
                {
                    for (int v = 0; v < n; v++)
                    {
                        reached[v] += state.Reached[v];
                        distanceSum[v] += state.Sum[v];
                        reciprocal[v] += state.Reciprocal[v];
                    }
                }
            });
        var isSource = new bool[n];
        foreach (int s in sources)
        {
            isSource[s] = true;
        }

        var closeness = new double[n];
        var harmonic = new double[n];
        for (int v = 0; v < n; v++)
        {
            int others = k - (isSource[v] ? 1 : 0);
            if (others <= 0 || n < 2)
            {
                continue;
            }

            harmonic[v] = (n - 1) * (reciprocal[v] / others);
            double share = reached[v] / (double)others;
            double meanDistance = distanceSum[v] / others;
            closeness[v] = meanDistance > 0 ? share * share / meanDistance : 0;
        }

        return (closeness, harmonic);
    }

    private static int[] NewDistances(int n)
    {
        var dist = new int[n];
        Array.Fill(dist, -1);
        return dist;
    }
}
