using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace NetworkGraph.Benchmarks.Algorithms.Centrality;

/// <summary>PageRank (α = 0.85, L1 tolerance n·1e-6) against QuikGraph's <see cref="PageRankAlgorithm{TVertex,TEdge}"/>.</summary>
/// <remarks>QuikGraph iterates the unnormalised form (no dangling redistribution) to its own tolerance (set to 1e-6
/// here, 100 iterations at most): the same amount of work per iteration, not the same numbers.</remarks>
public class PageRankBenchmarks
{
    private CsrGraph _graph = null!;
    private BidirectionalGraph<int, SEdge<int>> _quik = null!;
    private readonly PageRankOptions _options = new() { Tolerance = 1e-6, MaxIterations = 1000 };

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_10k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_10k", "ba_100k", "ba_1m", "sbm_5k", "rmat_18", "rmat_20");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        _quik = QuikGraphConvert.ToBidirectional(_graph);
    }

    [Benchmark(Baseline = true, Description = "QuikGraph PageRankAlgorithm")]
    public IDictionary<int, double> QuikGraphPageRank()
    {
        var algorithm = new PageRankAlgorithm<int, SEdge<int>>(_quik) { Damping = 0.85, Tolerance = 1e-6, MaxIterations = 100 };
        algorithm.Compute();
        return algorithm.Ranks;
    }

    [Benchmark(Description = "Centrality.PageRank")]
    public NodeScores PageRank() => NetworkGraph.Algorithms.Centrality.PageRank(_graph, _options);
}
