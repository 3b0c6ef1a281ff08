using BenchmarkDotNet.Attributes;
using NetworkGraph.Benchmarks.Baselines;
using NetworkGraph.Benchmarks.Inputs;
using NetworkGraph.Graphs;
using QuikGraph;

namespace NetworkGraph.Benchmarks.Graphs;

/// <summary>Building a graph from an edge array: <see cref="CsrGraphBuilder"/> against QuikGraph's mutable graphs.</summary>
public class BuildBenchmarks
{
    private int _n;
    private int[] _sources = [];
    private int[] _targets = [];
    private bool _directed;

    /// <summary>Catalogue graph whose edges are rebuilt.</summary>
    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "ba_10k";

    public static IEnumerable<string> Graphs => GraphParams.Select("ba_10k", "ba_100k", "ba_1m", "rmat_20");

    [GlobalSetup]
    public void Setup()
    {
        CsrGraph graph = GraphCatalog.Create(Graph);
        _n = graph.NodeCount;
        _directed = graph.IsDirected;
        Edge[] edges = [.. graph.Edges()];
        _sources = Array.ConvertAll(edges, e => e.Source);
        _targets = Array.ConvertAll(edges, e => e.Target);
    }

    [Benchmark(Baseline = true, Description = "QuikGraph BidirectionalGraph")]
    public BidirectionalGraph<int, SEdge<int>> QuikGraphBidirectional()
    {
        var result = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: false, vertexCapacity: _n, edgeCapacity: -1);
        for (int v = 0; v < _n; v++)
        {
            result.AddVertex(v);
        }

        for (int i = 0; i < _sources.Length; i++)
        {
            result.AddEdge(new SEdge<int>(_sources[i], _targets[i]));
            if (!_directed)
            {
                result.AddEdge(new SEdge<int>(_targets[i], _sources[i]));
            }
        }

        return result;
    }

    [Benchmark(Description = "CsrGraphBuilder")]
    public CsrGraph NetworkGraphBuilder()
    {
        var builder = new CsrGraphBuilder(_directed);
        for (int v = 0; v < _n; v++)
        {
            builder.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < _sources.Length; i++)
        {
            builder.AddEdge(_sources[i], _targets[i]);
        }

        return builder.Build();
    }
}
