namespace NetworkGraph.Graphs;

/// <summary>How <see cref="CsrGraphBuilder"/> merges a tie added more than once.</summary>
public enum EdgeMerge
{
    /// <summary>Keep the largest weight (survey ties: a tie reported several times keeps its strongest report).</summary>
    Max = 0,

    /// <summary>Keep the weight added last (as NetworkX's <c>add_edge</c> and <c>read_edgelist</c> do).</summary>
    Last = 1,

    /// <summary>Add the weights up (counts, e.g. shared patients).</summary>
    Sum = 2,
}
