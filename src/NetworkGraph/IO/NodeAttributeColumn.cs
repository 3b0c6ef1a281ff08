using System.Collections.Immutable;

namespace NetworkGraph.IO;

/// <summary>
/// One attribute per node (a centrality, a community label, an actor's setting…), for the GraphML and GEXF
/// writers: a name, a value type, and a value or nothing for each node, indexed like the graph's nodes.
/// </summary>
/// <remarks><para>A missing value (<see cref="double.NaN"/> or <see langword="null"/>) is omitted from the output.</para>
/// <para><threadsafety static="true" instance="true"/></para></remarks>
public sealed class NodeAttributeColumn
{
    private readonly ImmutableArray<double> _doubles;
    private readonly ImmutableArray<string?> _strings;

    private NodeAttributeColumn(string name, ImmutableArray<double> doubles, ImmutableArray<string?> strings, NodeAttributeType type)
    {
        Name = name;
        Type = type;
        _doubles = doubles;
        _strings = strings;
    }

    /// <summary>Gets the attribute name (e.g. <c>betweenness</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the value type.</summary>
    public NodeAttributeType Type { get; }

    /// <summary>Gets the number of values (one per node).</summary>
    public int Count => Type == NodeAttributeType.Double ? _doubles.Length : _strings.Length;

    /// <summary>Creates a numeric column; <see cref="double.NaN"/> marks a missing value.</summary>
    /// <param name="name">The attribute name, not empty.</param>
    /// <param name="values">One value per node.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    public static NodeAttributeColumn FromDoubles(string name, IEnumerable<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        return new NodeAttributeColumn(name, [.. values], default, NodeAttributeType.Double);
    }

    /// <summary>Creates a string column; <see langword="null"/> marks a missing value.</summary>
    /// <param name="name">The attribute name, not empty.</param>
    /// <param name="values">One value per node.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    public static NodeAttributeColumn FromStrings(string name, IEnumerable<string?> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        return new NodeAttributeColumn(name, default, [.. values], NodeAttributeType.String);
    }

    /// <summary>Gets the numeric value of a node.</summary>
    /// <returns><see langword="false"/> when the value is missing or the column holds strings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not in <c>[0, Count)</c>.</exception>
    public bool TryGetDouble(int node, out double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, Count);
        value = Type == NodeAttributeType.Double ? _doubles[node] : double.NaN;
        return !double.IsNaN(value);
    }

    /// <summary>Gets the string value of a node.</summary>
    /// <returns><see langword="false"/> when the value is missing or the column holds numbers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not in <c>[0, Count)</c>.</exception>
    public bool TryGetString(int node, out string value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, Count);
        string? s = Type == NodeAttributeType.String ? _strings[node] : null;
        value = s ?? string.Empty;
        return s is not null;
    }
}
