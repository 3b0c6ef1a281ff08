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
    /// <para>Defined only on a connected graph (strongly connected when directed), where the eigenvector is unique: otherwise
    /// every node's value is NaN (undefined; written as an empty cell), and the empty graph gives an empty result. A single node scores 1 and a single edge 1/√2 each
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
    /// <returns>One centrality per node; all NaN when the graph is not (strongly) connected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its domain (the message lists every problem).</exception>
    /// <exception cref="ConvergenceException">The tolerance is not met within <see cref="EigenvectorOptions.MaxIterations"/>
    /// iterations and the graph has more than <see cref="DenseEigenvectorLimit"/> nodes.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static NodeScores Eigenvector(CsrGraph graph, EigenvectorOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new EigenvectorOptions();
        ValidateEigenvector(options);
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new NodeScores(graph.Nodes, []);
        }

        if (!IsStronglyConnected(graph))
        {
            double[] undefined = new double[n];
            Array.Fill(undefined, double.NaN);
            return new NodeScores(graph.Nodes, undefined);
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

        if (n <= DenseEigenvectorLimit)
        {
            return new NodeScores(graph.Nodes, DenseEigenvector(graph, cancellationToken));
        }

        throw new ConvergenceException(options.MaxIterations, change);
    }

    /// <summary>The most nodes for which a power iteration that does not converge falls back to a dense eigen-solve.</summary>
    public const int DenseEigenvectorLimit = 3000;

    /// <summary>The Perron vector of the in-adjacency matrix by a dense eigen-decomposition (MathNet.Numerics):
    /// symmetric (Householder tridiagonalisation and QL) when undirected, general (Hessenberg QR) when directed.</summary>
    private static double[] DenseEigenvector(CsrGraph graph, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var matrix = MathNet.Numerics.LinearAlgebra.Double.DenseMatrix.Create(n, n, 0.0);
        int[] offsets = graph.InOffsetArray, targets = graph.InTargetArray;
        for (int v = 0; v < n; v++)
        {
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                if (targets[a] != v)
                {
                    matrix[v, targets[a]] = 1.0;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var evd = matrix.Evd(graph.IsDirected ? MathNet.Numerics.LinearAlgebra.Symmetricity.Asymmetric : MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        int best = 0;
        for (int i = 1; i < n; i++)
        {
            if (evd.EigenValues[i].Real > evd.EigenValues[best].Real)
            {
                best = i;
            }
        }

        double[] x = new double[n];
        double norm = 0;
        for (int v = 0; v < n; v++)
        {
            x[v] = Math.Abs(evd.EigenVectors[v, best]);
            norm += x[v] * x[v];
        }

        norm = Math.Sqrt(norm);
        for (int v = 0; v < n; v++)
        {
            x[v] /= norm;
        }

        return x;
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
