namespace NetworkGraph.Algorithms;

/// <summary>Options of the parallel algorithms that have no options of their own: clustering, transitivity,
/// constraint, effective size and link prediction.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed record AlgorithmOptions
{
    /// <summary>Gets the most threads used.</summary>
    /// <value>-1 (the default): every core. Must be -1 or ≥ 1. Results do not depend on it.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Validates <paramref name="options"/> (null for the defaults) and turns it into the options of a parallel loop.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    internal static ParallelOptions Parallel(AlgorithmOptions? options, CancellationToken cancellationToken, string paramName = "options")
    {
        int threads = options?.MaxDegreeOfParallelism ?? -1;
        ParallelRanges.ValidateDegreeOfParallelism(threads, paramName);
        return ParallelRanges.Options(threads, cancellationToken);
    }
}
