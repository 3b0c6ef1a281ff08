namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Communities.Louvain"/> and <see cref="Communities.Leiden"/>.</summary>
/// <remarks>
/// Every field has a documented default; <c>new CommunityOptions()</c> (or <see langword="null"/>) gives the
/// classic algorithms at resolution 1 with seed 0. The result depends only on the graph and these options:
/// the same seed gives the same labels, whatever <see cref="MaxDegreeOfParallelism"/> is.
/// </remarks>
public sealed record CommunityOptions
{
    /// <summary>Gets the resolution γ of the modularity being optimised (Reichardt &amp; Bornholdt).</summary>
    /// <value>1.0. Larger values give more, smaller communities; must be finite and ≥ 0.</value>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Gets the seed of every random choice (node visiting order; Leiden's randomised refinement).</summary>
    /// <value>0.</value>
    public int Seed { get; init; }

    /// <summary>Gets the largest number of levels (local moving then aggregation) to run.</summary>
    /// <value><see cref="int.MaxValue"/> (until no level improves); must be ≥ 1.</value>
    public int MaxLevels { get; init; } = int.MaxValue;

    /// <summary>Gets the smallest modularity gain that counts as an improvement.</summary>
    /// <value>1e-7, NetworkX's <c>threshold</c>: Louvain stops when a level (or a sweep over the nodes) gains no
    /// more than this; Leiden stops repeating iterations when one gains no more than this. Must be finite and ≥ 0.</value>
    public double Tolerance { get; init; } = 1e-7;

    /// <summary>Gets the randomness θ of Leiden's refinement (ignored by Louvain).</summary>
    /// <value>0.01 (the paper's and igraph's value), in units of edge weight: a node joins a sub-community with
    /// probability ∝ exp(ΔH/θ); 0 makes the refinement greedy. Must be finite and ≥ 0.</value>
    public double Randomness { get; init; } = 0.01;

    /// <summary>Gets the largest number of Leiden iterations (each one a full run started from the previous partition; ignored by Louvain).</summary>
    /// <value>2, like igraph's <c>n_iterations</c>; iterations also stop when one improves modularity by no more than <see cref="Tolerance"/>. Must be ≥ 1.</value>
    public int MaxIterations { get; init; } = 2;

    /// <summary>Gets the most threads used by the parallel steps (building aggregate graphs, Leiden's refinement).</summary>
    /// <value>-1: as many as there are processors. Must be -1 or ≥ 1. Local moving is sequential (its order is the seeded order).</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets the receiver of progress reports in [0, 1] (after each level; 1 at the end), or <see langword="null"/>.</summary>
    /// <value><see langword="null"/>.</value>
    public IProgress<double>? Progress { get; init; }
}
