using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

/// <summary>Small graphs with known centralities, seeded random graphs, and score comparisons.</summary>
internal static class CentralityTestGraphs
{
    // The measures with the test's cancellation token.
    public static NodeScores Closeness(CsrGraph g, CentralityOptions? o = null) => C.Closeness(g, o, TestContext.Current.CancellationToken);

    public static NodeScores Harmonic(CsrGraph g, CentralityOptions? o = null) => C.Harmonic(g, o, TestContext.Current.CancellationToken);

    public static NodeScores Eigenvector(CsrGraph g, EigenvectorOptions? o = null) => C.Eigenvector(g, o, TestContext.Current.CancellationToken);

    public static NodeScores PageRank(CsrGraph g, PageRankOptions? o = null) => C.PageRank(g, o, TestContext.Current.CancellationToken);

    /// <summary>A graph on nodes named "0" … "n − 1" (in that order) with the given edges, each of weight 1.</summary>
    public static CsrGraph FromEdges(bool directed, int n, params (int U, int V)[] edges) =>
        FromWeightedEdges(directed, n, [.. edges.Select(e => (e.U, e.V, 1.0))]);

    /// <summary>A graph on nodes named "0" … "n − 1" (in that order) with the given weighted edges.</summary>
    public static CsrGraph FromWeightedEdges(bool directed, int n, params (int U, int V, double W)[] edges)
    {
        var b = new CsrGraphBuilder(directed);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach ((int u, int v, double w) in edges)
        {
            b.AddEdge(u, v, w);
        }

        return b.Build();
    }

    public static CsrGraph Star(int leaves) =>
        FromEdges(false, leaves + 1, Enumerable.Range(1, leaves).Select(i => (0, i)).ToArray());

    public static CsrGraph Path(int n, bool directed = false) =>
        FromEdges(directed, n, Enumerable.Range(0, n - 1).Select(i => (i, i + 1)).ToArray());

    public static CsrGraph Cycle(int n, bool directed = false) =>
        FromEdges(directed, n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)).ToArray());

    public static CsrGraph Complete(int n) =>
        FromEdges(false, n, [.. from u in Enumerable.Range(0, n) from v in Enumerable.Range(0, n) where u < v select (u, v)]);

    /// <summary>A seeded random graph with about p·n·(n − 1) arcs (half as many edges when undirected) between uniform pairs,
    /// optionally weighted with multiples of 1/4 in [0.25, 4]; nodes are added first, so some stay isolated.</summary>
    public static CsrGraph Random(int n, double p, bool directed, bool weighted, int seed)
    {
        var random = new Random(seed);
        var b = new CsrGraphBuilder(directed);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        long m = (long)Math.Round(p * n * (n - 1) / (directed ? 1 : 2));
        for (long i = 0; i < m; i++)
        {
            int u = random.Next(n), v = random.Next(n);
            if (u != v)
            {
                b.AddEdge(u, v, weighted ? random.Next(1, 17) / 4.0 : 1.0);
            }
        }

        return b.Build();
    }

    /// <summary>The same graph with node i renamed to permutation[i] (so node permutation[i] of the result is node i here).</summary>
    public static CsrGraph Permute(CsrGraph graph, int[] permutation)
    {
        var b = new CsrGraphBuilder(graph.IsDirected);
        var inverse = new int[permutation.Length];
        for (int i = 0; i < permutation.Length; i++)
        {
            inverse[permutation[i]] = i;
        }

        for (int j = 0; j < inverse.Length; j++)
        {
            b.AddNode(graph.Nodes[inverse[j]]);
        }

        foreach (Edge e in graph.Edges())
        {
            b.AddEdge(permutation[e.Source], permutation[e.Target], e.Weight);
        }

        return b.Build();
    }

    public static int[] RandomPermutation(int n, int seed)
    {
        int[] p = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(p);
        return p;
    }

    public static void AssertClose(IReadOnlyList<double> expected, NodeScores actual, double relative, double absolute = 0)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int v = 0; v < expected.Count; v++)
        {
            double tolerance = Math.Max(absolute, relative * Math.Abs(expected[v]));
            Assert.True(
                Math.Abs(expected[v] - actual[v]) <= tolerance,
                $"node {v}: expected {expected[v]:R}, got {actual[v]:R} (tolerance {tolerance:G3})");
        }
    }
}
