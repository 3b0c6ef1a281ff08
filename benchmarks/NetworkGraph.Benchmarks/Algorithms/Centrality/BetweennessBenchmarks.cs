using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Generators;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Algorithms.Centrality;

/// <summary>
/// Exact betweenness (hops and 1/weight distances) on a seeded Barabási–Albert graph with 5 edges per node, and
/// the sampled approximation (ε = 0.01) on a seeded R-MAT graph with Graph500 parameters.
/// </summary>
/// <remarks>Peers on the 2-core reference machine, ba_10k: igraph 8.85 s, graph-tool (2 threads) 5.54 s hops;
/// igraph 29.3 s, graph-tool 8.40 s weighted (see docs on performance). Arc throughput = n · 2m / time.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BetweennessBenchmarks
{
    private CsrGraph _ba = null!;
    private CsrGraph _baWeighted = null!;
    private CsrGraph _rmat = null!;

    /// <summary>Gets or sets the number of nodes of the Barabási–Albert graph.</summary>
    [Params(10_000)]
    public int Nodes { get; set; }

    /// <summary>Gets or sets the R-MAT scale (2^scale nodes, 16 edges per node).</summary>
    [Params(20)]
    public int RmatScale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ba = GraphGenerators.BarabasiAlbert(Nodes, 5, seed: 42);
        _baWeighted = WithWeights(_ba, seed: 42);
        _rmat = GraphGenerators.Rmat(RmatScale, 16, 0.57, 0.19, 0.19, seed: 1);
    }

    [Benchmark(Baseline = true)]
    public NodeScores Hops() => NetworkGraph.Algorithms.Centrality.Betweenness(_ba);

    [Benchmark]
    public NodeScores Weighted() => NetworkGraph.Algorithms.Centrality.Betweenness(_baWeighted, new BetweennessOptions { Weighted = true });

    [Benchmark]
    public EdgeScores EdgeHops() => NetworkGraph.Algorithms.Centrality.EdgeBetweenness(_ba);

    [Benchmark]
    public NodeScores ApproximateRmat() =>
        NetworkGraph.Algorithms.Centrality.ApproximateBetweenness(_rmat, new ApproximateBetweennessOptions { Epsilon = 0.01, Seed = 7 });

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
