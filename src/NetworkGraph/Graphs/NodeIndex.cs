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
    private readonly string[]? _keys;
    private readonly Dictionary<string, int>? _lookup;
    private readonly Utf8NodeKeys? _utf8;

    internal NodeIndex(string[] keys, Dictionary<string, int> lookup)
    {
        System.Diagnostics.Debug.Assert(keys.Length == lookup.Count, "keys and lookup disagree");
        _keys = keys;
        _lookup = lookup;
    }

    /// <summary>An index over keys kept as UTF-8 (graphs read from files), strings made on demand.</summary>
    internal NodeIndex(Utf8NodeKeys keys) => _utf8 = keys;

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
    public int Count => _keys?.Length ?? _utf8!.Count;

    /// <summary>Gets the key of node <paramref name="node"/>.</summary>
    /// <remarks>For a graph read from a file the keys are kept as UTF-8 and each call decodes a new string.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not in <c>[0, Count)</c>.</exception>
    public string this[int node]
    {
        get
        {
            if (node < 0 || node >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(node), node, $"Node {node} is not in the graph ({Count} nodes).");
            }

            return _keys?[node] ?? _utf8!.GetString(node);
        }
    }

    /// <summary>Gets all keys, indexed by node.</summary>
    /// <remarks>O(n); for a graph read from a file this decodes every key into a new array.</remarks>
    public ImmutableArray<string> Keys => _keys is not null ? ImmutableArray.Create(_keys) : ImmutableArray.Create(DecodeAll());

    /// <summary>Looks a key up.</summary>
    /// <returns><see langword="true"/> when the key is a node of this index.</returns>
    public bool TryGetIndex(string key, out int node)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_lookup is not null)
        {
            return _lookup.TryGetValue(key, out node);
        }

        node = _utf8!.Find(key);
        if (node >= 0)
        {
            return true;
        }

        node = 0;
        return false;
    }

    /// <summary>Gets the index of a key.</summary>
    /// <exception cref="KeyNotFoundException">The key is not a node of this index.</exception>
    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetIndex(key, out int node)
            ? node
            : throw new KeyNotFoundException($"Node '{key}' is not in the graph ({Count} nodes).");
    }

    /// <summary>The keys as one UTF-8 arena and n + 1 start offsets (shared, not copied, when kept that way).</summary>
    internal (byte[] Arena, int[] Starts) ToUtf8()
    {
        if (_utf8 is not null)
        {
            return (_utf8.Arena, _utf8.Starts);
        }

        string[] keys = _keys!;
        int[] starts = new int[keys.Length + 1];
        long total = 0;
        for (int v = 0; v < keys.Length; v++)
        {
            total += System.Text.Encoding.UTF8.GetByteCount(keys[v]);
            if (total > Array.MaxLength)
            {
                throw new NotSupportedException($"The node keys take more than {Array.MaxLength} bytes of UTF-8.");
            }

            starts[v + 1] = (int)total;
        }

        byte[] arena = new byte[total];
        for (int v = 0; v < keys.Length; v++)
        {
            System.Text.Encoding.UTF8.GetBytes(keys[v], arena.AsSpan(starts[v]));
        }

        return (arena, starts);
    }

    private string[] DecodeAll()
    {
        string[] keys = new string[_utf8!.Count];
        for (int v = 0; v < keys.Length; v++)
        {
            keys[v] = _utf8.GetString(v);
        }

        return keys;
    }
}
