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
    private readonly Entry[][] _buckets = new Entry[65][];
    private readonly int[] _sizes = new int[65];
    private ulong _last;

    public RadixHeap()
    {
        for (int b = 0; b < 65; b++)
        {
            _buckets[b] = new Entry[16];
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
        Add(64 - BitOperations.LeadingZeroCount(bits ^ _last), new Entry(bits, node));
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

            Entry[] entries = _buckets[b];
            int size = _sizes[b];
            ulong min = ulong.MaxValue;
            for (int i = 0; i < size; i++)
            {
                min = Math.Min(min, entries[i].Key);
            }

            _last = min;
            _sizes[b] = 0;
            for (int i = 0; i < size; i++)
            {
                Entry e = entries[i];
                int nb = 64 - BitOperations.LeadingZeroCount(e.Key ^ min);
                Debug.Assert(nb < b, "entries move down");
                Add(nb, e);
            }
        }

        Entry top = _buckets[0][--_sizes[0]];
        Count--;
        return (BitConverter.Int64BitsToDouble((long)top.Key), top.Node);
    }

    private void Add(int bucket, Entry entry)
    {
        Entry[] entries = _buckets[bucket];
        int size = _sizes[bucket];
        if ((uint)size >= (uint)entries.Length)
        {
            Array.Resize(ref _buckets[bucket], size * 2);
            entries = _buckets[bucket];
        }

        entries[size] = entry;
        _sizes[bucket] = size + 1;
    }

    private readonly record struct Entry(ulong Key, int Node);
}
