using System.Diagnostics;

namespace NetworkGraph.Algorithms;

/// <summary>A 4-ary min-heap of nodes keyed by distance, with decrease-key, for Dijkstra's algorithm in betweenness.</summary>
/// <remarks>Each node is in one of three states: never inserted, in the heap, or settled (popped). Popping and
/// inserting cost O(log n); <see cref="Forget"/> returns a node to "never inserted" so a buffer serves many sources.</remarks>
internal sealed class IndexedHeap
{
    private const int Unseen = -1;
    private const int Settled = -2;

    private readonly int[] _pos;
    private readonly int[] _nodes;
    private readonly double[] _keys;

    public IndexedHeap(int capacity)
    {
        _pos = new int[capacity];
        Array.Fill(_pos, Unseen);
        _nodes = new int[Math.Max(1, capacity)];
        _keys = new double[Math.Max(1, capacity)];
    }

    public int Count { get; private set; }

    public bool IsSettled(int node) => _pos[node] == Settled;

    public void Forget(int node) => _pos[node] = Unseen;

    public void Insert(int node, double key)
    {
        Debug.Assert(_pos[node] == Unseen, "inserted once");
        int i = Count++;
        SiftUp(i, node, key);
    }

    public void InsertOrDecrease(int node, double key)
    {
        int i = _pos[node];
        if (i == Unseen)
        {
            i = Count++;
        }

        Debug.Assert(i >= 0, "not settled");
        SiftUp(i, node, key);
    }

    public int PopMin()
    {
        Debug.Assert(Count > 0, "not empty");
        int top = _nodes[0];
        _pos[top] = Settled;
        int last = --Count;
        if (last > 0)
        {
            SiftDown(_nodes[last], _keys[last], last);
        }

        return top;
    }

    private void SiftUp(int i, int node, double key)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (_keys[parent] <= key)
            {
                break;
            }

            _nodes[i] = _nodes[parent];
            _keys[i] = _keys[parent];
            _pos[_nodes[i]] = i;
            i = parent;
        }

        _nodes[i] = node;
        _keys[i] = key;
        _pos[node] = i;
    }

    private void SiftDown(int node, double key, int count)
    {
        int i = 0;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            double bestKey = _keys[first];
            int end = Math.Min(first + 4, count);
            for (int c = first + 1; c < end; c++)
            {
                if (_keys[c] < bestKey)
                {
                    best = c;
                    bestKey = _keys[c];
                }
            }

            if (bestKey >= key)
            {
                break;
            }

            _nodes[i] = _nodes[best];
            _keys[i] = bestKey;
            _pos[_nodes[i]] = i;
            i = best;
        }

        _nodes[i] = node;
        _keys[i] = key;
        _pos[node] = i;
    }
}
