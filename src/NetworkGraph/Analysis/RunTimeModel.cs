using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Analysis;

/// <summary>
/// The run-time estimates of <see cref="NodeMetrics.Plan"/>: for each column, the operations its implementation
/// performs on this graph (counted from the graph's structure, not from n and m alone) times a per-core cost per
/// operation, divided by the cores used.
/// </summary>
/// <remarks>
/// <para>The counts, computed once per graph and only for the columns selected:</para>
/// <list type="bullet">
/// <item>Degree columns: n (strength of a weighted graph: n + a, with a stored arcs); core and community: n + a,
/// times a cost per element that includes their passes.</item>
/// <item>Clustering and undirected effective size (the forward triangle algorithm on the degree-ordered undirected
/// view): Σ_v d⁻(v)·d⁺(v), the oriented wedges scanned, plus the view; constraint and directed effective size
/// (every ego scans each neighbour's forward row): Σ_v d(v)·d⁺(v). Both are O(m^1.5) at worst and far below Σ deg²,
/// which a hub does not reach: a star costs O(n), a clique k³/6.</item>
/// <item>Exact closeness and harmonic (bit-parallel BFS, 64 targets a batch): the word operations of a few evenly
/// spaced batches, run for real and scaled to all batches, so that the number of levels (the diameter) and the
/// push/pull mix count.</item>
/// <item>Exact betweenness (Brandes): Σ over weak components C of |C|·(|C| + 2·a_C), one search per source over its
/// component; weighted: Σ |C|·(2·a_C + |C|·log₂|C|). Sampled searches from k sources: k/n of that.</item>
/// <item>PageRank: the power iterations needed to bring the L1 change below the convergence target at damping 0.85,
/// times n + a. Eigenvector: its iteration cap times n + a.</item>
/// </list>
/// <para>The per-operation costs were fitted on the Release build from the processor time of single-threaded runs on
/// graphs of several shapes; the measurements and the error per column are in benchmarks/results/estimates.md. Above
/// <see cref="Centrality.LargeGraphNodes"/> nodes the per-node state leaves the processor caches and every random-access
/// cost is multiplied by <see cref="Centrality.LargeGraphCacheFactor"/>.</para>
/// </remarks>
internal sealed class RunTimeModel
{
    // Per-core costs in nanoseconds per counted operation, fitted as described in benchmarks/results/estimates.md.
    private const double LinearNs = 1.0;
    private const double VertexDiameterNs = 4.0;
    private const double CoreNs = 15.0;
    private const double CommunityNs = 150.0;
    private const double UndirectedViewNs = 6.0;
    private const double WedgeNs = 2.0;
    private const double EgoScanNs = 4.0;
    private const double BfsWordNs = 1.5;
    private const double SampledBfsNs = 4.0;
    private const double SampledPathNs = 30.0;
    private const double SampledPathArcFactor = 4;
    private const double PageRankNs = 2.0;
    private const double EigenvectorNs = 2.0;
    private const double EigenvectorIterations = 100;

    /// <summary>The batches run to count the work of exact closeness and harmonic.</summary>
    private const int ClosenessSampleBatches = 4;

    private readonly CsrGraph _graph;
    private readonly double _cores;
    private readonly double _n;
    private readonly double _arcs;
    private readonly double _cache;
    private (double Wedges, double EgoScans)? _wedges;
    private (double Hops, double Weighted)? _searches;
    private double? _closenessWords;

    /// <summary>Initializes the model of one graph for a number of cores.</summary>
    public RunTimeModel(CsrGraph graph, double cores)
    {
        _graph = graph;
        _cores = Math.Max(1, cores);
        _n = graph.NodeCount;
        _arcs = graph.ArcCount;
        _cache = graph.NodeCount > Centrality.LargeGraphNodes ? Centrality.LargeGraphCacheFactor : 1.0;
    }

    private double Size => _n + _arcs;

    /// <summary>Degree, in/out-degree and strength: one pass over the offsets (and over the weights for a weighted strength).</summary>
    public double Linear(bool arcs) => Seconds((_n + (arcs ? _arcs : 0)) * LinearNs);

    /// <summary>Core numbers: bucket peeling, one thread.</summary>
    public double Core() => Size * CoreNs * _cache * 1e-9;

    /// <summary>Leiden communities: a few local-moving and refinement passes.</summary>
    public double Community() => Seconds(Size * CommunityNs * _cache);

    /// <summary>Clustering: the undirected view and the oriented wedges.</summary>
    public double Clustering() => Seconds((Size * UndirectedViewNs) + (Wedges.Wedges * WedgeNs * _cache));

    /// <summary>Constraint: the view, the forward rows and every ego's scan of its neighbours' forward rows.</summary>
    public double Constraint() => Seconds((Size * UndirectedViewNs * 2) + (Wedges.EgoScans * EgoScanNs * _cache));

    /// <summary>Effective size: as clustering when undirected (triangles), as constraint when directed.</summary>
    public double EffectiveSize() => _graph.IsDirected ? Constraint() : Clustering();

    /// <summary>Exact closeness and harmonic together (one bit-parallel search).</summary>
    public double ExactDistances() => Seconds(ClosenessWords * BfsWordNs * _cache);

    /// <summary>Exact betweenness, hops or weighted.</summary>
    public double ExactBetweenness(bool weighted) => Centrality.EstimateBetweennessSeconds(_graph, weighted && _graph.IsWeighted, Searches, _cores);

    /// <summary>Closeness and harmonic from <paramref name="sources"/> sampled breadth-first searches.</summary>
    public double SampledSearches(long sources) => Seconds(sources / Math.Max(1, _n) * Searches.Hops / 2 * SampledBfsNs * _cache);

    /// <summary>Weighted betweenness from <paramref name="sources"/> sampled complete searches.</summary>
    public double SampledWeightedBetweenness(long sources) => sources / Math.Max(1, _n) * ExactBetweenness(weighted: true);

    /// <summary>Betweenness from <paramref name="samples"/> shortest paths between random pairs (balanced bidirectional searches), plus the vertex-diameter bound.</summary>
    public double SampledBetweenness(long samples)
    {
        double perSample = Math.Min(_arcs, SampledPathArcFactor * Math.Sqrt(Math.Max(_arcs, 1)));
        return Seconds((Size * VertexDiameterNs) + (samples * perSample * SampledPathNs * _cache));
    }

    /// <summary>PageRank to convergence (or to NetworkX's rule with <paramref name="tolerance"/>).</summary>
    public double PageRank(double? tolerance)
    {
        // The L1 change shrinks by at least the damping 0.85 per iteration from at most 2.
        double target = tolerance is double t ? Math.Max(_n, 1) * t : Math.Min(1e-15, 2.6e-11 / Math.Max(_n, 1));
        double iterations = Math.Clamp(Math.Log(2 / target) / Math.Log(1 / 0.85), 1, tolerance >= 1e-6 ? 100 : 1000);
        return Seconds(iterations * Size * PageRankNs * _cache);
    }

    /// <summary>Eigenvector centrality: the power iteration's cap.</summary>
    public double Eigenvector() => Seconds(EigenvectorIterations * Size * EigenvectorNs * _cache);

    private (double Wedges, double EgoScans) Wedges => _wedges ??= CountWedges(_graph);

    private (double Hops, double Weighted) Searches => _searches ??= Centrality.SearchWork(_graph);

    private double ClosenessWords => _closenessWords ??= IncomingDistanceSums.EstimateWordOperations(_graph, ClosenessSampleBatches);

    private double Seconds(double nanoseconds) => nanoseconds * 1e-9 / _cores;

    /// <summary>
    /// On the undirected view with ties oriented from lower to higher (degree, index), Σ_v d⁻(v)·d⁺(v) (the wedges the
    /// forward triangle algorithm scans) and Σ_v d(v)·d⁺(v) (the forward entries every ego scan reads). O(n + m).
    /// </summary>
    internal static (double Wedges, double EgoScans) CountWedges(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] degree = new int[n];
        ForEachNeighbour(graph, (v, _) => degree[v]++);
        int[] forward = new int[n];
        ForEachNeighbour(graph, (v, u) =>
        {
            if (degree[u] > degree[v] || (degree[u] == degree[v] && u > v))
            {
                forward[v]++;
            }
        });
        double wedges = 0, scans = 0;
        for (int v = 0; v < n; v++)
        {
            wedges += (double)(degree[v] - forward[v]) * forward[v];
            scans += (double)degree[v] * forward[v];
        }

        return (wedges, scans);
    }

    /// <summary>Calls <paramref name="visit"/>(v, u) once per distinct neighbour u of v in the undirected view (merging a directed graph's sorted out- and in-rows).</summary>
    private static void ForEachNeighbour(CsrGraph graph, Action<int, int> visit)
    {
        int n = graph.NodeCount;
        int[] oo = graph.OutOffsetArray, ot = graph.OutTargetArray;
        if (!graph.IsDirected)
        {
            for (int v = 0; v < n; v++)
            {
                for (int a = oo[v]; a < oo[v + 1]; a++)
                {
                    visit(v, ot[a]);
                }
            }

            return;
        }

        int[] io = graph.InOffsetArray, it = graph.InTargetArray;
        for (int v = 0; v < n; v++)
        {
            int a = oo[v], ae = oo[v + 1], b = io[v], be = io[v + 1];
            while (a < ae || b < be)
            {
                int x = a < ae ? ot[a] : int.MaxValue, y = b < be ? it[b] : int.MaxValue;
                visit(v, Math.Min(x, y));
                a += x <= y ? 1 : 0;
                b += y <= x ? 1 : 0;
            }
        }
    }
}
