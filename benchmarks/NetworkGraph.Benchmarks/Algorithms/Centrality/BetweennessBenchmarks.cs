using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Algorithms.Centrality;

/// <summary>
/// Exact betweenness (Brandes, O(n·m) hops, O(n·m + n² log n) weighted) against Brandes written on QuikGraph's
/// breadth-first search, the baseline a .NET user has (QuikGraph ships no betweenness).
/// </summary>
/// <remarks>Graphs: Barabási–Albert with 5 edges per node (1 000 and 10 000 nodes, undirected) and the directed
/// 5-sector block model (5 000 nodes). <c>Weighted</c> uses 1/weight distances: the block model's weights 1–3, and
/// seeded weights 1–3 on the Barabási–Albert graphs.</remarks>
public class BetweennessBenchmarks
{
    private CsrGraph _graph = null!;
    private CsrGraph _weighted = null!;
    private QuikGraphBrandes _quik = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_1k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_1k", "sbm_5k", "ba_10k");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        _weighted = _graph.IsWeighted ? _graph : WithWeights(_graph, seed: 42);
        _quik = new QuikGraphBrandes(QuikGraphConvert.ToAdjacency(_graph), undirected: !_graph.IsDirected);
    }

    [Benchmark(Baseline = true, Description = "Brandes on QuikGraph BFS")]
    public double[] QuikGraphBetweenness() => _quik.Compute();

    [Benchmark(Description = "Centrality.Betweenness")]
    public NodeScores Hops() => NetworkGraph.Algorithms.Centrality.Betweenness(_graph);

    [Benchmark(Description = "Centrality.Betweenness weighted")]
    public NodeScores Weighted() => NetworkGraph.Algorithms.Centrality.Betweenness(_weighted, new BetweennessOptions { Weighted = true });

    [Benchmark(Description = "Centrality.EdgeBetweenness")]
    public EdgeScores EdgeHops() => NetworkGraph.Algorithms.Centrality.EdgeBetweenness(_graph);

    /// <summary>The same edges with seeded integer weights 1–3.</summary>
    private static CsrGraph WithWeights(CsrGraph graph, int seed)
    {
        var rng = new Random(seed);
        var builder = new CsrGraphBuilder(graph.Nodes, graph.IsDirected);
        foreach (Edge e in graph.Edges())
        {
            builder.AddEdge(e.Source, e.Target, 1 + rng.Next(3));
        }

        return builder.Build();
    }
}
