using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace NetworkGraph.Benchmarks.Algorithms.Components;

/// <summary>Weak and strong components against QuikGraph's Weakly/StronglyConnectedComponentsAlgorithm (one baseline per category).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ComponentsBenchmarks
{
    private CsrGraph _graph = null!;
    private AdjacencyGraph<int, SEdge<int>> _quik = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "sbm_5k";

    public static IEnumerable<string> Graphs => GraphParams.Select("sbm_5k", "sbm_50k", "rmat_18", "rmat_20");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        _quik = QuikGraphConvert.ToAdjacency(_graph);
    }

    [BenchmarkCategory("Weak"), Benchmark(Baseline = true, Description = "QuikGraph WeaklyConnectedComponents")]
    public int QuikGraphWeak()
    {
        var algorithm = new WeaklyConnectedComponentsAlgorithm<int, SEdge<int>>(_quik);
        algorithm.Compute();
        return algorithm.ComponentCount;
    }

    [BenchmarkCategory("Weak"), Benchmark(Description = "Components.Weak")]
    public ComponentLabels Weak() => NetworkGraph.Algorithms.Components.Weak(_graph);

    [BenchmarkCategory("Strong"), Benchmark(Baseline = true, Description = "QuikGraph StronglyConnectedComponents")]
    public int QuikGraphStrong()
    {
        var algorithm = new StronglyConnectedComponentsAlgorithm<int, SEdge<int>>(_quik);
        algorithm.Compute();
        return algorithm.ComponentCount;
    }

    [BenchmarkCategory("Strong"), Benchmark(Description = "Components.Strong")]
    public ComponentLabels Strong() => NetworkGraph.Algorithms.Components.Strong(_graph);
}
