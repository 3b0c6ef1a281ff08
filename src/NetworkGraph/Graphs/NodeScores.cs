namespace NetworkGraph.Graphs;

/// <summary>An immutable score per node (a centrality, a core number…), indexed like the graph's nodes.</summary>
/// <remarks>A score may be <see cref="double.NaN"/> where the measure is undefined for that node
/// (e.g. constraint of an isolated node). <threadsafety static="true" instance="true"/></remarks>
public sealed class NodeScores
{
    private readonly double[] _values;

    internal NodeScores(double[] values) => _values = values;

    /// <summary>Gets the number of nodes.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the score of <paramref name="node"/>.</summary>
    public double this[int node] => _values[node];

    /// <summary>Gets all scores as a span.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>Copies the scores to a new array.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Creates scores from values (copied).</summary>
    public static NodeScores From(ReadOnlySpan<double> values) => new(values.ToArray());

    internal double[] Array => _values;
}
