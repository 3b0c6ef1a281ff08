namespace NetworkGraph.Graphs;

/// <summary>The k highest or lowest defined values of a per-node column, by a bounded heap in O(n log k).</summary>
internal static class NodeRanking
{
    /// <summary>Indices of the k highest defined values, highest first, ties by node order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public static int[] Top(ReadOnlySpan<double> values, int k) => Select(values, k, highest: true);

    /// <summary>Indices of the k lowest defined values, lowest first, ties by node order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public static int[] Bottom(ReadOnlySpan<double> values, int k) => Select(values, k, highest: false);

    private static int[] Select(ReadOnlySpan<double> values, int k, bool highest)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0)
        {
            return [];
        }

        // The heap's minimum is the worst kept value: the lowest (highest when looking for the lowest), ties to the higher node.
        int sign = highest ? 1 : -1;
        var heap = new PriorityQueue<int, (double Value, int Node)>(Comparer<(double Value, int Node)>.Create(
            (a, b) => a.Value != b.Value ? sign * a.Value.CompareTo(b.Value) : b.Node.CompareTo(a.Node)));
        for (int v = 0; v < values.Length; v++)
        {
            if (double.IsNaN(values[v]))
            {
                continue;
            }

            heap.Enqueue(v, (values[v], v));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        int[] top = new int[heap.Count];
        for (int i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }
}
