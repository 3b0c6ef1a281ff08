using System.Collections.Immutable;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;

namespace NetworkGraph.Tests.Analysis;

public sealed class NodeMetricsPlanTests
{
    private static readonly ImmutableArray<string> AllPairs =
        [MetricColumns.Betweenness, MetricColumns.BetweennessWeighted, MetricColumns.Closeness, MetricColumns.Harmonic];

    [Fact]
    public void Plan_SmallGraph_EveryColumnExact()
    {
        MetricsPlan plan = NodeMetrics.Plan(Fixtures.LoadGraph("karate"));
        Assert.Equal(MetricColumns.All.Length, plan.Columns.Length);
        Assert.All(plan.Columns, c => Assert.Equal(MetricMethod.Exact, c.Method));
        Assert.False(plan.IsApproximate);
    }

    [Fact]
    public void Plan_AboveThreshold_SamplesAllPairsColumnsUnlessExact()
    {
        CsrGraph g = Random(3000, 0.004, directed: false, weighted: true, seed: 3);
        var options = new NodeMetricsOptions { ApproximationThreshold = g.ArcCount - 1 };
        MetricsPlan plan = NodeMetrics.Plan(g, options);
        Assert.Equal(MetricMethod.SampledPaths, plan[MetricColumns.Betweenness]!.Method);
        Assert.Equal(MetricMethod.SampledSources, plan[MetricColumns.BetweennessWeighted]!.Method);
        Assert.Equal(MetricMethod.SampledSources, plan[MetricColumns.Closeness]!.Method);
        Assert.Equal(MetricMethod.SampledSources, plan[MetricColumns.Harmonic]!.Method);
        Assert.Equal(MetricMethod.Exact, plan[MetricColumns.PageRank]!.Method);
        Assert.All(AllPairs, c => Assert.True(plan[c]!.ErrorBound > 0 && plan[c]!.Samples > 0));
        Assert.All(AllPairs, c => Assert.Equal(MetricMethod.Exact, NodeMetrics.Plan(g, options with { Exact = true })[c]!.Method));
        Assert.All(AllPairs, c => Assert.Equal(MetricMethod.Exact, NodeMetrics.Plan(g, options with { ApproximationThreshold = g.ArcCount })[c]!.Method));
    }

    [Theory]
    [InlineData(1e-9)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Plan_EpsilonOutOfRange_RefusedWithRange(double epsilon)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NodeMetrics.Plan(Fixtures.LoadGraph("karate"), new NodeMetricsOptions { ApproximateBetweennessEpsilon = epsilon }));
        Assert.Contains("[0.0001, 1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SmallEpsilon_EstimatesTheSamplingTime()
    {
        CsrGraph g = Fixtures.LoadGraph("karate");
        TimeSpan coarse = NodeMetrics.Plan(g, new NodeMetricsOptions { ApproximateBetweennessEpsilon = 0.01 }).EstimatedTime;
        TimeSpan fine = NodeMetrics.Plan(g, new NodeMetricsOptions { ApproximateBetweennessEpsilon = 1e-4 }).EstimatedTime;
        Assert.True(fine > coarse * 100, $"{fine} vs {coarse}"); // 10 000 times the samples
    }

    [Fact]
    public void Estimate_Clustering_CliqueFarAboveAPathWithAsManyArcs()
    {
        // A clique's oriented wedges grow as k³/6; a path has none: same arc count, very different cost.
        CsrGraph clique = Complete(1_500), path = Path((int)(clique.ArcCount / 2) + 1);
        Assert.Equal(clique.ArcCount, path.ArcCount);
        foreach (string column in new[] { MetricColumns.Clustering, MetricColumns.Constraint, MetricColumns.EffectiveSize })
        {
            double dense = Seconds(clique, column), sparse = Seconds(path, column);
            Assert.True(dense > 3 * sparse, $"{column}: clique {dense} s, path {sparse} s");
        }
    }

    [Fact]
    public void Estimate_Clustering_FollowsTheOrientedWedgesNotTheSquaredDegrees()
    {
        // Σ deg² of a star is about n² (its hub), yet the forward algorithm orients every tie towards the hub and scans
        // nothing from it: the star costs about what a path of the same size costs, far below the star's Σ deg².
        CsrGraph star = Star(20_000), path = Path(20_001);
        foreach (string column in new[] { MetricColumns.Clustering, MetricColumns.Constraint })
        {
            double ratio = Seconds(star, column) / Seconds(path, column);
            Assert.InRange(ratio, 1 / 3.0, 3.0);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Estimate_ExactCloseness_DoublingNodesAboutQuadruples(bool pathGraph)
    {
        // All-pairs distances cost n·(n + m) at a fixed mean degree (bit-parallel or not), up to the slowly growing depth.
        // (A path below about 8 000 nodes is swept whole at every level, above it only its frontier is pushed.)
        CsrGraph small = pathGraph ? Path(10_000) : Random(2_000, 8.0 / 2_000, directed: false, weighted: false, seed: 1);
        CsrGraph large = pathGraph ? Path(20_000) : Random(4_000, 8.0 / 4_000, directed: false, weighted: false, seed: 1);
        foreach (string column in new[] { MetricColumns.Closeness, MetricColumns.Harmonic, MetricColumns.Betweenness })
        {
            double ratio = Seconds(large, column) / Seconds(small, column);
            Assert.InRange(ratio, 3.0, 5.5);
        }
    }

    [Fact]
    public void Estimate_ExactCloseness_GrowsWithTheDiameterAtTheSameSize()
    {
        // A 40 000-node path needs 40 000 levels, a random graph of as many nodes (and twice the arcs) about twelve; both
        // count the same n² pairs, and the path still costs several times more.
        CsrGraph path = Path(40_000), random = Random(40_000, 4.0 / 40_000, directed: false, weighted: false, seed: 2);
        double slow = Seconds(path, MetricColumns.Closeness), fast = Seconds(random, MetricColumns.Closeness);
        Assert.True(slow > 2 * fast, $"path {slow} s, random {fast} s");
    }

    [Fact]
    public void Estimate_SampledColumns_FarBelowExactOnALargeGraph()
    {
        // Bit-parallel exact closeness beats ~650 sampled searches below about 50 000 nodes; at 200 000 sampling wins.
        CsrGraph g = Random(200_000, 4.0 / 200_000, directed: false, weighted: true, seed: 3);
        foreach (string column in AllPairs)
        {
            double exact = Seconds(g, column, new NodeMetricsOptions { Exact = true });
            double sampled = Seconds(g, column, new NodeMetricsOptions { ApproximationThreshold = 0 });
            Assert.True(sampled < exact / 3, $"{column}: sampled {sampled} s, exact {exact} s");
        }
    }

    private static double Seconds(CsrGraph graph, string column, NodeMetricsOptions? options = null) =>
        NodeMetrics.Plan(graph, (options ?? new NodeMetricsOptions()) with { Columns = [column], MaxDegreeOfParallelism = 1 })[column]!.EstimatedTime.TotalSeconds;

    [Fact]
    public void Compute_Sampled_WithinStatedBoundsAndReported()
    {
        CsrGraph g = Random(3000, 0.003, directed: true, weighted: true, seed: 11);
        var columns = AllPairs;
        NodeMetricsTable exact = NodeMetrics.Compute(g, new NodeMetricsOptions { Columns = columns }, TestContext.Current.CancellationToken);
        NodeMetricsTable sampled = NodeMetrics.Compute(g, new NodeMetricsOptions { Columns = columns, ApproximationThreshold = 0 }, TestContext.Current.CancellationToken);
        Assert.Equal(BetweennessMethod.Approximate, sampled.BetweennessMethod);
        Assert.Equal(BetweennessMethod.Exact, exact.BetweennessMethod);
        int n = g.NodeCount;
        foreach (string column in columns)
        {
            ColumnPlan plan = sampled.Plan[column]!;
            double bound = plan.ErrorBound!.Value;
            ReadOnlySpan<double> e = exact.Column(column), s = sampled.Column(column);
            double worst = 0, total = 0;
            for (int v = 0; v < n; v++)
            {
                double scale = column == MetricColumns.Harmonic ? n - 1 : 1;
                double error = Math.Abs(e[v] - s[v]) / scale;
                worst = Math.Max(worst, column == MetricColumns.Closeness ? 0 : error);
                total += Math.Abs(e[v] - s[v]);
                Assert.True(double.IsFinite(s[v]));
            }

            Assert.True(worst <= bound, $"{column}: worst error {worst} above the bound {bound}");
            Assert.True(total > 0, $"{column}: a sampled column equal to the exact one means nothing was sampled");
        }
    }

    [Fact]
    public void Compute_DisconnectedGraph_EigenvectorEmptyWithWarning()
    {
        CsrGraph g = FromEdges(false, 4, (0, 1), (2, 3));
        NodeMetricsTable table = NodeMetrics.Compute(g, new NodeMetricsOptions { Columns = [MetricColumns.Eigenvector] }, TestContext.Current.CancellationToken);
        Assert.All(table.Column(MetricColumns.Eigenvector).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.Contains(table.Warnings, w => w.StartsWith("eigenvector:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_HugeWeights_StrengthOverflowIsWarnedAndPageRankFinite()
    {
        CsrGraph g = FromWeightedEdges(false, 3, (0, 1, 1.7e308), (1, 2, 1.7e308));
        NodeMetricsTable table = NodeMetrics.Compute(g, new NodeMetricsOptions { Columns = [MetricColumns.Strength, MetricColumns.PageRank] }, TestContext.Current.CancellationToken);
        Assert.All(table.Column(MetricColumns.PageRank).ToArray(), v => Assert.True(double.IsFinite(v) && v > 0));
        Assert.Contains(table.Warnings, w => w.StartsWith("strength: 1 node(s)", StringComparison.Ordinal));
    }
}
