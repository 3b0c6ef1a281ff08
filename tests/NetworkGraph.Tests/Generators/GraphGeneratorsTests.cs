using NetworkGraph.Generators;
using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Generators;

public sealed class GraphGeneratorsTests
{
    private static Edge[] EdgesOf(CsrGraph graph) => [.. graph.Edges()];

    private static void AssertSameGraph(CsrGraph expected, CsrGraph actual)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.IsDirected, actual.IsDirected);
        Assert.Equal(EdgesOf(expected), EdgesOf(actual));
    }

    private static long DegreeSum(CsrGraph graph)
    {
        long sum = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            sum += graph.Degree(v);
        }

        return sum;
    }

    [Fact]
    public void BarabasiAlbert_SameSeed_SameEdges()
    {
        AssertSameGraph(GraphGenerators.BarabasiAlbert(500, 3, 7), GraphGenerators.BarabasiAlbert(500, 3, 7));
        Assert.NotEqual(EdgesOf(GraphGenerators.BarabasiAlbert(500, 3, 7)), EdgesOf(GraphGenerators.BarabasiAlbert(500, 3, 8)));
    }

    [Theory]
    [InlineData(10_000, 5)]
    [InlineData(1_000, 1)]
    [InlineData(200, 10)]
    public void BarabasiAlbert_Counts_MatchNetworkXModel(int n, int m)
    {
        CsrGraph g = GraphGenerators.BarabasiAlbert(n, m, 42);
        Assert.False(g.IsDirected);
        Assert.False(g.IsWeighted);
        Assert.Equal(n, g.NodeCount);
        Assert.Equal((long)m * (n - m), g.EdgeCount); // 49 975 for n = 10 000, m = 5, as networkx
        Assert.Equal(2L * m * (n - m), DegreeSum(g));
        Assert.Equal("0", g.Nodes.Keys[0]);
        Assert.Equal((n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), g.Nodes.Keys[n - 1]);
    }

    [Fact]
    public void BarabasiAlbert_NodesAfterSeedStar_HaveDegreeAtLeastM()
    {
        const int m = 4;
        CsrGraph g = GraphGenerators.BarabasiAlbert(3_000, m, 1);
        Assert.Equal(m, g.Degree(g.NodeCount - 1)); // the last node gains no edge after it joins
        for (int v = m + 1; v < g.NodeCount; v++)
        {
            Assert.True(g.Degree(v) >= m, $"node {v} has degree {g.Degree(v)}");
        }

        for (int leaf = 1; leaf <= m; leaf++)
        {
            Assert.True(g.HasEdge(0, leaf));
        }
    }

    [Fact]
    public void BarabasiAlbert_PreferentialAttachment_EarlyNodesAreHubs()
    {
        CsrGraph g = GraphGenerators.BarabasiAlbert(20_000, 3, 3);
        int maxDegree = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            maxDegree = Math.Max(maxDegree, g.Degree(v));
        }

        // Power law: the hub is far above the mean (6); an Erdős–Rényi graph of this size would stay below ~25.
        Assert.True(maxDegree > 100, $"max degree {maxDegree}");
        double early = 0, late = 0;
        for (int v = 0; v < 100; v++)
        {
            early += g.Degree(v);
            late += g.Degree(g.NodeCount - 1 - v);
        }

        Assert.True(early > 5 * late);
    }

    [Fact]
    public void BarabasiAlbert_NOneMoreThanM_IsStar()
    {
        CsrGraph g = GraphGenerators.BarabasiAlbert(6, 5, 0);
        Assert.Equal(5, g.EdgeCount);
        Assert.Equal(5, g.Degree(0));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 0)]
    public void BarabasiAlbert_BadM_Throws(int n, int m) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerators.BarabasiAlbert(n, m, 0));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ErdosRenyi_SameSeed_SameEdges(bool directed) =>
        AssertSameGraph(GraphGenerators.ErdosRenyi(800, 0.01, directed, 5), GraphGenerators.ErdosRenyi(800, 0.01, directed, 5));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ErdosRenyi_EdgeCount_WithinSixSigmaOfExpectation(bool directed)
    {
        const int n = 2_000;
        const double p = 0.02;
        double pairs = directed ? (double)n * (n - 1) : (double)n * (n - 1) / 2;
        double mean = p * pairs, sigma = Math.Sqrt(pairs * p * (1 - p));
        CsrGraph g = GraphGenerators.ErdosRenyi(n, p, directed, 11);
        Assert.Equal(n, g.NodeCount);
        Assert.Equal(directed, g.IsDirected);
        Assert.InRange(g.EdgeCount, mean - (6 * sigma), mean + (6 * sigma));
        Assert.Equal(2 * g.EdgeCount, DegreeSum(g));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ErdosRenyi_EachPair_ChosenWithProbabilityP(bool directed)
    {
        // Over many seeds, every pair (hence every index of the skipping method) must be hit ~p of the time.
        const int n = 9, runs = 3_000;
        const double p = 0.3;
        int[,] hits = new int[n, n];
        for (int seed = 0; seed < runs; seed++)
        {
            foreach (Edge e in GraphGenerators.ErdosRenyi(n, p, directed, seed).Edges())
            {
                hits[e.Source, e.Target]++;
            }
        }

        double sigma = Math.Sqrt(runs * p * (1 - p));
        for (int u = 0; u < n; u++)
        {
            for (int v = 0; v < n; v++)
            {
                bool possible = u != v && (directed || u < v);
                if (possible)
                {
                    Assert.InRange(hits[u, v], (runs * p) - (6 * sigma), (runs * p) + (6 * sigma));
                }
                else
                {
                    Assert.Equal(0, hits[u, v]);
                }
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ErdosRenyi_ExtremeP_EmptyOrComplete(bool directed)
    {
        Assert.Equal(0, GraphGenerators.ErdosRenyi(50, 0, directed, 1).EdgeCount);
        CsrGraph complete = GraphGenerators.ErdosRenyi(50, 1, directed, 1);
        Assert.Equal(directed ? 50 * 49 : 50 * 49 / 2, complete.EdgeCount);
        Assert.Equal(0, GraphGenerators.ErdosRenyi(0, 0.5, directed, 1).NodeCount);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ErdosRenyi_BadP_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerators.ErdosRenyi(10, p, false, 0));

    private static double[,] Sectors(double inside, double between)
    {
        double[,] probabilities = new double[5, 5];
        for (int a = 0; a < 5; a++)
        {
            for (int b = 0; b < 5; b++)
            {
                probabilities[a, b] = a == b ? inside : between;
            }
        }

        return probabilities;
    }

    [Fact]
    public void StochasticBlockModel_SameSeed_SameEdgesAndWeights()
    {
        int[] sizes = [300, 300, 300, 300, 300];
        CsrGraph g1 = GraphGenerators.StochasticBlockModel(sizes, Sectors(0.05, 0.002), true, 9, maxWeight: 3);
        CsrGraph g2 = GraphGenerators.StochasticBlockModel(sizes, Sectors(0.05, 0.002), true, 9, maxWeight: 3);
        AssertSameGraph(g1, g2);
        for (int v = 0; v < g1.NodeCount; v++)
        {
            Assert.Equal(g1.OutWeights(v).ToArray(), g2.OutWeights(v).ToArray());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StochasticBlockModel_EdgesInsideAndBetweenBlocks_MatchExpectation(bool directed)
    {
        // The "sectors" graph of the benchmarks: 5 blocks of 1 000, p = 0.01 inside, 0.0005 between.
        const int s = 1_000;
        int[] sizes = [s, s, s, s, s];
        CsrGraph g = GraphGenerators.StochasticBlockModel(sizes, Sectors(0.01, 0.0005), directed, 2024, maxWeight: 3);
        long inside = 0, between = 0;
        var weightsSeen = new HashSet<double>();
        foreach (Edge e in g.Edges())
        {
            if (e.Source / s == e.Target / s)
            {
                inside++;
            }
            else
            {
                between++;
            }

            weightsSeen.Add(e.Weight);
        }

        double factor = directed ? 1 : 0.5;
        double insidePairs = factor * 5.0 * s * (s - 1), betweenPairs = factor * 20.0 * s * s;
        double insideMean = 0.01 * insidePairs, betweenMean = 0.0005 * betweenPairs;
        Assert.InRange(inside, insideMean - (6 * Math.Sqrt(insideMean)), insideMean + (6 * Math.Sqrt(insideMean)));
        Assert.InRange(between, betweenMean - (6 * Math.Sqrt(betweenMean)), betweenMean + (6 * Math.Sqrt(betweenMean)));
        Assert.Equal([1.0, 2.0, 3.0], weightsSeen.Order());
        Assert.True(g.IsWeighted);
    }

    [Fact]
    public void StochasticBlockModel_EachPairProbability_FollowsItsBlocks()
    {
        // Blocks {0,1,2} and {3,4}; p inside block 0 = 0.2, inside block 1 = 0.7, between = 0.4.
        int[] sizes = [3, 2];
        double[,] probabilities = { { 0.2, 0.4 }, { 0.4, 0.7 } };
        const int runs = 3_000;
        int[,] hits = new int[5, 5];
        for (int seed = 0; seed < runs; seed++)
        {
            foreach (Edge e in GraphGenerators.StochasticBlockModel(sizes, probabilities, false, seed).Edges())
            {
                hits[Math.Min(e.Source, e.Target), Math.Max(e.Source, e.Target)]++;
            }
        }

        for (int u = 0; u < 5; u++)
        {
            for (int v = u + 1; v < 5; v++)
            {
                double p = probabilities[u < 3 ? 0 : 1, v < 3 ? 0 : 1];
                double sigma = Math.Sqrt(runs * p * (1 - p));
                Assert.InRange(hits[u, v], (runs * p) - (6 * sigma), (runs * p) + (6 * sigma));
            }
        }
    }

    [Fact]
    public void StochasticBlockModel_UnweightedByDefault()
    {
        CsrGraph g = GraphGenerators.StochasticBlockModel([50, 50], new double[,] { { 0.3, 0.1 }, { 0.1, 0.3 } }, false, 4);
        Assert.False(g.IsWeighted);
        Assert.Equal(100, g.NodeCount);
    }

    [Fact]
    public void StochasticBlockModel_AsymmetricUndirected_Throws() =>
        Assert.Throws<ArgumentException>(() => GraphGenerators.StochasticBlockModel([2, 2], new double[,] { { 0.1, 0.2 }, { 0.3, 0.1 } }, false, 0));

    [Fact]
    public void StochasticBlockModel_WrongMatrixShape_Throws() =>
        Assert.Throws<ArgumentException>(() => GraphGenerators.StochasticBlockModel([2, 2, 2], new double[,] { { 0.1, 0.2 }, { 0.2, 0.1 } }, true, 0));

    [Fact]
    public void Rmat_SameSeed_SameEdges() =>
        AssertSameGraph(GraphGenerators.Rmat(12, 8, 0.57, 0.19, 0.19, 3), GraphGenerators.Rmat(12, 8, 0.57, 0.19, 0.19, 3));

    [Fact]
    public void Rmat_Graph500_CountsAndSkew()
    {
        const int scale = 14, factor = 16;
        CsrGraph g = GraphGenerators.Rmat(scale, factor, 0.57, 0.19, 0.19, 1);
        Assert.True(g.IsDirected);
        Assert.Equal(1 << scale, g.NodeCount);
        long draws = (long)factor << scale;
        Assert.InRange(g.EdgeCount, draws * 0.7, draws); // duplicates merged, self-loops dropped
        Assert.Equal(2 * g.EdgeCount, DegreeSum(g));

        // P(source's top bit set) = c + d = 0.24; P(target's top bit set) = b + d = 0.24 (per draw; duplicates
        // are concentrated among low ids, so the share among distinct edges is a little higher).
        int top = 1 << (scale - 1);
        long sourceHigh = 0, targetHigh = 0;
        foreach (Edge e in g.Edges())
        {
            sourceHigh += e.Source >= top ? 1 : 0;
            targetHigh += e.Target >= top ? 1 : 0;
        }

        Assert.InRange(sourceHigh / (double)g.EdgeCount, 0.23, 0.30);
        Assert.InRange(targetHigh / (double)g.EdgeCount, 0.23, 0.30);
        Assert.True(g.Degree(0) > 50 * 2 * factor); // node 0 is the hub
    }

    [Fact]
    public void Rmat_UniformQuadrants_FewDuplicates()
    {
        CsrGraph g = GraphGenerators.Rmat(16, 2, 0.25, 0.25, 0.25, 5, directed: false);
        Assert.False(g.IsDirected);
        // 131 072 uniform draws over 2^32 ordered pairs: duplicates and loops are rare.
        Assert.InRange(g.EdgeCount, 130_000, 131_072);
    }

    [Fact]
    public void Rmat_AllInFirstQuadrant_OnlySelfLoopsDropped() =>
        Assert.Equal(0, GraphGenerators.Rmat(6, 4, 1, 0, 0, 1).EdgeCount);

    [Theory]
    [InlineData(-1, 0.57)]
    [InlineData(31, 0.57)]
    [InlineData(4, 0.9)]
    public void Rmat_BadArguments_Throw(int scale, double a) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerators.Rmat(scale, 4, a, 0.19, 0.19, 1));
}
