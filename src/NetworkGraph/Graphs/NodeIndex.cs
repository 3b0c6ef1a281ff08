using System.Collections.Immutable;

namespace NetworkGraph.Graphs;

/// <summary>
/// The node set of a graph: maps each node key (an actor id, a token of an edge list) to a dense
/// index <c>0 … Count − 1</c> in first-appearance order, and back.
/// </summary>
/// <remarks>
/// <para>Immutable once built. Several <see cref="CsrGraph"/> layers of a <see cref="MultiplexGraph"/>
/// share one index, so node numbers line up across layers.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class NodeIndex
{
    private readonly string[] _keys;
    private readonly Dictionary<string, int> _lookup;

    internal NodeIndex(string[] keys, Dictionary<string, int> lookup)
    {
        System.Diagnostics.Debug.Assert(keys.Length == lookup.Count, "keys and lookup disagree");
        _keys = keys;
        _lookup = lookup;
    }

    /// <summary>Creates an index over the given keys, in the given order.</summary>
    /// <param name="keys">Distinct, non-null node keys.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A key occurs twice.</exception>
    public static NodeIndex Create(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = new List<string>();
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            if (!lookup.TryAdd(key, list.Count))
            {
                throw new ArgumentException($"Node key '{key}' occurs twice; keys must be distinct.", nameof(keys));
            }

            list.Add(key);
        }

        return new NodeIndex([.. list], lookup);
    }

    /// <summary>Gets the number of nodes.</summary>
    public int Count => _keys.Length;

    /// <summary>Gets the key of node <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not in <c>[0, Count)</c>.</exception>
    public string this[int node]
    {
        get
        {
            if ((uint)node >= (uint)_keys.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(node), node, $"Node {node} is not in the graph ({_keys.Length} nodes).");
            }

            return _keys[node];
        }
    }

    /// <summary>Gets all keys, indexed by node.</summary>
    public ImmutableArray<string> Keys => ImmutableArray.Create(_keys);

    /// <summary>Looks a key up.</summary>
    /// <returns><see langword="true"/> when the key is a node of this index.</returns>
    public bool TryGetIndex(string key, out int node)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _lookup.TryGetValue(key, out node);
    }

    /// <summary>Gets the index of a key.</summary>
    /// <exception cref="KeyNotFoundException">The key is not a node of this index.</exception>
    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _lookup.TryGetValue(key, out int node)
            ? node
            : throw new KeyNotFoundException($"Node '{key}' is not in the graph ({_keys.Length} nodes).");
    }

    internal string[] KeyArray => _keys;
}
