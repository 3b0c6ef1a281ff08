namespace NetworkGraph.Graphs;

/// <summary>The score of one node: its index, its key and the value.</summary>
/// <param name="Node">The node's index in the graph.</param>
/// <param name="Key">The node's key (<see cref="NodeIndex"/>).</param>
/// <param name="Value">The score; <see cref="double.NaN"/> where the measure is undefined for the node.</param>
public readonly record struct NodeScore(int Node, string Key, double Value);
