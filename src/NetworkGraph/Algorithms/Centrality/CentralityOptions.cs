namespace NetworkGraph.Algorithms;

/// <summary>Options of the distance-based centralities (<see cref="Centrality.Closeness"/>, <see cref="Centrality.Harmonic"/>).</summary>
public sealed record CentralityOptions
{
    /// <summary>Gets the maximum number of threads; -1 (the default) uses every core.</summary>
    /// <value>-1, or a positive number.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets a receiver of the fraction of work done (0 to 1), reported from worker threads; none by default.</summary>
    public IProgress<double>? Progress { get; init; }
}
