namespace NetworkGraph.Algorithms;

/// <summary>Tie counts between groups: entry [a, b] is the number of ties from group a to group b.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class MixingMatrix
{
    private readonly long[] _counts;

    internal MixingMatrix(int groupCount, long[] counts, bool isSymmetric)
    {
        System.Diagnostics.Debug.Assert(counts.Length == groupCount * groupCount, "counts must be groupCount²");
        GroupCount = groupCount;
        _counts = counts;
        IsSymmetric = isSymmetric;
    }

    /// <summary>Gets the number of groups (rows and columns).</summary>
    public int GroupCount { get; }

    /// <summary>Gets a value indicating whether the matrix counts undirected ties (then [a, b] = [b, a]).</summary>
    public bool IsSymmetric { get; }

    /// <summary>Gets the number of ties from group <paramref name="from"/> to group <paramref name="to"/>.</summary>
    /// <param name="from">The row group.</param>
    /// <param name="to">The column group.</param>
    /// <exception cref="ArgumentOutOfRangeException">A group is not in <c>[0, GroupCount)</c>.</exception>
    public long this[int from, int to]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(from);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, GroupCount);
            ArgumentOutOfRangeException.ThrowIfNegative(to);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, GroupCount);
            return _counts[(from * GroupCount) + to];
        }
    }
}
