using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NetworkGraph.Graphs;

/// <summary>An immutable score per node (a centrality, a core number…), indexed like the graph's nodes and
/// looked up by node index or by node key.</summary>
/// <remarks>A score may be <see cref="double.NaN"/> where the measure is undefined for that node
/// (e.g. constraint of an isolated node). Enumerating yields every node in index order with its key and score.
/// <threadsafety static="true" instance="true"/></remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "One score per node: the name says what it holds.")]
public sealed class NodeScores : IReadOnlyCollection<NodeScore>
{
    private readonly double[] _values;

    internal NodeScores(NodeIndex nodes, double[] values)
    {
        if (nodes.Count != values.Length)
        {
            throw new ArgumentException($"There are {values.Length} scores for {nodes.Count} nodes.", nameof(values));
        }

        Nodes = nodes;
        _values = values;
    }

    /// <summary>Gets the nodes the scores belong to (the graph's <see cref="CsrGraph.Nodes"/>).</summary>
    public NodeIndex Nodes { get; }

    /// <summary>Gets the number of nodes.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the score of <paramref name="node"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="node"/> is not in <c>[0, Count)</c>.</exception>
    public double this[int node] => _values[node];

    /// <summary>Gets the score of the node with key <paramref name="key"/>.</summary>
    /// <remarks>O(1) expected (a hash look-up).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that key.</exception>
    public double this[string key] => _values[Nodes.IndexOf(key)];

    /// <summary>Looks the score of a node up by key.</summary>
    /// <returns><see langword="true"/> when a node has that key; <paramref name="score"/> is then its score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryGetValue(string key, out double score)
    {
        if (Nodes.TryGetIndex(key, out int node))
        {
            score = _values[node];
            return true;
        }

        score = double.NaN;
        return false;
    }

    /// <summary>Gets the <paramref name="count"/> highest scores, highest first; ties go to the lower node index and
    /// undefined (NaN) scores are left out.</summary>
    /// <remarks>O(n log k) with a bounded heap.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<NodeScore> Top(int count) => Pick(NodeRanking.Top(_values, count));

    /// <summary>Gets the <paramref name="count"/> lowest scores, lowest first (the brokers for constraint); ties go to the
    /// lower node index and undefined (NaN) scores are left out.</summary>
    /// <remarks>O(n log k) with a bounded heap.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<NodeScore> Bottom(int count) => Pick(NodeRanking.Bottom(_values, count));

    /// <summary>Gets all scores as a span.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>Copies the scores to a new array.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Enumerates every node in index order with its key and score.</summary>
    public IEnumerator<NodeScore> GetEnumerator()
    {
        for (int v = 0; v < _values.Length; v++)
        {
            yield return new NodeScore(v, Nodes[v], _values[v]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Creates scores for the nodes of <paramref name="graph"/> from values (copied).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">There is not one value per node.</exception>
    public static NodeScores From(CsrGraph graph, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new NodeScores(graph.Nodes, values.ToArray());
    }

    internal double[] Array => _values;

    private ImmutableArray<NodeScore> Pick(int[] nodes)
    {
        var picked = ImmutableArray.CreateBuilder<NodeScore>(nodes.Length);
        foreach (int v in nodes)
        {
            picked.Add(new NodeScore(v, Nodes[v], _values[v]));
        }

        return picked.MoveToImmutable();
    }
}
