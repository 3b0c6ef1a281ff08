using BenchmarkDotNet.Attributes;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace NetworkGraph.Benchmarks.Algorithms.Centrality;

/// <summary>Closeness (all-pairs BFS, O(n·m)) against one QuikGraph <see cref="BreadthFirstSearchAlgorithm{TVertex,TEdge}"/> per node.</summary>
public class ClosenessBenchmarks
{
    private CsrGraph _graph = null!;
    private AdjacencyGraph<int, SEdge<int>> _quik = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_1k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_1k", "sbm_5k", "ba_10k");

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Create(Graph);
        // Distances *to* v: search the reversed graph from v.
        _quik = QuikGraphConvert.ToAdjacency(_graph.Reverse());
    }

    [Benchmark(Baseline = true, Description = "QuikGraph BFS per node")]
    public double[] QuikGraphCloseness()
    {
        int n = _quik.VertexCount;
        int[] distance = new int[n];
        double[] result = new double[n];
        var bfs = new BreadthFirstSearchAlgorithm<int, SEdge<int>>(_quik);
        bfs.TreeEdge += e => distance[e.Target] = distance[e.Source] + 1;
        long sum = 0;
        int reached = 0;
        bfs.DiscoverVertex += v =>
        {
            sum += distance[v];
            reached++;
        };
        for (int v = 0; v < n; v++)
        {
            distance[v] = 0;
            sum = 0;
            reached = 0;
            bfs.Compute(v);
            // Wasserman–Faust, as NetworkX: (r − 1)/sum · (r − 1)/(n − 1).
            result[v] = sum > 0 && n > 1 ? (reached - 1.0) / sum * ((reached - 1.0) / (n - 1)) : 0;
        }

        return result;
    }

    [Benchmark(Description = "Centrality.Closeness")]
    public NodeScores Closeness() => NetworkGraph.Algorithms.Centrality.Closeness(_graph);
}
