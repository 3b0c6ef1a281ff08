using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Graphs;

/// <summary>
/// An immutable graph in compressed sparse row form: for each node, its neighbours as one contiguous,
/// sorted run of <see cref="int"/> indices, with optional <see cref="double"/> weights alongside.
/// </summary>
/// <remarks>
/// <para>Nodes are the dense indices <c>0 … NodeCount − 1</c> of <see cref="Nodes"/>. A directed graph keeps
/// both out- and in-adjacency (so pull-based algorithms read in-edges contiguously); an undirected graph
/// stores each edge in both endpoints' rows and its in-adjacency is its out-adjacency. Rows are sorted by
/// neighbour index and hold no repeated neighbour and no self-loop.</para>
/// <para>Memory: <c>4(n + 1) + 12·a</c> bytes per direction for <c>a</c> stored arcs with weights, <c>4·a</c>
/// without (an unweighted graph stores no weights at all).</para>
/// <para>Build one with <see cref="CsrGraphBuilder"/>. <threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class CsrGraph
{
    private readonly int[] _outOffsets;
    private readonly int[] _outTargets;
    private readonly double[]? _outWeights;
    private readonly int[] _inOffsets;
    private readonly int[] _inTargets;
    private readonly double[]? _inWeights;
    private double[]? _ones;

    private CsrGraph(
        NodeIndex nodes,
        bool directed,
        int[] outOffsets,
        int[] outTargets,
        double[]? outWeights,
        int[] inOffsets,
        int[] inTargets,
        double[]? inWeights)
    {
        Debug.Assert(outOffsets.Length == nodes.Count + 1, "one offset per node plus one");
        Debug.Assert(outOffsets[^1] == outTargets.Length, "offsets end at the arc count");
        Debug.Assert(outWeights is null || outWeights.Length == outTargets.Length, "one weight per arc");
        Debug.Assert(inOffsets.Length == nodes.Count + 1 && inOffsets[^1] == inTargets.Length, "in-offsets");
        Debug.Assert(directed || (ReferenceEquals(outTargets, inTargets) && ReferenceEquals(outOffsets, inOffsets)), "undirected shares rows");
        Nodes = nodes;
        IsDirected = directed;
        _outOffsets = outOffsets;
        _outTargets = outTargets;
        _outWeights = outWeights;
        _inOffsets = inOffsets;
        _inTargets = inTargets;
        _inWeights = inWeights;
    }

    /// <summary>Gets the node set (keys in first-appearance order).</summary>
    public NodeIndex Nodes { get; }

    /// <summary>Gets a value indicating whether edges have a direction.</summary>
    public bool IsDirected { get; }

    /// <summary>Gets a value indicating whether edges carry weights (otherwise every weight is 1).</summary>
    public bool IsWeighted => _outWeights is not null;

    /// <summary>Gets the number of nodes <c>n</c>.</summary>
    public int NodeCount => _outOffsets.Length - 1;

    /// <summary>Gets the number of edges <c>m</c>: arcs when directed, undirected edges (each counted once) otherwise.</summary>
    public long EdgeCount => IsDirected ? _outTargets.Length : _outTargets.Length / 2;

    /// <summary>Gets the number of stored arcs (<c>m</c> directed, <c>2m</c> undirected).</summary>
    public int ArcCount => _outTargets.Length;

    /// <summary>Gets the out-neighbours of <paramref name="node"/> (all neighbours when undirected), sorted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> OutNeighbors(int node)
    {
        CheckNode(node);
        return new ReadOnlySpan<int>(_outTargets, _outOffsets[node], _outOffsets[node + 1] - _outOffsets[node]);
    }

    /// <summary>Gets the in-neighbours of <paramref name="node"/> (all neighbours when undirected), sorted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InNeighbors(int node)
    {
        CheckNode(node);
        return new ReadOnlySpan<int>(_inTargets, _inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);
    }

    /// <summary>Gets the neighbours of <paramref name="node"/>: same as <see cref="OutNeighbors"/>.</summary>
    public ReadOnlySpan<int> Neighbors(int node) => OutNeighbors(node);

    /// <summary>Gets the weights of the arcs of <see cref="OutNeighbors"/>, in the same order (ones when unweighted).</summary>
    public ReadOnlySpan<double> OutWeights(int node)
    {
        CheckNode(node);
        int start = _outOffsets[node], count = _outOffsets[node + 1] - start;
        return _outWeights is null ? Ones(count) : new ReadOnlySpan<double>(_outWeights, start, count);
    }

    /// <summary>Gets the weights of the arcs of <see cref="InNeighbors"/>, in the same order (ones when unweighted).</summary>
    public ReadOnlySpan<double> InWeights(int node)
    {
        CheckNode(node);
        int start = _inOffsets[node], count = _inOffsets[node + 1] - start;
        return _inWeights is null ? Ones(count) : new ReadOnlySpan<double>(_inWeights, start, count);
    }

    /// <summary>Gets the number of out-neighbours (neighbours when undirected).</summary>
    public int OutDegree(int node)
    {
        CheckNode(node);
        return _outOffsets[node + 1] - _outOffsets[node];
    }

    /// <summary>Gets the number of in-neighbours (neighbours when undirected).</summary>
    public int InDegree(int node)
    {
        CheckNode(node);
        return _inOffsets[node + 1] - _inOffsets[node];
    }

    /// <summary>Gets the degree as NetworkX counts it: in + out when directed, neighbours when undirected.</summary>
    public int Degree(int node) => IsDirected ? OutDegree(node) + InDegree(node) : OutDegree(node);

    /// <summary>Counts the nodes without any edge (degree 0). O(n).</summary>
    public int IsolatedCount()
    {
        int isolated = 0;
        for (int v = 0; v < NodeCount; v++)
        {
            if (_outOffsets[v + 1] == _outOffsets[v] && _inOffsets[v + 1] == _inOffsets[v])
            {
                isolated++;
            }
        }

        return isolated;
    }

    /// <summary>Tells whether the arc <paramref name="source"/> → <paramref name="target"/> exists (either way when undirected).</summary>
    /// <remarks>Binary search: O(log deg).</remarks>
    public bool HasEdge(int source, int target)
    {
        CheckNode(source);
        CheckNode(target);
        return FindArc(source, target) >= 0;
    }

    /// <summary>Gets the weight of the arc <paramref name="source"/> → <paramref name="target"/>.</summary>
    /// <returns><see langword="true"/> when the arc exists.</returns>
    public bool TryGetWeight(int source, int target, out double weight)
    {
        CheckNode(source);
        CheckNode(target);
        int arc = FindArc(source, target);
        weight = arc < 0 ? 0 : _outWeights?[arc] ?? 1.0;
        return arc >= 0;
    }

    /// <summary>Enumerates every edge once: directed arcs, or undirected edges with <c>Source &lt; Target</c>.</summary>
    public IEnumerable<Edge> Edges()
    {
        for (int u = 0; u < NodeCount; u++)
        {
            for (int a = _outOffsets[u]; a < _outOffsets[u + 1]; a++)
            {
                int v = _outTargets[a];
                if (IsDirected || u < v)
                {
                    yield return new Edge(u, v, _outWeights?[a] ?? 1.0);
                }
            }
        }
    }

    /// <summary>Returns the undirected graph with an edge wherever this graph has an arc either way.</summary>
    /// <remarks>When both directions exist the larger weight is kept. O(n + m). Returns this graph when it is already undirected.</remarks>
    public CsrGraph ToUndirected()
    {
        if (!IsDirected)
        {
            return this;
        }

        var builder = new CsrGraphBuilder(Nodes, directed: false, EdgeMerge.Max);
        builder.AddArcs(_outOffsets, _outTargets, _outWeights);
        return builder.Build();
    }

    /// <summary>Returns the graph with every arc reversed (the same graph when undirected). O(1): the rows are swapped.</summary>
    public CsrGraph Reverse() => IsDirected
        ? new CsrGraph(Nodes, true, _inOffsets, _inTargets, _inWeights, _outOffsets, _outTargets, _outWeights)
        : this;

    /// <summary>Returns the same edges without weights (every weight 1). O(1) when already unweighted.</summary>
    public CsrGraph WithoutWeights() => IsWeighted
        ? new CsrGraph(Nodes, IsDirected, _outOffsets, _outTargets, null, _inOffsets, _inTargets, null)
        : this;

    /// <inheritdoc/>
    public override string ToString() =>
        $"CsrGraph({(IsDirected ? "directed" : "undirected")}, {(IsWeighted ? "weighted" : "unweighted")}, n={NodeCount}, m={EdgeCount})";

    // ---- raw arrays, for the algorithms of this assembly only ----
    internal int[] OutOffsetArray => _outOffsets;

    internal int[] OutTargetArray => _outTargets;

    internal double[]? OutWeightArray => _outWeights;

    internal int[] InOffsetArray => _inOffsets;

    internal int[] InTargetArray => _inTargets;

    internal double[]? InWeightArray => _inWeights;

    internal static CsrGraph FromRows(NodeIndex nodes, bool directed, int[] outOffsets, int[] outTargets, double[]? outWeights, int[] inOffsets, int[] inTargets, double[]? inWeights)
        => new(nodes, directed, outOffsets, outTargets, outWeights, inOffsets, inTargets, inWeights);

    internal int FindArc(int source, int target)
    {
        int lo = _outOffsets[source];
        int idx = _outTargets.AsSpan(lo, _outOffsets[source + 1] - lo).BinarySearch(target);
        return idx >= 0 ? lo + idx : -1;
    }

    private ReadOnlySpan<double> Ones(int count)
    {
        double[]? ones = _ones;
        if (ones is null || ones.Length < count)
        {
            int max = 0;
            for (int v = 0; v < NodeCount; v++)
            {
                max = Math.Max(max, Math.Max(_outOffsets[v + 1] - _outOffsets[v], _inOffsets[v + 1] - _inOffsets[v]));
            }

            ones = new double[max];
            Array.Fill(ones, 1.0);
            _ones = ones;
        }

        return new ReadOnlySpan<double>(ones, 0, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckNode(int node)
    {
        if ((uint)node >= (uint)NodeCount)
        {
            ThrowNode(node);
        }
    }

    private void ThrowNode(int node) =>
        throw new ArgumentOutOfRangeException(nameof(node), node, $"Node {node} is not in the graph ({NodeCount} nodes).");
}
