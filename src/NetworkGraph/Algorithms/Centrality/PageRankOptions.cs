namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Centrality.PageRank"/>; the defaults are those of NetworkX's <c>pagerank</c>.</summary>
public sealed record PageRankOptions
{
    /// <summary>Gets the damping factor: the probability of following a link rather than teleporting.</summary>
    /// <value>0.85 by default; must be in [0, 1].</value>
    public double Alpha { get; init; } = 0.85;

    /// <summary>Gets the per-node tolerance: iteration stops when the L1 change of the rank vector is below <c>n · Tolerance</c> (NetworkX's rule).</summary>
    /// <value>1e-6 by default; must be positive.</value>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Gets the iteration budget, after which a <see cref="ConvergenceException"/> is thrown.</summary>
    /// <value>100 by default; must be positive.</value>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Gets a value indicating whether a link carries its node's rank in proportion to its weight (NetworkX's <c>weight="weight"</c>); otherwise equally.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool Weighted { get; init; } = true;

    /// <summary>Gets the maximum number of threads; -1 (the default) uses every core.</summary>
    /// <value>-1, or a positive number.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
