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
