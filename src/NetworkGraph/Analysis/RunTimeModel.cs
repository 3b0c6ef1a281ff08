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
/// <item>Exact closeness and harmonic (bit-parallel BFS, 64 targets a batch): the sequential words, random reads and
/// pairs found of four evenly spaced batches, run for real and scaled to all batches, so that the number of levels
/// (the diameter) and the push/pull mix count.</item>
/// <item>Sampled betweenness: the arcs expanded and nodes reached by the first 256 sampled pairs' bidirectional
/// searches and the arcs scanned walking their paths back, scaled to all samples, plus the vertex-diameter bound's
/// O(n + a).</item>
/// <item>Exact betweenness (Brandes): <see cref="Centrality.SearchWork"/>, one search per source over its weak
/// component. Sampled searches from k sources: k/n of that.</item>
/// <item>PageRank and eigenvector: n + a per power iteration, for the iterations a short probe predicts (12 steps of
/// PageRank, 40 of eigenvector are run, and the contraction of their last changes is extrapolated to the stopping
/// rule); eigenvector on a graph that is not (strongly) connected: the connectivity check only.</item>
/// </list>
/// <para>The per-operation costs were fitted on the Release build from the processor time of single-threaded runs on
/// graphs of several shapes; the measurements and the error per column are in benchmarks/results/estimates.md. Above
/// <see cref="Centrality.LargeGraphNodes"/> nodes the per-node state leaves the processor caches and every random-access
/// cost is multiplied by <see cref="Centrality.LargeGraphCacheFactor"/>.</para>
/// </remarks>
internal sealed class RunTimeModel
{
    // Per-core costs in nanoseconds per counted operation, fitted as described in benchmarks/results/estimates.md.
    private const double LinearNs = 4.0;
    private const double VertexDiameterNs = 280.0;
    private const double CoreNs = 12.0;
    private const double CommunityNs = 800.0;
    private const double ClusteringViewNs = 80.0;
    private const double ConstraintViewNs = 126.0;
    private const double EffectiveSizeViewNs = 45.0;
    private const double EffectiveSizeWedgeNs = 2.8;
    private const double DirectedEffectiveSizeViewNs = 560.0;
    private const double DirectedEffectiveSizeEgoNs = 0.45;
    private const double WedgeNs = 2.0;
    private const double EgoScanNs = 4.0;
    private const double SequentialWordNs = 0.1;
    private const double RandomWordNs = 2.0;
    private const double PairNs = 1.25;
    private const double SampledBfsNs = 3.7;
    private const double SampledPathNs = 5.0;
    private const double SampledWalkNs = 0.45;
    private const int SampledPathProbes = 256;
    private const double PageRankNs = 1.4;
    private const double EigenvectorNs = 2.5;
    private const double DenseNs = 1.0;
    private const double ConnectivityNs = 10.0;
    private const int EigenvectorMaxIterations = 100_000;

    /// <summary>The power-iteration steps a PageRank estimate runs to measure the contraction (at most 0.85 a step).</summary>
    private const int PageRankProbeIterations = 12;

    /// <summary>The power-iteration steps an eigenvector estimate runs to measure the contraction.</summary>
    private const int EigenvectorProbeIterations = 40;

    /// <summary>The batches run to count the work of exact closeness and harmonic.</summary>
    private const int ClosenessSampleBatches = 4;

    private readonly CsrGraph _graph;
    private readonly double _cores;
    private readonly double _n;
    private readonly double _arcs;
    private readonly double _cache;
    private (double Wedges, double EgoScans)? _wedges;
    private (double Hops, double Weighted)? _searches;
    private (double Sequential, double Random, double Pairs)? _closenessWords;

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
    public double Clustering() => Seconds((Size * ClusteringViewNs) + (Wedges.Wedges * WedgeNs * _cache));

    /// <summary>Constraint: the view, the forward rows and every ego's scan of its neighbours' forward rows.</summary>
    public double Constraint() => Seconds((Size * ConstraintViewNs) + (Wedges.EgoScans * EgoScanNs * _cache));

    /// <summary>Effective size: the triangles when undirected (the wedges), every ego's scan when directed (with the view's merge, multiplicities and strengths).</summary>
    public double EffectiveSize() => _graph.IsDirected
        ? Seconds((Size * DirectedEffectiveSizeViewNs) + (Wedges.EgoScans * DirectedEffectiveSizeEgoNs * _cache))
        : Seconds((Size * EffectiveSizeViewNs) + (Wedges.Wedges * EffectiveSizeWedgeNs * _cache));

    /// <summary>Exact closeness and harmonic together (one bit-parallel search).</summary>
    public double ExactDistances() => Seconds((ClosenessWords.Sequential * SequentialWordNs) + (ClosenessWords.Random * RandomWordNs * _cache) + (ClosenessWords.Pairs * PairNs));

    /// <summary>Exact betweenness, hops or weighted.</summary>
    public double ExactBetweenness(bool weighted) => Centrality.EstimateBetweennessSeconds(_graph, weighted && _graph.IsWeighted, Searches, _cores);

    /// <summary>Closeness and harmonic from <paramref name="sources"/> sampled breadth-first searches.</summary>
    public double SampledSearches(long sources) => Seconds(sources / Math.Max(1, _n) * Searches.Hops / 2 * SampledBfsNs * _cache);

    /// <summary>Weighted betweenness from <paramref name="sources"/> sampled complete searches.</summary>
    public double SampledWeightedBetweenness(long sources) => sources / Math.Max(1, _n) * ExactBetweenness(weighted: true);

    /// <summary>Betweenness from <paramref name="samples"/> shortest paths between random pairs (balanced bidirectional searches costing what the first 256 cost on average), plus the vertex-diameter bound.</summary>
    public double SampledBetweenness(long samples, int seed)
    {
        (double searches, double walks) = new RiondatoKornaropoulosSampler(_graph, samples, seed).EstimateOperations(SampledPathProbes);
        return Seconds((Size * VertexDiameterNs) + (searches * SampledPathNs * _cache) + (walks * SampledWalkNs));
    }

    /// <summary>PageRank to convergence (or to NetworkX's rule with <paramref name="tolerance"/>): the iterations a short probe predicts.</summary>
    public double PageRank(double? tolerance)
    {
        // The stopping rule of Centrality.PageRank: an L1 change below n·tolerance, or below the converged target.
        double target = tolerance is double t ? Math.Max(_n, 1) * t : Math.Min(1e-15, 2.6e-11 / Math.Max(_n, 1));
        int cap = tolerance >= 1e-6 ? 100 : 1000;
        if (_n == 0)
        {
            return 0;
        }

        var iteration = new PageRankIteration(_graph, 0.85, weighted: true);
        double iterations = Probe(iteration.Step, change => change < target ? 0 : target, cap, PageRankProbeIterations, tail: false);
        return Seconds(iterations * Size * PageRankNs * _cache);
    }

    /// <summary>Eigenvector centrality: the connectivity check, then the power iterations a short probe predicts (the dense solve's n³ when they would not converge on a small graph).</summary>
    public double Eigenvector()
    {
        if (_n == 0 || !Centrality.IsStronglyConnected(_graph))
        {
            return Seconds(Size * ConnectivityNs);
        }

        var iteration = new EigenvectorIteration(_graph);
        const double tolerance = 1e-12;
        double iterations = Probe(iteration.Step, change => change <= tolerance ? 0 : tolerance, EigenvectorMaxIterations, EigenvectorProbeIterations, tail: true);
        double dense = iterations >= EigenvectorMaxIterations && _n <= Centrality.DenseEigenvectorLimit ? _n * _n * _n * DenseNs : 0;
        return Seconds((iterations * Size * EigenvectorNs * _cache) + dense);
    }

    /// <summary>
    /// Runs up to <paramref name="probe"/> steps of a power iteration and extrapolates the geometric contraction of its
    /// last steps to the step whose change meets the target (at most <paramref name="cap"/>); fewer when it stops sooner.
    /// </summary>
    /// <param name="step">One iteration, returning its change.</param>
    /// <param name="target">The change to reach given the last change: 0 once it is reached.</param>
    /// <param name="cap">The iteration budget of the real run.</param>
    /// <param name="probe">The steps to run.</param>
    /// <param name="tail">Whether the rule also bounds the remaining distance, change·r/(1 − r) (eigenvector).</param>
    private static double Probe(Func<ParallelOptions, double> step, Func<double, double> target, int cap, int probe, bool tail)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        int half = probe - Math.Max(2, probe / 4);
        double middle = double.NaN, change = double.NaN;
        for (int i = 1; i <= probe; i++)
        {
            change = step(parallel);
            if (target(change) == 0 || i >= cap)
            {
                return i;
            }

            if (i == half)
            {
                middle = change;
            }
        }

        double ratio = Math.Pow(change / middle, 1.0 / (probe - half));
        if (!(ratio < 1) || double.IsNaN(ratio))
        {
            return cap;
        }

        double goal = tail ? target(change) * (1 - ratio) / Math.Max(ratio, 1e-300) : target(change);
        double more = goal > 0 && goal < change ? Math.Log(goal / change) / Math.Log(ratio) : 0;
        return Math.Min(cap, probe + more);
    }

    private (double Wedges, double EgoScans) Wedges => _wedges ??= CountWedges(_graph);

    private (double Hops, double Weighted) Searches => _searches ??= Centrality.SearchWork(_graph);

    private (double Sequential, double Random, double Pairs) ClosenessWords => _closenessWords ??= IncomingDistanceSums.EstimateWordOperations(_graph, ClosenessSampleBatches);

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
