using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Centrality measures: how important each node is to the network's flows and structure.</summary>
public static partial class Centrality
{
    // Per-core nanoseconds per counted operation of Brandes' algorithm (hops; weighted), fitted on the Release build;
    // the measurements are in benchmarks/results/estimates.md.
    internal const double HopNanoseconds = 3.0;

    internal const double WeightedNanoseconds = 3.0;

    // Above this many nodes the per-source state leaves the processor caches and each operation costs about twice as much.
    internal const int LargeGraphNodes = 50_000;

    internal const double LargeGraphCacheFactor = 2.0;

    /// <summary>Computes the shortest-path betweenness centrality of every node, exactly.</summary>
    /// <remarks>
    /// <para><b>Definition.</b> <c>b(v) = Σ σ(s, t | v) / σ(s, t)</c> over ordered pairs of distinct nodes
    /// <c>s ≠ v ≠ t</c> with <c>t</c> reachable from <c>s</c>, where <c>σ(s, t)</c> counts shortest <c>s</c>–<c>t</c>
    /// paths and <c>σ(s, t | v)</c> those through <c>v</c>. Path length is the hop count, or with
    /// <see cref="BetweennessOptions.Weighted"/> the sum of distances <c>1/weight</c> (a strong tie is short).
    /// Equals NetworkX 2.8.8 <c>betweenness_centrality(G, normalized=…, weight=None | "distance")</c>: when
    /// normalised, divided by <c>(n − 1)(n − 2)</c> if <c>n &gt; 2</c> (both directed and undirected; all zero when
    /// <c>n ≤ 2</c>); when not, undirected scores are halved so each unordered pair counts once.</para>
    /// <para><b>Edge cases.</b> Directed graphs follow arc directions; on disconnected graphs unreachable pairs
    /// contribute nothing; isolated nodes score 0; the empty graph gives empty scores. Weighted ties are decided
    /// by exact floating-point equality of path sums accumulated in path order, as NetworkX does, so equal-length
    /// paths are recognised identically (weights whose reciprocals are exact, e.g. powers of two, never lose a tie).</para>
    /// <para><b>Algorithm.</b> Brandes' algorithm, one breadth-first search (Dijkstra with a radix heap when
    /// weighted) per source followed by a backward dependency sweep; sources are split over
    /// <see cref="BetweennessOptions.MaxDegreeOfParallelism"/> threads with private buffers.
    /// Time O(n·m) hops, O(n·m + n²·log n) weighted; memory O(n + m) plus O(n) per thread.
    /// Results are reproducible bit for bit for a given thread count and agree across thread counts to ~1e-12.
    /// For large graphs see <see cref="EstimateBetweennessTime"/> and <see cref="ApproximateBetweenness"/>.</para>
    /// <para>References: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
    /// Sociology 25(2):163–177, 2001, <see href="https://doi.org/10.1080/0022250X.2001.9990249"/>; U. Brandes,
    /// "On variants of shortest-path betweenness centrality and their generic computation", Social Networks
    /// 30(2):136–145, 2008, <see href="https://doi.org/10.1016/j.socnet.2007.11.001"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults (hops, normalised, all cores).</param>
    /// <param name="ct">Cancels the computation (checked once per source).</param>
    /// <returns>One score per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BetweennessOptions.MaxDegreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static NodeScores Betweenness(CsrGraph graph, BetweennessOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        ValidateThreads(options.MaxDegreeOfParallelism);
        bool weighted = options.Weighted && graph.IsWeighted;
        double[] sums = BrandesBetweenness.NodeSums(graph, weighted, options.MaxDegreeOfParallelism, options.Progress, ct);
        int n = graph.NodeCount;
        double scale = options.Normalized
            ? (n > 2 ? 1.0 / ((double)(n - 1) * (n - 2)) : 1.0)
            : (graph.IsDirected ? 1.0 : 0.5);
        if (scale != 1.0)
        {
            for (int v = 0; v < sums.Length; v++)
            {
                sums[v] *= scale;
            }
        }

        return new NodeScores(graph.Nodes, sums);
    }

    /// <summary>Estimates how long <see cref="Betweenness"/> would take on <paramref name="graph"/> with all cores.</summary>
    /// <remarks>
    /// <para>Brandes' algorithm runs one search per source over the source's weak component C and visits every arc
    /// twice, so the estimate counts Σ_C s_C·(|C| + 2·a_C) operations for hops, with s_C the nodes of C that have an
    /// outgoing arc (a source without one stops at once) and a_C the stored arcs of C; weighted,
    /// Σ_C s_C·(2·a_C + |C|·log₂|C|). The count is divided by a per-core rate and the number of cores; the rate is a
    /// calibrated constant, lower above 50 000 nodes where the per-node state leaves the processor caches. How it was
    /// measured, and how far the estimate is from measured runs, is in benchmarks/results/estimates.md. Read the
    /// result as an order of magnitude: cores shared with other work and other processors differ. O(n + m).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Whether weighted betweenness would be computed (ignored when the graph is unweighted).</param>
    /// <returns>The estimated wall-clock time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static TimeSpan EstimateBetweennessTime(CsrGraph graph, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double cores = Math.Max(1, Math.Min(Environment.ProcessorCount, graph.NodeCount));
        return TimeSpan.FromSeconds(EstimateBetweennessSeconds(graph, weighted && graph.IsWeighted, SearchWork(graph), cores));
    }

    /// <summary>The seconds of exact betweenness on <paramref name="cores"/> cores, given the graph's <see cref="SearchWork"/>.</summary>
    internal static double EstimateBetweennessSeconds(CsrGraph graph, bool weighted, (double Hops, double Weighted) work, double cores)
    {
        double cache = graph.NodeCount > LargeGraphNodes ? LargeGraphCacheFactor : 1.0;
        double nanoseconds = weighted ? work.Weighted * WeightedNanoseconds : work.Hops * HopNanoseconds;
        return nanoseconds * cache * 1e-9 / Math.Max(1, cores);
    }

    /// <summary>
    /// The operations of one search from every source, hops and weighted: n plus, over weak components C,
    /// s_C·(|C| + 2·a_C) and s_C·(2·a_C + |C|·log₂|C|), where s_C counts the nodes of C with an outgoing arc. O(n + m).
    /// </summary>
    internal static (double Hops, double Weighted) SearchWork(CsrGraph graph)
    {
        ComponentLabels weak = Components.Weak(graph);
        ReadOnlySpan<int> labels = weak.Labels, sizes = weak.Sizes;
        double[] arcs = new double[weak.Count], sources = new double[weak.Count];
        int[] oo = graph.OutOffsetArray;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            int d = oo[v + 1] - oo[v];
            arcs[labels[v]] += d;
            sources[labels[v]] += d > 0 ? 1 : 0;
        }

        double hops = graph.NodeCount, weighted = graph.NodeCount;
        for (int c = 0; c < weak.Count; c++)
        {
            double size = sizes[c];
            hops += sources[c] * (size + (2 * arcs[c]));
            weighted += sources[c] * ((2 * arcs[c]) + (size * Math.Log2(Math.Max(2, size))));
        }

        return (hops, weighted);
    }

    private static void ValidateThreads(int threads, string name = nameof(BetweennessOptions.MaxDegreeOfParallelism))
    {
        if (threads < 1)
        {
            throw new ArgumentOutOfRangeException(name, threads, $"MaxDegreeOfParallelism must be at least 1; was {threads}.");
        }
    }
}
