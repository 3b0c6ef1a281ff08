namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Centrality.ApproximateBetweenness"/>.</summary>
public sealed record ApproximateBetweennessOptions
{
    /// <summary>Gets the largest allowed absolute error of any node's normalised estimate.</summary>
    /// <value>Default 0.01; must be in (0, 1).</value>
    public double Epsilon { get; init; } = 0.01;

    /// <summary>Gets the allowed probability that some estimate misses by more than <see cref="Epsilon"/>.</summary>
    /// <value>Default 0.1; must be in (0, 1).</value>
    public double Delta { get; init; } = 0.1;

    /// <summary>Gets the seed of the sampling; the same seed gives the same estimates.</summary>
    /// <value>Default 0.</value>
    public int Seed { get; init; }

    /// <summary>Gets the number of threads that share the samples (the estimates do not depend on it).</summary>
    /// <value>Default <see cref="Environment.ProcessorCount"/>; must be at least 1.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets a receiver of the fraction of samples done (0 to 1).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public IProgress<double>? Progress { get; init; }
}
