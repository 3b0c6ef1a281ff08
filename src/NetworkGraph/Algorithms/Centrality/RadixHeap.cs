using System.Diagnostics;
using System.Numerics;

namespace NetworkGraph.Algorithms;

/// <summary>A monotone radix heap of (distance, node) entries, for Dijkstra's algorithm in weighted betweenness.</summary>
/// <remarks>
/// <para>Non-negative doubles order like their IEEE bit patterns, so keys are kept as <see cref="ulong"/> bits and an
/// entry lives in bucket <c>64 − lzcnt(key ⊕ last)</c>, where <c>last</c> is the last key popped (Ahuja, Mehlhorn,
/// Orlin, Tarjan 1990). Keys pushed are never below <c>last</c> (Dijkstra is monotone). Popping empties the lowest
/// non-empty bucket into lower ones, so each entry moves at most 64 times, usually a few: O(1) amortised per
/// operation in practice, with sequential memory traffic.</para>
/// <para>There is no decrease-key: callers push again and skip stale entries when popped.</para>
/// </remarks>
internal sealed class RadixHeap
{
    private readonly ulong[][] _keys = new ulong[65][];
    private readonly int[][] _nodes = new int[65][];
    private readonly int[] _sizes = new int[65];
    private ulong _last;

    public RadixHeap()
    {
        for (int b = 0; b < 65; b++)
        {
            _keys[b] = new ulong[16];
            _nodes[b] = new int[16];
        }
    }

    public int Count { get; private set; }

    /// <summary>Empties the heap and resets the floor to 0.</summary>
    public void Clear()
    {
        Array.Clear(_sizes);
        Count = 0;
        _last = 0;
    }

    public void Push(double key, int node)
    {
        Debug.Assert(key >= 0, "non-negative keys");
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(key);
        Debug.Assert(bits >= _last, "monotone");
        int b = 64 - BitOperations.LeadingZeroCount(bits ^ _last);
        int size = _sizes[b];
        if (size == _keys[b].Length)
        {
            Array.Resize(ref _keys[b], size * 2);
            Array.Resize(ref _nodes[b], size * 2);
        }

        _keys[b][size] = bits;
        _nodes[b][size] = node;
        _sizes[b] = size + 1;
        Count++;
    }

    /// <summary>Removes an entry with the smallest key.</summary>
    public (double Key, int Node) Pop()
    {
        Debug.Assert(Count > 0, "not empty");
        if (_sizes[0] == 0)
        {
            int b = 1;
            while (_sizes[b] == 0)
            {
                b++;
            }

            ulong[] keys = _keys[b];
            int[] nodes = _nodes[b];
            int size = _sizes[b];
            ulong min = ulong.MaxValue;
            for (int i = 0; i < size; i++)
            {
                min = Math.Min(min, keys[i]);
            }

            _last = min;
            _sizes[b] = 0;
            for (int i = 0; i < size; i++)
            {
                ulong k = keys[i];
                int nb = 64 - BitOperations.LeadingZeroCount(k ^ min);
                Debug.Assert(nb < b, "entries move down");
                int s = _sizes[nb];
                if (s == _keys[nb].Length)
                {
                    Array.Resize(ref _keys[nb], s * 2);
                    Array.Resize(ref _nodes[nb], s * 2);
                }

                _keys[nb][s] = k;
                _nodes[nb][s] = nodes[i];
                _sizes[nb] = s + 1;
            }
        }

        int top = --_sizes[0];
        Count--;
        return (BitConverter.Int64BitsToDouble((long)_keys[0][top]), _nodes[0][top]);
    }
}
