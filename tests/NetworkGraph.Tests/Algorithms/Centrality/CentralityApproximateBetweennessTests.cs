using System.Globalization;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityApproximateBetweennessTests
{
    private static NodeScores Approx(CsrGraph g, ApproximateBetweennessOptions o) =>
        C.ApproximateBetweenness(g, o, TestContext.Current.CancellationToken);

    private static NodeScores Exact(CsrGraph g) => C.Betweenness(g, null, TestContext.Current.CancellationToken);

    /// <summary>Seeded preferential attachment (undirected, <paramref name="m"/> edges per new node).</summary>
    internal static CsrGraph BarabasiAlbert(int n, int m, int seed)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(directed: false);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(CultureInfo.InvariantCulture));
        }

        var repeated = new List<int>();
        var targets = Enumerable.Range(0, m).ToList();
        for (int source = m; source < n; source++)
        {
            foreach (int t in targets)
            {
                b.AddEdge(source, t);
                repeated.Add(t);
                repeated.Add(source);
            }

            var next = new HashSet<int>();
            while (next.Count < m)
            {
                next.Add(repeated[rng.Next(repeated.Count)]);
            }

            targets = [.. next.Order()];
        }

        return b.Build();
    }

    /// <summary>Seeded directed G(n, p), possibly with several components and isolated nodes.</summary>
    internal static CsrGraph RandomDirected(int n, double p, int seed)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(directed: true);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(CultureInfo.InvariantCulture));
        }

        for (int u = 0; u < n; u++)
        {
            for (int v = 0; v < n; v++)
            {
                if (u != v && rng.NextDouble() < p)
                {
                    b.AddEdge(u, v);
                }
            }
        }

        return b.Build();
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (string graph in new[] { "ba", "directed", "sparse-directed", "karate" })
        {
            for (int seed = 1; seed <= 5; seed++)
            {
                data.Add(graph, seed);
            }
        }

        return data;
    }

    private static CsrGraph Graph(string name, int seed) => name switch
    {
        "ba" => BarabasiAlbert(400, 2, seed),
        "directed" => RandomDirected(300, 0.015, seed),
        "sparse-directed" => RandomDirected(300, 0.005, seed), // many components, isolated nodes
        _ => Fixtures.LoadGraph("karate"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApproximateBetweenness_SeededGraphs_EveryNodeWithinEpsilon(string name, int seed)
    {
        CsrGraph g = Graph(name, seed);
        const double epsilon = 0.02;
        NodeScores exact = Exact(g);
        NodeScores approx = Approx(g, new ApproximateBetweennessOptions { Epsilon = epsilon, Delta = 0.1, Seed = seed });
        double worst = Enumerable.Range(0, g.NodeCount).Max(v => Math.Abs(exact[v] - approx[v]));
        Assert.True(worst <= epsilon, $"{name} seed {seed}: worst error {worst} > {epsilon}");
        Assert.True(Enumerable.Range(0, g.NodeCount).Sum(v => approx[v]) > 0, "some path was sampled");
    }

    [Fact]
    public void ApproximateBetweenness_SameSeed_IdenticalForAnyThreadCount()
    {
        CsrGraph g = RandomDirected(300, 0.015, 9);
        var one = new ApproximateBetweennessOptions { Epsilon = 0.03, Seed = 42, MaxDegreeOfParallelism = 1 };
        double[] a = Approx(g, one).ToArray();
        Assert.Equal(a, Approx(g, one with { MaxDegreeOfParallelism = 3 }).ToArray());
        Assert.Equal(a, Approx(g, one).ToArray());
        Assert.NotEqual(a, Approx(g, one with { Seed = 43 }).ToArray());
    }

    [Fact]
    public void ApproximateBetweenness_Star_CenterNearOneLeavesZero()
    {
        CsrGraph star = CentralityTestGraphs.FromEdges(false, 30, [.. Enumerable.Range(1, 29).Select(i => (0, i))]);
        NodeScores b = Approx(star, new ApproximateBetweennessOptions { Epsilon = 0.05, Seed = 3 });
        Assert.InRange(b[0], 0.95, 1.05);
        Assert.All(Enumerable.Range(1, 29), v => Assert.Equal(0.0, b[v]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void ApproximateBetweenness_TinyOrEdgeless_AllZero(int n)
    {
        CsrGraph g = CentralityTestGraphs.FromEdges(true, n);
        Assert.All(Approx(g, new ApproximateBetweennessOptions()).ToArray(), x => Assert.Equal(0.0, x));
    }

    [Theory]
    [InlineData(0.0, 0.1)]
    [InlineData(1.0, 0.1)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, 1.5)]
    public void ApproximateBetweenness_BadAccuracy_Throws(double epsilon, double delta)
    {
        CsrGraph g = CentralityTestGraphs.FromEdges(false, 3, (0, 1), (1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Approx(g, new ApproximateBetweennessOptions { Epsilon = epsilon, Delta = delta }));
    }

    [Fact]
    public void VertexDiameterBound_BoundsTheLongestShortestPath()
    {
        for (int seed = 0; seed < 30; seed++)
        {
            foreach (bool directed in new[] { false, true })
            {
                CsrGraph g = BetweennessReference.RandomGraph(seed, directed, null);
                int exact = LongestShortestPathNodes(g);
                int bound = VertexDiameterBound.Compute(g);
                Assert.True(bound >= exact, $"seed {seed} directed {directed}: bound {bound} < vertex diameter {exact}");
            }
        }

        Assert.Equal(3, VertexDiameterBound.Compute(CentralityTestGraphs.FromEdges(true, 3, (0, 1), (1, 2))));
    }

    private static int LongestShortestPathNodes(CsrGraph g)
    {
        int best = g.NodeCount > 0 ? 1 : 0;
        for (int s = 0; s < g.NodeCount; s++)
        {
            int[] d = Enumerable.Repeat(-1, g.NodeCount).ToArray();
            var q = new Queue<int>([s]);
            d[s] = 0;
            while (q.TryDequeue(out int v))
            {
                best = Math.Max(best, d[v] + 1);
                foreach (int w in g.OutNeighbors(v))
                {
                    if (d[w] < 0)
                    {
                        d[w] = d[v] + 1;
                        q.Enqueue(w);
                    }
                }
            }
        }

        return best;
    }
}
