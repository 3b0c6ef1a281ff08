using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Centrality measures: how important each node is to the network's flows and structure.</summary>
public static partial class Centrality
{
    // Calibrated on the 2-core reference machine (AMD EPYC, .NET 10, Release) from the processor time of
    // Betweenness on a Barabási–Albert graph, n = 10 000, m = 49 975 (BetweennessBenchmarks): hops 5.1–5.4 s of CPU for
    // n·2a = 2.0e9 arc visits; weighted (lengths 1/w, w in 1..3) 9.0–9.2 s of CPU for n·(2a + n·log2 n) = 3.3e9.
    internal const double HopArcsPerSecondPerCore = 3.5e8;

    internal const double WeightedOpsPerSecondPerCore = 3.3e8;

    // Above this many nodes the per-thread state leaves the L2 cache: BA n = 100 000 ran at 1.0e8 arc visits per
    // CPU-second against 2.0e8 at n = 10 000 (measured on 7 % of the sources).
    private const int LargeGraphNodes = 50_000;

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
    /// <para>Brandes' algorithm visits every arc twice per source, so the estimate is
    /// <c>n · 2a / (R · cores)</c> for hops, with <c>a</c> stored arcs (<c>m</c> directed, <c>2m</c> undirected) and
    /// <c>R</c> arc visits per second and core; weighted, <c>n · (2a + n·log₂ n) / (R_w · cores)</c>. The rates are
    /// calibrated constants, halved above 50 000 nodes where the per-node state leaves the processor caches; how they
    /// were measured, and how far the estimate is from measured runs, is in docs/design/national-scale.md. Read the
    /// result as an order of magnitude: cores shared with other work and other processors differ. O(1).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Whether weighted betweenness would be computed (ignored when the graph is unweighted).</param>
    /// <returns>The estimated wall-clock time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static TimeSpan EstimateBetweennessTime(CsrGraph graph, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double n = graph.NodeCount;
        double arcs = graph.ArcCount;
        double cores = Math.Max(1, Math.Min(Environment.ProcessorCount, graph.NodeCount));
        double cacheFactor = graph.NodeCount > LargeGraphNodes ? 2.0 : 1.0;
        double seconds = cacheFactor * (weighted && graph.IsWeighted
            ? n * ((2 * arcs) + (n * Math.Log2(Math.Max(2, n)))) / (WeightedOpsPerSecondPerCore * cores)
            : n * 2 * arcs / (HopArcsPerSecondPerCore * cores));
        return TimeSpan.FromSeconds(seconds);
    }

    private static void ValidateThreads(int threads, string name = nameof(BetweennessOptions.MaxDegreeOfParallelism))
    {
        if (threads < 1)
        {
            throw new ArgumentOutOfRangeException(name, threads, $"MaxDegreeOfParallelism must be at least 1; was {threads}.");
        }
    }
}
