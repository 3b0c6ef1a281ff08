using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace NetworkGraph.Benchmarks.Baselines;

/// <summary>
/// Brandes' betweenness written on QuikGraph's <see cref="BreadthFirstSearchAlgorithm{TVertex,TEdge}"/> events: the
/// baseline a .NET user would write today with QuikGraph (which ships no betweenness).
/// </summary>
/// <remarks>
/// <para>One BFS per source (<c>Compute(source)</c>); <c>TreeEdge</c> sets the distance, <c>TreeEdge</c> and
/// <c>GrayTarget</c> on the next level add path counts and predecessors, <c>DiscoverVertex</c> pushes the stack; the
/// dependencies are accumulated in reverse discovery order. Unweighted (hops); O(n·m) time, O(n + m) memory
/// besides the graph.</para>
/// <para>Output convention: with <paramref name="undirected"/> the graph must hold each edge as two arcs and every
/// pair is counted once (scores halved), as NetworkX; scores are normalised as
/// <c>betweenness_centrality(normalized=True)</c> when asked.</para>
/// <para>Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical Sociology
/// 25(2):163–177, 2001. <see href="https://doi.org/10.1080/0022250X.2001.9990249"/></para>
/// </remarks>
internal sealed class QuikGraphBrandes
{
    private readonly AdjacencyGraph<int, SEdge<int>> _graph;
    private readonly bool _undirected;
    private readonly int _n;
    private readonly int[] _distance;
    private readonly double[] _sigma;
    private readonly double[] _delta;
    private readonly List<int>[] _predecessors;
    private readonly Stack<int> _stack = new();
    private readonly BreadthFirstSearchAlgorithm<int, SEdge<int>> _bfs;

    public QuikGraphBrandes(AdjacencyGraph<int, SEdge<int>> graph, bool undirected)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _undirected = undirected;
        _n = graph.VertexCount;
        _distance = new int[_n];
        _sigma = new double[_n];
        _delta = new double[_n];
        _predecessors = new List<int>[_n];
        for (int v = 0; v < _n; v++)
        {
            _predecessors[v] = [];
        }

        _bfs = new BreadthFirstSearchAlgorithm<int, SEdge<int>>(graph);
        _bfs.DiscoverVertex += v => _stack.Push(v);
        _bfs.TreeEdge += e =>
        {
            _distance[e.Target] = _distance[e.Source] + 1;
            _sigma[e.Target] += _sigma[e.Source];
            _predecessors[e.Target].Add(e.Source);
        };
        _bfs.GrayTarget += e =>
        {
            if (_distance[e.Target] == _distance[e.Source] + 1)
            {
                _sigma[e.Target] += _sigma[e.Source];
                _predecessors[e.Target].Add(e.Source);
            }
        };
    }

    /// <summary>Computes betweenness from every source (or the first <paramref name="sources"/> sources).</summary>
    public double[] Compute(bool normalized = true, int? sources = null)
    {
        double[] scores = new double[_n];
        int count = sources ?? _n;
        for (int s = 0; s < count; s++)
        {
            for (int v = 0; v < _n; v++)
            {
                _distance[v] = -1;
                _sigma[v] = 0;
                _delta[v] = 0;
                _predecessors[v].Clear();
            }

            _distance[s] = 0;
            _sigma[s] = 1;
            _stack.Clear();
            _bfs.Compute(s);
            while (_stack.Count > 0)
            {
                int w = _stack.Pop();
                foreach (int v in _predecessors[w])
                {
                    _delta[v] += _sigma[v] / _sigma[w] * (1 + _delta[w]);
                }

                if (w != s)
                {
                    scores[w] += _delta[w];
                }
            }
        }

        double scale = _undirected ? 0.5 : 1.0;
        if (normalized && _n > 2)
        {
            // NetworkX: 1/((n−1)(n−2)) directed; undirected 2/((n−1)(n−2)) applied to pair counts (here halved).
            scale = (_undirected ? 2.0 : 1.0) * scale / ((_n - 1.0) * (_n - 2.0));
        }

        for (int v = 0; v < _n; v++)
        {
            scores[v] *= scale;
        }

        return scores;
    }

    /// <summary>The graph this instance works on.</summary>
    public AdjacencyGraph<int, SEdge<int>> Graph => _graph;
}
