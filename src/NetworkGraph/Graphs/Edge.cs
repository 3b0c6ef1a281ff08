namespace NetworkGraph.Graphs;

/// <summary>An edge of a <see cref="CsrGraph"/>: two node indices and a weight.</summary>
/// <param name="Source">The source node (the smaller index for undirected edges).</param>
/// <param name="Target">The target node.</param>
/// <param name="Weight">The weight (1 for unweighted graphs).</param>
public readonly record struct Edge(int Source, int Target, double Weight);
