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
}
