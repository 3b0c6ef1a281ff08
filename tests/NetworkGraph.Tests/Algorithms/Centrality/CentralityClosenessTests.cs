using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityClosenessTests
{
    [Fact]
    public void Closeness_Star_CenterOneLeavesFourSevenths()
    {
        // Leaf: 4 other nodes at distances 1 + 2 + 2 + 2 = 7.
        Assert.Equal([1.0, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0], Closeness(Star(4)).ToArray());
    }

    [Fact]
    public void Closeness_Path_EndsTwoThirds()
    {
        Assert.Equal([2 / 3.0, 1, 2 / 3.0], Closeness(Path(3)).ToArray());
        // P5: ends 4/(1+2+3+4), next 4/(1+1+2+3), middle 4/(1+1+2+2).
        Assert.Equal([0.4, 4 / 7.0, 4 / 6.0, 4 / 7.0, 0.4], Closeness(Path(5)).ToArray());
    }

    [Fact]
    public void Closeness_CycleAndComplete_Uniform()
    {
        Assert.All(Closeness(Cycle(5)).ToArray(), c => Assert.Equal(4 / 6.0, c));
        Assert.All(Closeness(Complete(6)).ToArray(), c => Assert.Equal(1.0, c));
    }

    [Fact]
    public void Closeness_DirectedPath_UsesIncomingDistances()
    {
        // 0 -> 1 -> 2: nothing reaches 0; 1 is reached by 0 (1 of 2 others); 2 by 1 and 0 at 1 + 2.
        Assert.Equal([0.0, 0.5, 2 / 3.0], Closeness(Path(3, directed: true)).ToArray());
    }

    [Fact]
    public void Closeness_DisconnectedWithIsolated_WassermanFaustScaling()
    {
        CsrGraph g = FromEdges(false, 5, (0, 1), (2, 3));
        // Each edge end reaches 1 of the 4 others at distance 1: 1/1 · 1/4.
        Assert.Equal([0.25, 0.25, 0.25, 0.25, 0.0], Closeness(g).ToArray());
    }

    [Fact]
    public void Closeness_TinyGraphs_Zero()
    {
        Assert.Empty(Closeness(FromEdges(false, 0)).ToArray());
        Assert.Equal([0.0], Closeness(FromEdges(true, 1)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Closeness_Fixture_EqualsNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        double[] expected = Fixtures.ExpectedColumn(name, "closeness").Select(v => v!.Value).ToArray();
        AssertClose(expected, Closeness(g), 1e-12);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    [InlineData(true, 4)]
    public void Closeness_RandomGraphs_EqualsOneBfsPerNode(bool directed, int seed)
    {
        // 150 nodes: three batches of 64 searches, the last one partial; sparse enough to leave isolated nodes.
        CsrGraph g = Random(150, directed ? 0.012 : 0.02, directed, weighted: true, seed);
        (double[] closeness, double[] harmonic) = Reference(g);
        AssertClose(closeness, Closeness(g), 1e-12);
        AssertClose(harmonic, Harmonic(g), 1e-12);
    }

    [Fact]
    public void Closeness_LongThinGraphs_EqualsOneBfsPerNode()
    {
        // Hundreds of levels with a tiny frontier: the levels are pushed, not swept.
        foreach (CsrGraph g in new[] { Path(300), Cycle(257, directed: true), Path(200, directed: true) })
        {
            (double[] closeness, double[] harmonic) = Reference(g);
            AssertClose(closeness, Closeness(g), 1e-12);
            AssertClose(harmonic, Harmonic(g), 1e-12);
        }
    }

    [Fact]
    public void Closeness_Parallel_EqualsSequential()
    {
        CsrGraph g = Random(700, 0.006, directed: true, weighted: false, seed: 9);
        double[] sequential = Closeness(g, new CentralityOptions { MaxDegreeOfParallelism = 1 }).ToArray();
        double[] parallel = Closeness(g, new CentralityOptions { MaxDegreeOfParallelism = 4 }).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Closeness_Relabelled_PermutesScores()
    {
        CsrGraph g = Random(200, 0.01, directed: true, weighted: false, seed: 5);
        int[] p = RandomPermutation(g.NodeCount, 6);
        double[] original = Closeness(g).ToArray();
        NodeScores permuted = Closeness(Permute(g, p));
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(original[v], permuted[p[v]], 1e-15);
        }
    }

    [Fact]
    public void Closeness_Progress_ReachesOne()
    {
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        Closeness(Random(300, 0.01, false, false, 1), new CentralityOptions { Progress = progress, MaxDegreeOfParallelism = 1 });
        Assert.Equal(5, reports.Count);
        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public void Closeness_BadOptions_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Closeness(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Closeness(Star(2), new CentralityOptions { MaxDegreeOfParallelism = 0 }));
    }

    [Fact]
    public void Closeness_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => C.Closeness(Star(3), cancellationToken: cts.Token));
    }

    /// <summary>One plain BFS per node on the reversed graph: NetworkX's definitions, term by term.</summary>
    internal static (double[] Closeness, double[] Harmonic) Reference(CsrGraph g)
    {
        int n = g.NodeCount;
        var closeness = new double[n];
        var harmonic = new double[n];
        CsrGraph reversed = g.Reverse();
        for (int v = 0; v < n; v++)
        {
            var dist = Enumerable.Repeat(-1, n).ToArray();
            var queue = new Queue<int>();
            dist[v] = 0;
            queue.Enqueue(v);
            while (queue.Count > 0)
            {
                int u = queue.Dequeue();
                foreach (int w in reversed.OutNeighbors(u))
                {
                    if (dist[w] < 0)
                    {
                        dist[w] = dist[u] + 1;
                        queue.Enqueue(w);
                    }
                }
            }

            int[] reached = dist.Where(d => d > 0).ToArray();
            double total = reached.Sum();
            closeness[v] = total > 0 && n > 1 ? reached.Length / total * (reached.Length / (n - 1.0)) : 0;
            harmonic[v] = reached.Sum(d => 1.0 / d);
        }

        return (closeness, harmonic);
    }
}
