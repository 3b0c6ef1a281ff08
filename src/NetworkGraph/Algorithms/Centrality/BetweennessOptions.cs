namespace NetworkGraph.Algorithms;

/// <summary>Options of <see cref="Centrality.Betweenness"/> and <see cref="Centrality.EdgeBetweenness"/>.</summary>
public sealed record BetweennessOptions
{
    /// <summary>Gets a value indicating whether path lengths are sums of distances <c>1/weight</c>
    /// (a strong tie is short) instead of hop counts.</summary>
    /// <value>Default <see langword="false"/> (hops). Ignored on an unweighted graph (every distance is 1).</value>
    public bool Weighted { get; init; }

    /// <summary>Gets a value indicating whether scores are normalised as NetworkX does with <c>normalized=True</c>.</summary>
    /// <value>Default <see langword="true"/>. Nodes: divided by <c>(n − 1)(n − 2)</c> when <c>n &gt; 2</c>; edges: by
    /// <c>n(n − 1)</c> when <c>n &gt; 1</c>. When <see langword="false"/>, undirected scores are halved (each pair once).</value>
    public bool Normalized { get; init; } = true;

    /// <summary>Gets the number of threads that share the sources.</summary>
    /// <value>Default <see cref="Environment.ProcessorCount"/>; must be at least 1. Results are bit-for-bit
    /// reproducible for a given value, and agree across values to about 1e-12 relative.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets a receiver of the fraction of sources done (0 to 1), reported about a hundred times.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public IProgress<double>? Progress { get; init; }
}
