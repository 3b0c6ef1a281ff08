using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Computes the harmonic centrality of every node, as NetworkX's <c>harmonic_centrality(G)</c>.</summary>
    /// <remarks>
    /// <para>Harmonic centrality of v is <c>Σ_{u ≠ v} 1 / d(u, v)</c>, with hop distances (weights ignored) running
    /// <em>to</em> v on a directed graph and a term of 0 for every u that cannot reach v, so it is defined on
    /// disconnected graphs without correction. Not normalised (divide by n − 1 for a value in [0, 1]); isolated nodes get 0.</para>
    /// <para>Bit-parallel multi-source BFS, 64 nodes per sweep, parallel over batches of nodes: O(n·(n + m)·L/64) time
    /// for L levels (at most the diameter + 1), O(n) memory per thread. Deterministic.</para>
    /// <para>References: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000,
    /// <see href="https://doi.org/10.1016/S0378-4371(00)00311-3"/>; P. Boldi and S. Vigna, "Axioms for centrality",
    /// Internet Mathematics 10(3–4):222–262, 2014, <see href="https://doi.org/10.1080/15427951.2013.865686"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Parallelism and progress; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>One harmonic centrality in [0, n − 1] per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CentralityOptions.MaxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static NodeScores Harmonic(CsrGraph graph, CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CentralityOptions();
        ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));
        (_, _, double[] reciprocalSum) =
            IncomingDistanceSums.Compute(graph, options.MaxDegreeOfParallelism, options.Progress, cancellationToken);
        return new NodeScores(graph.Nodes, reciprocalSum);
    }
}
