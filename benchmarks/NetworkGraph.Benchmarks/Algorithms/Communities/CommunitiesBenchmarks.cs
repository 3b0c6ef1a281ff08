using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Algorithms.Communities;

/// <summary>
/// Louvain (the baseline column) and Leiden, seeded, on a Barabási–Albert graph (n = 100 000, 5 edges per node)
/// and the undirected view of an R-MAT graph (scale 18). QuikGraph has no community detection; igraph's multilevel
/// on the same files is in <c>compare/compare.py</c> (work <c>louvain</c>).
/// </summary>
/// <remarks>The benchmark returns the modularity reached, so a faster but worse partition shows in the results
/// files as well as in the time.</remarks>
public class CommunitiesBenchmarks
{
    private CsrGraph _graph = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_100k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_100k", "rmat:18:16:undirected");

    [GlobalSetup]
    public void Setup() => _graph = GraphCatalog.Create(Graph);

    [Benchmark(Baseline = true, Description = "Communities.Louvain")]
    public double Louvain() => NetworkGraph.Algorithms.Communities.Louvain(_graph, new CommunityOptions { Seed = 1 }).Modularity;

    [Benchmark(Description = "Communities.Leiden")]
    public double Leiden() => NetworkGraph.Algorithms.Communities.Leiden(_graph, new CommunityOptions { Seed = 1 }).Modularity;
}
