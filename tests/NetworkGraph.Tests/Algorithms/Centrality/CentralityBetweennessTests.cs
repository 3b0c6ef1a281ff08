using System.Globalization;
using System.Text.Json;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityBetweennessTests
{
    private static readonly BetweennessOptions Raw = new() { Normalized = false };

    internal static void AssertRelative(double expected, double actual, double relative, string what)
    {
        Assert.True(
            Math.Abs(expected - actual) <= (relative * Math.Abs(expected)) + 1e-14,
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static NodeScores B(CsrGraph g, BetweennessOptions? o = null) => C.Betweenness(g, o, TestContext.Current.CancellationToken);

    private static EdgeScores E(CsrGraph g, BetweennessOptions? o = null) => C.EdgeBetweenness(g, o, TestContext.Current.CancellationToken);

    private static void Near(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Betweenness_Path_IsProductOfSideSizes(int n)
    {
        NodeScores raw = B(Path(n), Raw);
        NodeScores norm = B(Path(n));
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(i * (n - 1 - i), raw[i], 12);
            Assert.Equal(2.0 * i * (n - 1 - i) / ((n - 1) * (n - 2)), norm[i], 12);
        }
    }

    [Fact]
    public void Betweenness_Star_CenterIsOneLeavesZero()
    {
        CsrGraph star = Star(5);
        NodeScores b = B(star);
        Assert.Equal(1.0, b[0], 12);
        Assert.All(Enumerable.Range(1, 5), v => Assert.Equal(0.0, b[v]));
        Assert.Equal(10.0, B(star, Raw)[0], 12);
    }

    [Theory]
    [InlineData(5, 1.0)] // odd n = 2k+1: k(k-1)/2
    [InlineData(7, 3.0)]
    [InlineData(6, 2.0)] // even n = 2k: (k-1)^2/2
    [InlineData(8, 4.5)]
    public void Betweenness_Cycle_EveryNodeEqual(int n, double expectedRaw)
    {
        CsrGraph cycle = Cycle(n);
        NodeScores raw = B(cycle, Raw);
        NodeScores norm = B(cycle);
        for (int v = 0; v < n; v++)
        {
            Assert.Equal(expectedRaw, raw[v], 12);
            Assert.Equal(2 * expectedRaw / ((n - 1) * (n - 2)), norm[v], 12);
        }
    }

    [Fact]
    public void Betweenness_CompleteGraph_AllZero()
    {
        var edges = new List<(int, int)>();
        for (int u = 0; u < 6; u++)
        {
            for (int v = u + 1; v < 6; v++)
            {
                edges.Add((u, v));
            }
        }

        Assert.All(B(FromEdges(false, 6, [.. edges])).ToArray(), x => Assert.Equal(0.0, x));
    }

    [Fact]
    public void Betweenness_TwoDisjointPaths_ScaledByWholeGraph()
    {
        CsrGraph g = FromEdges(false, 6, (0, 1), (1, 2), (3, 4), (4, 5));
        NodeScores b = B(g);
        Near([0, 0.1, 0, 0, 0.1, 0], b.ToArray());
    }

    [Fact]
    public void Betweenness_IsolatedNode_ScoresZeroAndCountsInN()
    {
        CsrGraph g = FromEdges(false, 4, (0, 1), (1, 2));
        Near([0, 1.0 / 3, 0, 0], B(g).ToArray());
    }

    [Fact]
    public void Betweenness_DirectedPath_FollowsDirection()
    {
        CsrGraph g = FromEdges(true, 4, (0, 1), (1, 2), (2, 3));
        Near([0, 1.0 / 3, 1.0 / 3, 0], B(g).ToArray());
        Near([0, 2.0, 2.0, 0], B(g, Raw).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Betweenness_TinyGraphs_AllZero(int n)
    {
        CsrGraph g = n == 2 ? FromEdges(false, 2, (0, 1)) : FromEdges(true, n);
        NodeScores b = B(g);
        Assert.Equal(n, b.Count);
        Assert.All(b.ToArray(), x => Assert.Equal(0.0, x));
        Assert.Equal(n == 2 ? 1 : 0, E(g).Count);
    }

    [Fact]
    public void Betweenness_WeightedShortcut_PrefersStrongTies()
    {
        // 0-1-2 with strong ties (distance 1/4 each) beats the weak direct tie 0-2 (distance 1).
        CsrGraph g = FromWeightedEdges(false, 3, (0, 1, 4), (1, 2, 4), (0, 2, 1));
        Near([0, 1, 0], B(g, new BetweennessOptions { Weighted = true }).ToArray());
        Near([0, 0, 0], B(g).ToArray());
    }

    [Fact]
    public void EdgeBetweenness_Path3_TwoThirds()
    {
        EdgeScores e = E(Path(3));
        Near([2.0 / 3, 2.0 / 3], e.ToArray());
        Near([2.0, 2.0], E(Path(3), Raw).ToArray());
    }

    [Fact]
    public void Betweenness_InvalidThreads_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => B(Path(3), new BetweennessOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentNullException>(() => B(null!));
    }

    [Fact]
    public void Betweenness_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => C.Betweenness(Path(50), null, cts.Token));
    }

    [Fact]
    public void Betweenness_Progress_ReachesOne()
    {
        var seen = new List<double>();
        var progress = new SynchronousProgress(seen);
        B(Path(300), new BetweennessOptions { Progress = progress, MaxDegreeOfParallelism = 2 });
        Assert.Equal(1.0, seen.Max());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Betweenness_RandomGraphs_MatchAllPairsReference(bool directed, bool weighted)
    {
        double[]? weights = weighted ? [1, 2, 4, 8] : null; // dyadic: exact path sums, so the O(n^3) reference is exact
        for (int seed = 0; seed < 40; seed++)
        {
            CsrGraph g = BetweennessReference.RandomGraph(seed, directed, weights);
            (double[] nodes, Dictionary<(int, int), double> edges) = BetweennessReference.Compute(g, weighted);
            var options = new BetweennessOptions { Normalized = false, Weighted = weighted, MaxDegreeOfParallelism = 1 + (seed % 3) };
            NodeScores actual = B(g, options);
            EdgeScores actualEdges = E(g, options);
            double half = directed ? 1 : 0.5;
            for (int v = 0; v < g.NodeCount; v++)
            {
                AssertRelative(nodes[v] * half, actual[v], 1e-12, $"seed {seed} node {v}");
            }

            int i = 0;
            foreach (Edge e in g.Edges())
            {
                AssertRelative(edges[(e.Source, e.Target)] * half, actualEdges[i++], 1e-12, $"seed {seed} edge {e}");
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Betweenness_WeightsOneToFour_MatchNetworkXDijkstraPort(bool directed)
    {
        for (int seed = 100; seed < 160; seed++)
        {
            CsrGraph g = BetweennessReference.RandomGraph(seed, directed, [1, 2, 3, 4]);
            double[] expected = NetworkXBetweennessPort.Compute(g);
            NodeScores actual = B(g, new BetweennessOptions { Normalized = false, Weighted = true });
            for (int v = 0; v < g.NodeCount; v++)
            {
                AssertRelative(expected[v] * (directed ? 1 : 0.5), actual[v], 1e-12, $"seed {seed} node {v}");
            }
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Betweenness_Parallel_EqualsSequentialAndIsReproducible(bool directed, bool weighted)
    {
        CsrGraph g = BetweennessReference.RandomGraph(7, directed, weighted ? [1, 2, 3, 4] : null);
        var one = new BetweennessOptions { Weighted = weighted, MaxDegreeOfParallelism = 1 };
        var four = one with { MaxDegreeOfParallelism = 4 };
        double[] sequential = B(g, one).ToArray();
        double[] parallel = B(g, four).ToArray();
        Assert.Equal(parallel, B(g, four).ToArray());
        Assert.Equal(E(g, four).ToArray(), E(g, four).ToArray());
        for (int v = 0; v < g.NodeCount; v++)
        {
            AssertRelative(sequential[v], parallel[v], 1e-12, $"node {v}");
        }
    }

    [Fact]
    public void EstimateBetweennessTime_GrowsWithSizeAndWeights()
    {
        CsrGraph small = Path(100), large = Path(10_000);
        CsrGraph weighted = FromWeightedEdges(false, 100, [.. Enumerable.Range(0, 99).Select(i => (i, i + 1, 2.0))]);
        TimeSpan t = C.EstimateBetweennessTime(small, weighted: false);
        Assert.True(t > TimeSpan.Zero);
        Assert.True(C.EstimateBetweennessTime(large, weighted: false) > t * 1000); // n·m grows 10 000-fold
        Assert.True(C.EstimateBetweennessTime(weighted, weighted: true) > C.EstimateBetweennessTime(weighted, weighted: false));
        Assert.Equal(t, C.EstimateBetweennessTime(small, weighted: true)); // unweighted graph: weights ignored
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Betweenness_BarabasiAlbert_ParallelWithinOneEMinus12OfSequential(bool weighted)
    {
        CsrGraph g = NetworkGraph.Generators.GraphGenerators.BarabasiAlbert(400, 3, seed: 5);
        if (weighted)
        {
            var rng = new Random(5);
            var b = new CsrGraphBuilder(g.Nodes, directed: false);
            foreach (Edge e in g.Edges())
            {
                b.AddEdge(e.Source, e.Target, 1 + rng.Next(4));
            }

            g = b.Build();
        }

        var one = new BetweennessOptions { Weighted = weighted, MaxDegreeOfParallelism = 1 };
        double[] sequential = B(g, one).ToArray();
        double[] two = B(g, one with { MaxDegreeOfParallelism = 2 }).ToArray();
        double[] three = B(g, one with { MaxDegreeOfParallelism = 3 }).ToArray();
        Assert.Equal(three, B(g, one with { MaxDegreeOfParallelism = 3 }).ToArray());
        for (int v = 0; v < g.NodeCount; v++)
        {
            AssertRelative(sequential[v], two[v], 1e-12, $"node {v}");
            AssertRelative(sequential[v], three[v], 1e-12, $"node {v}");
        }
    }

    public static TheoryData<string> FixtureNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Betweenness_Fixture_MatchesNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        AssertColumn(name, "betweenness", B(g));
        AssertColumn(name, "betweenness_weighted", B(g, new BetweennessOptions { Weighted = true }));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void EdgeBetweenness_Fixture_MatchesNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        double[] hops = E(g).ToArray();
        double[] weighted = E(g, new BetweennessOptions { Weighted = true }).ToArray();
        var index = new Dictionary<(int, int), int>();
        int i = 0;
        foreach (Edge e in g.Edges())
        {
            index[(e.Source, e.Target)] = i++;
        }

        JsonElement rows = Fixtures.GraphJson(name).GetProperty("edge_betweenness");
        Assert.Equal(hops.Length, rows.GetArrayLength());
        foreach (JsonElement row in rows.EnumerateArray())
        {
            int a = g.Nodes.IndexOf(row[0].GetString()!), b = g.Nodes.IndexOf(row[1].GetString()!);
            int k = index.TryGetValue((a, b), out int found) ? found : index[(b, a)];
            AssertRelative(row[2].GetDouble(), hops[k], 1e-9, $"{name} edge {row[0]}-{row[1]}");
            AssertRelative(row[3].GetDouble(), weighted[k], 1e-9, $"{name} weighted edge {row[0]}-{row[1]}");
        }
    }

    private static void AssertColumn(string name, string column, NodeScores actual)
    {
        double?[] expected = Fixtures.ExpectedColumn(name, column);
        Assert.Equal(expected.Length, actual.Count);
        for (int v = 0; v < expected.Length; v++)
        {
            AssertRelative(expected[v]!.Value, actual[v], 1e-9, $"{name} {column} node {v}");
        }
    }
}
