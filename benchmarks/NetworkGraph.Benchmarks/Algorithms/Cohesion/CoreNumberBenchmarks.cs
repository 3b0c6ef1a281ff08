using BenchmarkDotNet.Attributes;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;

namespace NetworkGraph.Benchmarks.Algorithms.Cohesion;

/// <summary>k-core decomposition against the Batagelj–Zaversnik algorithm written on QuikGraph's <see cref="BidirectionalGraph{TVertex,TEdge}"/>.</summary>
public class CoreNumberBenchmarks
{
    private CsrGraph _graph = null!;
    private BidirectionalGraph<int, SEdge<int>> _quik = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_10k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_10k", "ba_100k", "ba_1m", "rmat_18", "rmat_20");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        _quik = QuikGraphConvert.ToBidirectional(_graph);
    }

    [Benchmark(Baseline = true, Description = "Batagelj–Zaversnik on QuikGraph")]
    public int[] QuikGraphCoreNumber() => QuikGraphCohesion.CoreNumber(_quik, undirected: !_graph.IsDirected);

    [Benchmark(Description = "Cohesion.CoreNumber")]
    public NodeScores CoreNumber() => NetworkGraph.Algorithms.Cohesion.CoreNumber(_graph);
}
