using System.Collections.Immutable;

namespace NetworkGraph.Algorithms;

/// <summary>An immutable partition of a graph's nodes into communities, with its modularity.</summary>
/// <remarks>Communities are numbered <c>0 … Count − 1</c> in the order of each community's first (lowest-index) node.</remarks>
public sealed class Partition
{
    private readonly int[] _labels;

    internal Partition(int[] labels, int count, double modularity, int levels)
    {
        _labels = labels;
        Count = count;
        Modularity = modularity;
        Levels = levels;
        var sizes = new int[count];
        foreach (int label in labels)
        {
            sizes[label]++;
        }

        Sizes = ImmutableArray.Create(sizes);
    }

    /// <summary>Gets the community of every node, in node order.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>Gets the number of communities (0 for the empty graph).</summary>
    public int Count { get; }

    /// <summary>Gets the number of nodes of each community.</summary>
    public ImmutableArray<int> Sizes { get; }

    /// <summary>
    /// Gets the modularity of this partition on the input graph, as computed by <see cref="Communities.Modularity"/> at
    /// the resolution used (NaN when the graph has no edge).
    /// </summary>
    public double Modularity { get; }

    /// <summary>Gets the number of aggregation levels the algorithm ran.</summary>
    public int Levels { get; }

    /// <summary>Gets the community of <paramref name="node"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="node"/> is not a node of the graph.</exception>
    public int this[int node] => _labels[node];
}
