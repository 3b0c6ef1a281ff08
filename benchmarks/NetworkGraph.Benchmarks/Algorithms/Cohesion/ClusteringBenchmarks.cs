using BenchmarkDotNet.Attributes;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;

namespace NetworkGraph.Benchmarks.Algorithms.Cohesion;

/// <summary>Local clustering of undirected graphs against HashSet neighbourhoods on QuikGraph's <see cref="UndirectedGraph{TVertex,TEdge}"/>.</summary>
public class ClusteringBenchmarks
{
    private CsrGraph _graph = null!;
    private UndirectedGraph<int, SEdge<int>> _quik = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_10k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_10k", "ba_100k", "ba_1m");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        _quik = QuikGraphConvert.ToUndirected(_graph);
    }

    [Benchmark(Baseline = true, Description = "HashSet triangles on QuikGraph")]
    public double[] QuikGraphClustering() => QuikGraphCohesion.Clustering(_quik);

    [Benchmark(Description = "Cohesion.Clustering")]
    public NodeScores Clustering() => NetworkGraph.Algorithms.Cohesion.Clustering(_graph);
}
