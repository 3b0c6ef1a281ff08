using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Below this change between iterates the unit vector is at the rounding floor: accept it.</summary>
    private const double EigenvectorRoundingFloor = 1e-13;

    /// <summary>Computes the eigenvector centrality of every node, as NetworkX's <c>eigenvector_centrality_numpy(G)</c>.</summary>
    /// <remarks>
    /// <para>The Perron eigenvector x of the adjacency matrix: <c>λ·x[v] = Σ_{u → v} x[u]</c> for the largest eigenvalue λ,
    /// so a node is central when central nodes point to it (in-edges on a directed graph, as NetworkX's left eigenvector).
    /// Unweighted (NetworkX's <c>weight=None</c>). Scaled to unit Euclidean norm, every entry positive.</para>
    /// <para>Defined only on a connected graph (strongly connected when directed), where the eigenvector is unique: otherwise,
    /// and on the empty graph, the result is <see langword="null"/>. A single node scores 1 and a single edge 1/√2 each
    /// (NetworkX's ARPACK call fails below three nodes; these are the values of its power-iteration variant).</para>
    /// <para>Power iteration on <c>Aᵀ + I</c>, which also converges on periodic graphs (bipartite graphs, directed cycles).
    /// It stops when the estimated distance to the limit, <c>δ·r/(1 − r)</c> for the last change δ and the observed
    /// contraction r, is below <see cref="EigenvectorOptions.Tolerance"/> (or δ reaches the rounding floor, 1e-13).
    /// O(n + m) time per iteration, parallel over node ranges and deterministic; the number of iterations grows as
    /// 1 / (1 − |λ₂ + 1|/(λ + 1)). O(n) memory besides the graph.</para>
    /// <para>Reference: P. Bonacich, "Factoring and weighting approaches to status scores and clique identification",
    /// Journal of Mathematical Sociology 2(1):113–120, 1972, <see href="https://doi.org/10.1080/0022250X.1972.9989806"/>;
    /// P. Bonacich, "Power and centrality: a family of measures", American Journal of Sociology 92(5):1170–1182, 1987,
    /// <see href="https://doi.org/10.1086/228631"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph; weights are ignored.</param>
    /// <param name="options">Tolerance, iteration budget and parallelism; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the computation (checked once per iteration).</param>
    /// <returns>One centrality per node, or <see langword="null"/> when the graph is empty or not (strongly) connected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its domain (the message lists every problem).</exception>
    /// <exception cref="ConvergenceException">The tolerance is not met within <see cref="EigenvectorOptions.MaxIterations"/> iterations.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static NodeScores? Eigenvector(CsrGraph graph, EigenvectorOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new EigenvectorOptions();
        ValidateEigenvector(options);
        int n = graph.NodeCount;
        if (n == 0 || !IsStronglyConnected(graph))
        {
            return null;
        }

        var iteration = new EigenvectorIteration(graph);
        ParallelOptions parallel = ParallelRanges.Options(options.MaxDegreeOfParallelism, cancellationToken);
        double previous = double.PositiveInfinity, change = double.PositiveInfinity;
        for (int i = 0; i < options.MaxIterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            change = iteration.Step(parallel);
            double ratio = change / previous;
            if (change <= EigenvectorRoundingFloor
                || (change <= options.Tolerance && ratio < 1 && change * ratio / (1 - ratio) <= options.Tolerance))
            {
                return new NodeScores(graph.Nodes, iteration.Vector);
            }

            previous = change;
        }

        throw new ConvergenceException(options.MaxIterations, change);
    }

    /// <summary>Connected when undirected; every node reaches node 0 and is reached from it when directed. O(n + m).</summary>
    internal static bool IsStronglyConnected(CsrGraph graph)
    {
        int n = graph.NodeCount;
        var dist = new int[n];
        var queue = new int[n];
        Array.Fill(dist, -1);
        if (Paths.BfsDistances(graph.OutOffsetArray, graph.OutTargetArray, 0, dist, queue) != n)
        {
            return false;
        }

        if (!graph.IsDirected)
        {
            return true;
        }

        Array.Fill(dist, -1);
        return Paths.BfsDistances(graph.InOffsetArray, graph.InTargetArray, 0, dist, queue) == n;
    }

    private static void ValidateEigenvector(EigenvectorOptions options)
    {
        PowerIterationChecks.ThrowIfInvalid([], options.Tolerance, options.MaxIterations, options.MaxDegreeOfParallelism, nameof(options));
    }
}
