namespace NetworkGraph.Graphs;

/// <summary>
/// Builds a <see cref="CsrGraph"/> from node keys and edges, once.
/// </summary>
/// <remarks>
/// <para>Nodes get dense indices in first-appearance order. Edges are validated as they are added
/// (known nodes, positive finite weight) and kept in chunked buffers, with no per-edge object.
/// <see cref="Build"/> sorts them into rows with a counting sort (O(n + m)), sorts each row, merges
/// repeated ties by <see cref="EdgeMerge"/>, and drops self-loops (counted in <see cref="SelfLoopsDropped"/>).
/// The graph is weighted when any weight differs from 1.</para>
/// <para>Not thread-safe. A builder builds one graph: adding to it or building again after
/// <see cref="Build"/> throws <see cref="InvalidOperationException"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var builder = new CsrGraphBuilder(directed: false);
/// int gp = builder.AddNode("gp-verviers"), ward = builder.AddNode("psy-ward");
/// builder.AddEdge(gp, ward, weight: 3.0);
/// CsrGraph graph = builder.Build();
/// </code>
/// </example>
public sealed partial class CsrGraphBuilder
{
    private readonly List<string>? _keys;
    private readonly Dictionary<string, int>? _lookup;
    private readonly NodeIndex? _fixedNodes;
    private readonly EdgeBuffer _edges = new();
    private bool _built;

    /// <summary>Creates a builder whose nodes are added with <see cref="AddNode"/> (or implicitly by key).</summary>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="merge">How a tie added more than once is merged.</param>
    public CsrGraphBuilder(bool directed, EdgeMerge merge = EdgeMerge.Max)
    {
        IsDirected = directed;
        Merge = merge;
        _keys = [];
        _lookup = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>Creates a builder over a fixed node set (e.g. one layer of a <see cref="MultiplexGraph"/>).</summary>
    /// <param name="nodes">The node set; <see cref="AddNode"/> only looks keys up.</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="merge">How a tie added more than once is merged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> is null.</exception>
    public CsrGraphBuilder(NodeIndex nodes, bool directed, EdgeMerge merge = EdgeMerge.Max)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        _fixedNodes = nodes;
        IsDirected = directed;
        Merge = merge;
    }

    /// <summary>Gets a value indicating whether the graph being built is directed.</summary>
    public bool IsDirected { get; }

    /// <summary>Gets how repeated ties are merged.</summary>
    public EdgeMerge Merge { get; }

    /// <summary>Gets the number of nodes so far.</summary>
    public int NodeCount => _fixedNodes?.Count ?? _keys!.Count;

    /// <summary>Gets the number of edges added so far (before merging repeated ties and dropping self-loops).</summary>
    public long EdgesAdded => _edges.Count;

    /// <summary>Gets the number of self-loops dropped by <see cref="Build"/> (0 before it).</summary>
    public long SelfLoopsDropped { get; private set; }

    /// <summary>Adds a node, or finds it when the key is already known.</summary>
    /// <returns>The node's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The builder has a fixed node set that lacks <paramref name="key"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public int AddNode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ThrowIfBuilt();
        if (_fixedNodes is not null)
        {
            return _fixedNodes.IndexOf(key);
        }

        if (_lookup!.TryGetValue(key, out int node))
        {
            return node;
        }

        node = _keys!.Count;
        _lookup.Add(key, node);
        _keys.Add(key);
        return node;
    }

    /// <summary>Adds an edge between two nodes given by key (adding the nodes when new).</summary>
    /// <exception cref="ArgumentNullException">A key is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not a positive finite number.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public void AddEdge(string source, string target, double weight = 1.0)
    {
        int s = AddNode(source);
        int t = AddNode(target);
        AddEdge(s, t, weight);
    }

    /// <summary>Adds an edge between two nodes given by index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A node is not in the graph, or <paramref name="weight"/> is not a positive finite number.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public void AddEdge(int source, int target, double weight = 1.0)
    {
        ThrowIfBuilt();
        int n = NodeCount;
        if (unchecked((uint)source >= (uint)n))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, $"Node {source} is not in the graph ({n} nodes).");
        }

        if (unchecked((uint)target >= (uint)n))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"Node {target} is not in the graph ({n} nodes).");
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Weight must be a positive finite number; was {weight}.");
        }

        AddUnchecked(source, target, weight);
    }

    /// <summary>Builds the graph. The builder is spent afterwards.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    /// <exception cref="NotSupportedException">More than <see cref="int.MaxValue"/> arcs would be stored.</exception>
    public CsrGraph Build()
    {
        ThrowIfBuilt();
        _built = true;
        NodeIndex nodes = _fixedNodes ?? new NodeIndex([.. _keys!], _lookup!);
        CsrRows rows = BuildRows(nodes.Count, IsDirected, Merge, _edges);
        SelfLoopsDropped = rows.SelfLoops;
        return rows.ToGraph(nodes);
    }

    /// <summary>Adds every arc of existing rows (used to derive graphs, e.g. the undirected view).</summary>
    internal void AddArcs(int[] offsets, int[] targets, double[]? weights)
    {
        int n = offsets.Length - 1;
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                AddUnchecked(u, targets[a], weights?[a] ?? 1.0);
            }
        }
    }

    /// <summary>Adds an arc that the caller has validated (bulk loaders).</summary>
    internal void AddUnchecked(int source, int target, double weight) => _edges.Add(source, target, weight);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static (int[] Offsets, int[] Targets, double[]? Weights) Transpose(int n, int[] offsets, int[] targets, double[]? weights)
    {
        int[] inOffsets = new int[n + 1];
        foreach (int t in targets)
        {
            inOffsets[t + 1]++;
        }

        for (int v = 0; v < n; v++)
        {
            inOffsets[v + 1] += inOffsets[v];
        }

        int[] inTargets = new int[targets.Length];
        double[]? inWeights = weights is null ? null : new double[targets.Length];
        int[] cursor = (int[])inOffsets.Clone();
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int b = cursor[targets[a]]++;
                inTargets[b] = u; // sources visited in increasing order: in-rows come out sorted
                if (inWeights is not null)
                {
                    inWeights[b] = weights![a];
                }
            }
        }

        return (inOffsets, inTargets, inWeights);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its graph; create a new builder for another graph.");
        }
    }
}
