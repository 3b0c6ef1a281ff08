using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Algorithms.Centrality;

/// <summary>
/// Riondato–Kornaropoulos sampled betweenness with an additive guarantee ε = 0.01 (δ = 0.1) on R-MAT graphs,
/// where exact betweenness (O(n·m)) is out of reach: about 27 hours on R-MAT scale 20 on two cores. No peer
/// library in .NET has it, so there is no baseline column.
/// </summary>
public class ApproximateBetweennessBenchmarks
{
    private CsrGraph _graph = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "rmat_18";

    public static IEnumerable<string> Graphs => GraphParams.Select("rmat_18", "rmat_20");

    [GlobalSetup]
    public void Setup() => _graph = GraphCatalog.Create(Graph);

    [Benchmark(Description = "Centrality.ApproximateBetweenness ε=0.01")]
    public NodeScores Approximate() =>
        NetworkGraph.Algorithms.Centrality.ApproximateBetweenness(_graph, new ApproximateBetweennessOptions { Epsilon = 0.01, Seed = 7 });
}
