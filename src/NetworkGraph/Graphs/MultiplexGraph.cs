using System.Collections.Immutable;

namespace NetworkGraph.Graphs;

/// <summary>
/// A multiplex network: named layers (e.g. <c>sending</c>, <c>receiving</c>, <c>exchange</c>, <c>referral</c>,
/// <c>all</c>), each a <see cref="CsrGraph"/> over one shared <see cref="NodeIndex"/>, so node numbers line up
/// across layers.
/// </summary>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed class MultiplexGraph
{
    private readonly ImmutableDictionary<string, CsrGraph> _layers;

    private MultiplexGraph(NodeIndex nodes, ImmutableArray<string> names, ImmutableDictionary<string, CsrGraph> layers)
    {
        Nodes = nodes;
        LayerNames = names;
        _layers = layers;
    }

    /// <summary>Gets the node set shared by every layer.</summary>
    public NodeIndex Nodes { get; }

    /// <summary>Gets the layer names, in the order they were given.</summary>
    public ImmutableArray<string> LayerNames { get; }

    /// <summary>Gets a layer by name.</summary>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    public CsrGraph this[string layer]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(layer);
            return _layers.TryGetValue(layer, out CsrGraph? graph)
                ? graph
                : throw new KeyNotFoundException($"Layer '{layer}' does not exist; layers are: {string.Join(", ", LayerNames)}.");
        }
    }

    /// <summary>Creates a multiplex network from layers that share one node set.</summary>
    /// <param name="nodes">The shared node set.</param>
    /// <param name="layers">Named layers, each built over <paramref name="nodes"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name repeats, or a layer has another node set.</exception>
    public static MultiplexGraph Create(NodeIndex nodes, IEnumerable<KeyValuePair<string, CsrGraph>> layers)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(layers);
        var names = ImmutableArray.CreateBuilder<string>();
        var map = ImmutableDictionary.CreateBuilder<string, CsrGraph>(StringComparer.Ordinal);
        foreach ((string name, CsrGraph graph) in layers)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(layers));
            ArgumentNullException.ThrowIfNull(graph, nameof(layers));
            if (!ReferenceEquals(graph.Nodes, nodes))
            {
                throw new ArgumentException($"Layer '{name}' is not built over the shared node set; build it with new CsrGraphBuilder(nodes, …).", nameof(layers));
            }

            if (!map.TryAdd(name, graph))
            {
                throw new ArgumentException($"Layer '{name}' is given twice.", nameof(layers));
            }

            names.Add(name);
        }

        return new MultiplexGraph(nodes, names.ToImmutable(), map.ToImmutable());
    }

    /// <summary>Tells whether a layer exists.</summary>
    public bool TryGetLayer(string layer, out CsrGraph? graph) => _layers.TryGetValue(layer, out graph);
}
