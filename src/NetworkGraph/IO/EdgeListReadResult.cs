using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>A graph read by <see cref="EdgeListReader"/>, with what the reader saw on the way.</summary>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed record EdgeListReadResult
{
    internal EdgeListReadResult(CsrGraph graph, long lines, long edgeLines, long nodeLines, long selfLoops)
    {
        Graph = graph;
        Lines = lines;
        EdgeLines = edgeLines;
        NodeLines = nodeLines;
        SelfLoops = selfLoops;
    }

    /// <summary>Gets the graph.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Gets the number of lines in the file (blank and comment lines included).</summary>
    public long Lines { get; }

    /// <summary>Gets the number of lines holding an edge (<c>source target [weight]</c>), self-loops and repeats included.</summary>
    public long EdgeLines { get; }

    /// <summary>Gets the number of lines holding a single id (a node declaration).</summary>
    public long NodeLines { get; }

    /// <summary>Gets the number of edge lines whose source and target are the same node; they are dropped.</summary>
    public long SelfLoops { get; }

    /// <summary>
    /// Gets the number of edge lines that repeated an edge already read (the last weight wins); in an
    /// undirected graph <c>a b</c> and <c>b a</c> are the same edge.
    /// </summary>
    public long RepeatedEdges => EdgeLines - SelfLoops - Graph.EdgeCount;
}
