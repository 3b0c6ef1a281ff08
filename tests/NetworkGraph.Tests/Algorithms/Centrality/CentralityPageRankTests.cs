using FsCheck;
using FsCheck.Fluent;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityPageRankTests
{
    private static readonly PageRankOptions Exact = new() { Tolerance = 1e-15, MaxIterations = 1000 };

    [Fact]
    public void PageRank_Star_ClosedForm()
    {
        // c = 4α·l + (1 − α)/5 and c + 4l = 1 give c = (α + 0.2(1 − α)) / (1 + α) = 0.88 / 1.85.
        double center = 0.88 / 1.85, leaf = (1 - center) / 4;
        AssertClose([center, leaf, leaf, leaf, leaf], PageRank(Star(4), Exact), 1e-12);
    }

    [Fact]
    public void PageRank_DirectedEdge_DanglingRedistributedUniformly()
    {
        // 0 -> 1, 1 dangling: x0 = α·x1/2 + (1 − α)/2 with x0 + x1 = 1 gives x0 = 20/57.
        AssertClose([20 / 57.0, 37 / 57.0], PageRank(Path(2, directed: true), Exact), 1e-12);
    }

    [Fact]
    public void PageRank_CycleCompleteAndIsolated_Uniform()
    {
        AssertClose(Enumerable.Repeat(0.2, 5).ToArray(), PageRank(Cycle(5, directed: true)), 1e-14);
        AssertClose(Enumerable.Repeat(0.25, 4).ToArray(), PageRank(Complete(4)), 1e-14);
        AssertClose(Enumerable.Repeat(1 / 3.0, 3).ToArray(), PageRank(FromEdges(true, 3)), 1e-14);
        Assert.Empty(PageRank(FromEdges(true, 0)).ToArray());
    }

    [Fact]
    public void PageRank_Weighted_FollowsWeights()
    {
        // 0 -> 1 (weight 3), 0 -> 2 (weight 1), 1 -> 0, 2 -> 0.
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("0", "1", 3);
        b.AddEdge("0", "2", 1);
        b.AddEdge("1", "0");
        b.AddEdge("2", "0");
        CsrGraph g = b.Build();
        // x0 = α(x1 + x2) + t, x1 = α·0.75·x0 + t, x2 = α·0.25·x0 + t, t = 0.05, sum 1: x0 = (0.85 + 0.15/3)/1.85.
        double x0 = (0.85 + 0.05) / 1.85, x1 = (0.85 * 0.75 * x0) + 0.05, x2 = (0.85 * 0.25 * x0) + 0.05;
        AssertClose([x0, x1, x2], PageRank(g, Exact), 1e-12);
        AssertClose([x0, (1 - x0) / 2, (1 - x0) / 2], PageRank(g, Exact with { Weighted = false }), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void PageRank_Fixture_EqualsNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        double[] expected = Fixtures.ExpectedColumn(name, "pagerank").Select(v => v!.Value).ToArray();
        // Converged by default: equal to NetworkX run with tol=1e-13, within 1e-9 relative.
        AssertClose(expected, PageRank(g), 1e-9);
    }

    [Fact]
    public void PageRank_LooseTolerance_MissesConvergedValue()
    {
        CsrGraph g = Fixtures.LoadGraph("sbm_directed");
        double[] expected = Fixtures.ExpectedColumn("sbm_directed", "pagerank").Select(v => v!.Value).ToArray();
        double[] loose = PageRank(g, new PageRankOptions { Tolerance = 1e-6, MaxIterations = 100 }).ToArray();
        double worst = expected.Zip(loose).Max(p => Math.Abs(p.First - p.Second) / p.First);
        Assert.True(worst > 1e-9, $"NetworkX's default stopping should be visibly off the converged value; was {worst}.");
    }

    [Theory]
    [InlineData(1e-310)]
    [InlineData(1.7e308)]
    [InlineData(4.9e-324)]
    public void PageRank_ExtremeWeights_FiniteAndEqualToRescaledGraph(double scale)
    {
        // Multiplying every weight by a constant leaves the transition probabilities, hence PageRank, unchanged.
        (int, int, double)[] arcs = [(0, 1, 1), (1, 2, 3), (2, 0, 1), (2, 3, 1), (3, 1, 2)];
        CsrGraph reference = FromWeightedEdges(true, 4, arcs);
        CsrGraph extreme = FromWeightedEdges(true, 4, [.. arcs.Select(a => (a.Item1, a.Item2, scale == 4.9e-324 ? scale : a.Item3 * (scale / 3)))]);
        double[] rank = PageRank(extreme, Exact).ToArray();
        Assert.All(rank, r => Assert.True(double.IsFinite(r) && r > 0));
        Assert.Equal(1.0, rank.Sum(), 1e-12);
        if (scale != 4.9e-324)
        {
            AssertClose(PageRank(reference, Exact).ToArray(), PageRank(extreme, Exact), 1e-12);
        }
    }

    [Fact]
    public void PageRank_Parallel_EqualsSequential()
    {
        CsrGraph g = Random(12_000, 0.0005, directed: true, weighted: true, seed: 7);
        double[] sequential = PageRank(g, new PageRankOptions { MaxDegreeOfParallelism = 1 }).ToArray();
        double[] parallel = PageRank(g, new PageRankOptions { MaxDegreeOfParallelism = 3 }).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void PageRank_Relabelled_PermutesScores()
    {
        CsrGraph g = Fixtures.LoadGraph("random_directed_weighted");
        int[] p = RandomPermutation(g.NodeCount, 2);
        NodeScores original = PageRank(g, Exact);
        NodeScores permuted = PageRank(Permute(g, p), Exact);
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(original[v], permuted[p[v]], 1e-14);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property PageRank_RandomGraph_SumsToOneAndPositive(PositiveInt size, bool directed, bool weighted, int seed)
    {
        int n = 1 + (size.Get % 60);
        CsrGraph g = Random(n, 3.0 / n, directed, weighted, seed);
        double[] rank = PageRank(g).ToArray();
        return (Math.Abs(rank.Sum() - 1) < 1e-12 && rank.All(x => x > 0)).ToProperty();
    }

    [Fact]
    public void PageRank_BudgetTooSmall_ThrowsConvergenceWithResidual()
    {
        var e = Assert.Throws<ConvergenceException>(() => PageRank(Fixtures.LoadGraph("karate"), new PageRankOptions { MaxIterations = 2 }));
        Assert.Equal(2, e.Iterations);
        Assert.True(e.Residual >= 34 * 1e-6);
        Assert.IsAssignableFrom<NetworkGraphException>(e);
    }

    [Fact]
    public void PageRank_BadOptions_ThrowListingEveryProblem()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PageRank(Star(2), new PageRankOptions { Alpha = 1.5, Tolerance = -1, MaxIterations = 0, MaxDegreeOfParallelism = 0 }));
        foreach (string word in new[] { "Alpha", "Tolerance", "MaxIterations", "MaxDegreeOfParallelism" })
        {
            Assert.Contains(word, e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentNullException>(() => PageRank(null!));
    }
}
