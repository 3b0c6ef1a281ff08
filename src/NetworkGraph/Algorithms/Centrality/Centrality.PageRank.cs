using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Computes the PageRank of every node, as NetworkX's <c>pagerank(G, alpha=0.85, weight="weight")</c>.</summary>
    /// <remarks>
    /// <para>The stationary distribution of a random surfer who, with probability α, follows an out-link chosen in
    /// proportion to its weight and otherwise jumps to a uniformly random node; a node without out-links (dangling)
    /// spreads its rank uniformly over all nodes. An undirected edge is a link both ways. The ranks sum to 1;
    /// isolated nodes get the teleport share.</para>
    /// <para>NetworkX's iteration is reproduced step for step: start at 1/n, <c>x ← α(xP + (Σ_dangling x)/n) + (1 − α)/n</c>,
    /// stop as soon as <c>‖x − x_prev‖₁ &lt; n · Tolerance</c>. Each iteration is a pull over in-edges, parallel over
    /// fixed node ranges, summed in a fixed order (deterministic): O(n + m) time per iteration and
    /// O(log(Tolerance)/log α) iterations at most; O(n) memory besides the graph.</para>
    /// <para>Reference: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing order to the
    /// Web", Stanford InfoLab technical report 1999-66, 1999, <see href="http://ilpubs.stanford.edu:8090/422/"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Damping, tolerance, iteration budget, weighting and parallelism; NetworkX's defaults when null.</param>
    /// <param name="cancellationToken">Cancels the computation (checked once per iteration).</param>
    /// <returns>One rank per node (empty for an empty graph).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its domain (the message lists every problem).</exception>
    /// <exception cref="ConvergenceException">The L1 change is still ≥ n · Tolerance after <see cref="PageRankOptions.MaxIterations"/> iterations.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static NodeScores PageRank(CsrGraph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new PageRankOptions();
        ValidatePageRank(options);
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new NodeScores(graph.Nodes, []);
        }

        var iteration = new PageRankIteration(graph, options.Alpha, options.Weighted);
        ParallelOptions parallel = ParallelRanges.Options(options.MaxDegreeOfParallelism, cancellationToken);
        double error = double.PositiveInfinity;
        for (int i = 0; i < options.MaxIterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            error = iteration.Step(parallel);
            if (error < n * options.Tolerance)
            {
                return new NodeScores(graph.Nodes, iteration.Rank);
            }
        }

        throw new ConvergenceException(options.MaxIterations, error);
    }

    private static void ValidatePageRank(PageRankOptions options)
    {
        var problems = new List<string>();
        if (!(options.Alpha >= 0 && options.Alpha <= 1))
        {
            problems.Add($"Alpha must be in [0, 1]; was {options.Alpha}.");
        }

        PowerIterationChecks.ThrowIfInvalid(problems, options.Tolerance, options.MaxIterations, options.MaxDegreeOfParallelism, nameof(options));
    }
}
