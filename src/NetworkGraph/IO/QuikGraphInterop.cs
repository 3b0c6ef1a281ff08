using System.Collections.Immutable;
using NetworkGraph.Graphs;
using QuikGraph;

namespace NetworkGraph.IO;

/// <summary>Converts between <see cref="CsrGraph"/> and QuikGraph's graphs (vertices are the node keys, weights are edge tags).</summary>
/// <remarks>
/// <para>To QuikGraph: O(n + m); every node becomes a vertex (isolated nodes included, in index order) and every edge
/// a <see cref="TaggedEdge{TVertex, TTag}"/> tagged with its weight (1 when unweighted), undirected edges once
/// (source = the lower node index). From QuikGraph: O(n + m) plus the builder's row sort; vertices become nodes in
/// vertex enumeration order, repeated edges keep the weight seen last (as the edge-list reader), self-loops are
/// dropped, and the graph is weighted when a weight differs from 1.</para>
/// </remarks>
public static class QuikGraphInterop
{
    /// <summary>Converts a directed graph to a <see cref="BidirectionalGraph{TVertex, TEdge}"/> (in- and out-edges, like the CSR).</summary>
    /// <param name="graph">A directed graph.</param>
    /// <returns>A new QuikGraph graph with string vertices and weight-tagged edges.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="graph"/> is undirected: use <see cref="ToUndirectedQuikGraph"/>.</exception>
    public static BidirectionalGraph<string, TaggedEdge<string, double>> ToQuikGraph(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            throw new ArgumentException("The graph is undirected; use ToUndirectedQuikGraph.", nameof(graph));
        }

        var result = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false, graph.NodeCount);
        Fill(graph, result);
        return result;
    }

    /// <summary>Converts an undirected graph to an <see cref="UndirectedGraph{TVertex, TEdge}"/>.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <returns>A new QuikGraph graph with string vertices and weight-tagged edges, each edge once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="graph"/> is directed: use <see cref="ToQuikGraph"/>.</exception>
    public static UndirectedGraph<string, TaggedEdge<string, double>> ToUndirectedQuikGraph(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new ArgumentException("The graph is directed; use ToQuikGraph.", nameof(graph));
        }

        var result = new UndirectedGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false);
        Fill(graph, result);
        return result;
    }

    /// <summary>Converts a directed QuikGraph graph to a directed <see cref="CsrGraph"/>.</summary>
    /// <typeparam name="TVertex">The vertex type.</typeparam>
    /// <typeparam name="TEdge">The edge type.</typeparam>
    /// <param name="graph">The graph (e.g. an <see cref="AdjacencyGraph{TVertex, TEdge}"/> or a <see cref="BidirectionalGraph{TVertex, TEdge}"/>).</param>
    /// <param name="key">The node key of a vertex; distinct vertices need distinct keys.</param>
    /// <param name="weight">The weight of an edge (a positive finite number); <see langword="null"/> for 1.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="key"/> is null, or <paramref name="key"/> returns null.</exception>
    /// <exception cref="ArgumentException">Two vertices have the same key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> returns a number that is not positive and finite.</exception>
    public static CsrGraph FromQuikGraph<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TVertex, string> key, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
        => Convert(graph, key, weight, directed: true);

    /// <summary>Converts an undirected QuikGraph graph (or any edge list read as undirected) to an undirected <see cref="CsrGraph"/>.</summary>
    /// <typeparam name="TVertex">The vertex type.</typeparam>
    /// <typeparam name="TEdge">The edge type.</typeparam>
    /// <param name="graph">The graph (e.g. an <see cref="UndirectedGraph{TVertex, TEdge}"/>).</param>
    /// <param name="key">The node key of a vertex; distinct vertices need distinct keys.</param>
    /// <param name="weight">The weight of an edge (a positive finite number); <see langword="null"/> for 1.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="key"/> is null, or <paramref name="key"/> returns null.</exception>
    /// <exception cref="ArgumentException">Two vertices have the same key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> returns a number that is not positive and finite.</exception>
    public static CsrGraph FromUndirectedQuikGraph<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TVertex, string> key, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
        => Convert(graph, key, weight, directed: false);

    private static CsrGraph Convert<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TVertex, string> key, Func<TEdge, double>? weight, bool directed)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(key);
        var builder = new CsrGraphBuilder(directed, EdgeMerge.Last);
        var index = new Dictionary<TVertex, int>();
        foreach (TVertex vertex in graph.Vertices)
        {
            string k = key(vertex) ?? throw new ArgumentNullException(nameof(key), "The key function returned null.");
            int before = builder.NodeCount;
            int node = builder.AddNode(k);
            if (node < before)
            {
                throw new ArgumentException($"Two vertices have the key '{k}'; keys must be distinct.", nameof(key));
            }

            index.Add(vertex, node);
        }

        foreach (TEdge edge in graph.Edges)
        {
            builder.AddEdge(index[edge.Source], index[edge.Target], weight?.Invoke(edge) ?? 1.0);
        }

        return builder.Build();
    }

    private static void Fill<TGraph>(CsrGraph graph, TGraph result)
        where TGraph : IMutableVertexAndEdgeSet<string, TaggedEdge<string, double>>
    {
        ImmutableArray<string> keys = graph.Nodes.Keys;
        result.AddVertexRange(keys);
        foreach (Edge e in graph.Edges())
        {
            result.AddEdge(new TaggedEdge<string, double>(keys[e.Source], keys[e.Target], e.Weight));
        }
    }
}
