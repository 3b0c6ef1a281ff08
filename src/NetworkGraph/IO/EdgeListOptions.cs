namespace NetworkGraph.IO;

/// <summary>Options of <see cref="EdgeListReader"/>.</summary>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed record EdgeListOptions
{
    /// <summary>Gets a value indicating whether each line <c>source target</c> is an arc source → target.</summary>
    /// <value>Default <see langword="false"/>: edges are undirected.</value>
    public bool Directed { get; init; }

    /// <summary>Gets the longest line accepted, in bytes (line break excluded); a longer one is a format error.</summary>
    /// <value>Default 1 048 576 (1 MiB); at least 16.</value>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>Gets the number of threads a read may use: a large file is parsed in stretches at once, and the rows
    /// are sorted in parallel.</summary>
    /// <value>Default −1: all cores; 1 reads on the calling thread only. The graph, and any error, are the same
    /// whatever the value.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
