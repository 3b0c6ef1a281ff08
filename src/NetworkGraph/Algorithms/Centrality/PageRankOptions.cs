namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Centrality.PageRank"/>; NetworkX's <c>pagerank</c> defaults, iterated to convergence.</summary>
public sealed record PageRankOptions
{
    /// <summary>Gets the damping factor: the probability of following a link rather than teleporting.</summary>
    /// <value>0.85 by default; must be in [0, 1].</value>
    public double Alpha { get; init; } = 0.85;

    /// <summary>Gets the per-node tolerance of NetworkX's stopping rule (the L1 change of the rank vector below
    /// <c>n · Tolerance</c>), or null to iterate to convergence.</summary>
    /// <value>Null by default: iteration goes on until the L1 change is below <c>min(1e-15, 2.6e-11 / n)</c>, which bounds
    /// every node's relative error by 1e-9, or stops shrinking at the rounding floor (the result then equals NetworkX with
    /// <c>tol=1e-13</c> and igraph's PRPACK to 1e-9 relative). A value must be positive; 1e-6 is NetworkX's default, whose
    /// result is about 1e-4 relative off the converged one.</value>
    public double? Tolerance { get; init; }

    /// <summary>Gets the iteration budget, after which a <see cref="ConvergenceException"/> is thrown.</summary>
    /// <value>1 000 by default (NetworkX allows 100 at its tolerance); must be positive.</value>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Gets a value indicating whether a link carries its node's rank in proportion to its weight (NetworkX's <c>weight="weight"</c>); otherwise equally.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool Weighted { get; init; } = true;

    /// <summary>Gets the maximum number of threads; -1 (the default) uses every core.</summary>
    /// <value>-1, or a positive number.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
