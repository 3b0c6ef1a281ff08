using NetworkGraph.Algorithms;
using NetworkGraph.Analysis;
using NetworkGraph.Generators;
using NetworkGraph.Graphs;
using CohesionMeasures = NetworkGraph.Algorithms.Cohesion;
using Holes = NetworkGraph.Algorithms.StructuralHoles;
using Links = NetworkGraph.Algorithms.LinkPrediction;

namespace NetworkGraph.Tests.Algorithms;

/// <summary>The thread count and the cancellation token of the parallel algorithms outside centrality.</summary>
public sealed class ParallelAlgorithmsTests
{
    // Big enough that every loop is split into several chunks (ego chunks of 64, triangle chunks of 256).
    private static readonly CsrGraph Directed = GraphGenerators.ErdosRenyi(3000, 0.004, directed: true, seed: 11);
    private static readonly CsrGraph Undirected = GraphGenerators.ErdosRenyi(3000, 0.004, directed: false, seed: 12);

    public static TheoryData<string> Algorithms() =>
        ["clustering", "average_clustering", "transitivity", "constraint", "effective_size", "link_prediction"];

    private static double[] Run(string algorithm, CsrGraph g, AlgorithmOptions? options, CancellationToken cancellationToken) => algorithm switch
    {
        "clustering" => CohesionMeasures.Clustering(g, options, cancellationToken).ToArray(),
        "average_clustering" => [CohesionMeasures.AverageClustering(g, options, cancellationToken)],
        "transitivity" => [CohesionMeasures.Transitivity(g, options, cancellationToken)],
        "constraint" => Holes.Constraint(g, options, cancellationToken).ToArray(),
        "effective_size" => Holes.EffectiveSize(g, options, cancellationToken).ToArray(),
        "link_prediction" => [.. Links.Score(
            g, Enumerable.Range(0, 5000).Select(i => (i % g.NodeCount, (i * 7 + 1) % g.NodeCount)), LinkPredictionScore.AdamicAdar, options, cancellationToken)],
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void ThreadCount_DoesNotChangeTheResult(string algorithm)
    {
        CancellationToken none = TestContext.Current.CancellationToken;
        foreach (CsrGraph g in new[] { Directed, Undirected })
        {
            double[] every = Run(algorithm, g, null, none);
            Assert.Equal(every, Run(algorithm, g, new AlgorithmOptions { MaxDegreeOfParallelism = 1 }, none));
            Assert.Equal(every, Run(algorithm, g, new AlgorithmOptions { MaxDegreeOfParallelism = 3 }, none));
            Assert.Equal(every, Run(algorithm, g, new AlgorithmOptions { MaxDegreeOfParallelism = -1 }, none));
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void ThreadCount_ZeroOrBelowMinusOne_Rejected(string algorithm)
    {
        foreach (int bad in new[] { 0, -2, int.MinValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
                Run(algorithm, Directed, new AlgorithmOptions { MaxDegreeOfParallelism = bad }, TestContext.Current.CancellationToken));
            Assert.Contains("MaxDegreeOfParallelism", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void CancelledToken_Throws(string algorithm)
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        foreach (int threads in new[] { 1, -1 })
        {
            foreach (CsrGraph g in new[] { Directed, Undirected })
            {
                Assert.ThrowsAny<OperationCanceledException>(() => Run(algorithm, g, new AlgorithmOptions { MaxDegreeOfParallelism = threads }, cts.Token));
            }
        }
    }

    [Fact]
    public void CancelledWhileRunning_StopsBeforeTheEnd()
    {
        // Constraint on a million-edge scale-free graph takes far longer than the 20 ms after which the token fires.
        CsrGraph g = GraphGenerators.BarabasiAlbert(100_000, 10, seed: 5);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => Holes.Constraint(g, null, cts.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void NodeMetrics_ThreadCount_MinusOneIsTheDefault_ZeroRejected()
    {
        Assert.Equal(-1, new NodeMetricsOptions().MaxDegreeOfParallelism);
        Assert.Equal(-1, new AlgorithmOptions().MaxDegreeOfParallelism);
        Assert.Equal(-1, new CommunityOptions().MaxDegreeOfParallelism);
        var options = new NodeMetricsOptions { Columns = [MetricColumns.Degree], MaxDegreeOfParallelism = 0 };
        Assert.Throws<ArgumentOutOfRangeException>(() => NodeMetrics.Compute(Undirected, options, TestContext.Current.CancellationToken));
        double[] clustering = NodeMetrics.Compute(Undirected, new NodeMetricsOptions { Columns = [MetricColumns.Clustering] }, TestContext.Current.CancellationToken)
            .Column(MetricColumns.Clustering).ToArray();
        Assert.Equal(CohesionMeasures.Clustering(Undirected, cancellationToken: TestContext.Current.CancellationToken).ToArray(), clustering);
    }
}
