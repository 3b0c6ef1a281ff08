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
    /// stop as soon as <c>‖x − x_prev‖₁ &lt; n · Tolerance</c>, or, by default (no tolerance), once converged to 1e-9
    /// relative (see <see cref="PageRankOptions.Tolerance"/>). Weights are divided by their source's largest out-weight
    /// before use, so subnormal (1e-310) and huge (1.7e308) weights give finite transition probabilities, never NaN. Each iteration is a pull over in-edges, parallel over
    /// fixed node ranges, summed in a fixed order (deterministic): O(n + m) time per iteration and
    /// O(log(Tolerance)/log α) iterations (about 200 when converged); O(n) memory besides the graph.</para>
    /// <para>Reference: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing order to the
    /// Web", Stanford InfoLab technical report 1999-66, 1999, <see href="http://ilpubs.stanford.edu:8090/422/"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Damping, tolerance, iteration budget, weighting and parallelism; NetworkX's defaults when null.</param>
    /// <param name="cancellationToken">Cancels the computation (checked once per iteration).</param>
    /// <returns>One rank per node (empty for an empty graph).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its domain (the message lists every problem).</exception>
    /// <exception cref="ConvergenceException">The stopping rule is not met after <see cref="PageRankOptions.MaxIterations"/> iterations.</exception>
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
        double target = options.Tolerance is double tolerance ? n * tolerance : Math.Min(ConvergedL1Change, ConvergedRelativeFactor / n);
        for (int i = 0; i < options.MaxIterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double previous = error;
            error = iteration.Step(parallel);
            if (error < target
                || (options.Tolerance is null && error <= RoundingFloorL1Change && error >= previous))
            {
                return new NodeScores(graph.Nodes, iteration.Rank);
            }
        }

        throw new ConvergenceException(options.MaxIterations, error);
    }

    /// <summary>The L1 change below which a converged run stops (ranks sum to 1).</summary>
    private const double ConvergedL1Change = 1e-15;

    /// <summary>
    /// 1e-9 · (1 − α) / (α / (1 − α)) at α = 0.85: after an L1 change δ the L1 distance to the limit is at most
    /// δ·α/(1 − α), and every rank is at least (1 − α)/n, so δ ≤ this / n bounds every relative error by 1e-9.
    /// </summary>
    private const double ConvergedRelativeFactor = 2.6e-11;

    /// <summary>Below this L1 change, a change that no longer shrinks is rounding noise: the iterate is converged.</summary>
    private const double RoundingFloorL1Change = 1e-11;

    private static void ValidatePageRank(PageRankOptions options)
    {
        var problems = new List<string>();
        if (!(options.Alpha >= 0 && options.Alpha <= 1))
        {
            problems.Add($"Alpha must be in [0, 1]; was {options.Alpha}.");
        }

        PowerIterationChecks.ThrowIfInvalid(problems, options.Tolerance ?? 1, options.MaxIterations, options.MaxDegreeOfParallelism, nameof(options));
    }
}
