namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Centrality.Eigenvector"/>.</summary>
public sealed record EigenvectorOptions
{
    /// <summary>Gets the convergence tolerance: the estimated Euclidean distance between the iterate (a unit vector) and the limit.</summary>
    /// <value>1e-12 by default; must be positive.</value>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Gets the iteration budget, after which a <see cref="ConvergenceException"/> is thrown.</summary>
    /// <value>100 000 by default; must be positive.</value>
    public int MaxIterations { get; init; } = 100_000;

    /// <summary>Gets the maximum number of threads; -1 (the default) uses every core.</summary>
    /// <value>-1, or a positive number.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
