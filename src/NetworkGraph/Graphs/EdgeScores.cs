namespace NetworkGraph.Graphs;

/// <summary>An immutable score per edge (an edge betweenness…), in the order of <see cref="CsrGraph.Edges"/>.</summary>
/// <remarks>Score <c>i</c> belongs to the <c>i</c>-th edge that <see cref="CsrGraph.Edges"/> enumerates: arcs in row
/// order when directed, edges with <c>Source &lt; Target</c> in row order when undirected.
/// <threadsafety static="true" instance="true"/></remarks>
public sealed class EdgeScores
{
    private readonly double[] _values;

    internal EdgeScores(double[] values) => _values = values;

    /// <summary>Gets the number of edges.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the score of the <paramref name="edge"/>-th edge of <see cref="CsrGraph.Edges"/>.</summary>
    /// <param name="edge">The edge's position in <see cref="CsrGraph.Edges"/>.</param>
    public double this[int edge] => _values[edge];

    /// <summary>Gets all scores as a span.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>Copies the scores to a new array.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Creates scores from values (copied).</summary>
    /// <param name="values">One score per edge, in <see cref="CsrGraph.Edges"/> order.</param>
    public static EdgeScores From(ReadOnlySpan<double> values) => new(values.ToArray());

    internal double[] Array => _values;
}
