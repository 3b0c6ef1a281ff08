using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityEigenvectorTests
{
    [Fact]
    public void Eigenvector_Star_CenterOverRootTwo()
    {
        // λ = 2 for K(1,4): leaves are half the center, and x0² + 4·(x0/2)² = 1.
        double center = 1 / Math.Sqrt(2), leaf = center / 2;
        AssertClose([center, leaf, leaf, leaf, leaf], Eigenvector(Star(4))!, 1e-10);
    }

    [Fact]
    public void Eigenvector_Path_HalfRootHalfHalf()
    {
        AssertClose([0.5, Math.Sqrt(0.5), 0.5], Eigenvector(Path(3))!, 1e-10);
    }

    [Fact]
    public void Eigenvector_CycleAndComplete_Uniform()
    {
        // Even cycles are bipartite: the unshifted power iteration would oscillate here.
        AssertClose(Enumerable.Repeat(1 / Math.Sqrt(6), 6).ToArray(), Eigenvector(Cycle(6))!, 1e-10);
        AssertClose(Enumerable.Repeat(0.5, 4).ToArray(), Eigenvector(Complete(4))!, 1e-10);
        AssertClose(Enumerable.Repeat(1 / Math.Sqrt(3), 3).ToArray(), Eigenvector(Cycle(3, directed: true))!, 1e-10);
    }

    [Fact]
    public void Eigenvector_CompleteBipartite_PeriodicConverges()
    {
        // K(2,3): λ = √6, the pair side 1/2 each, the triple side 1/√6 each (NetworkX: 0.5, 0.408248290463863).
        CsrGraph g = FromEdges(false, 5, (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4));
        double b = 1 / Math.Sqrt(6);
        AssertClose([0.5, 0.5, b, b, b], Eigenvector(g)!, 1e-10);
    }

    [Fact]
    public void Eigenvector_DirectedStronglyConnected_UsesInEdges()
    {
        // 0 <-> 1 -> 2 -> 0: λ³ = λ + 1 (the plastic number); x1 = x0/λ, x2 = x1/λ, x0 = λ²·x2... checked by the eigen-equation.
        CsrGraph g = FromEdges(true, 3, (0, 1), (1, 0), (1, 2), (2, 0));
        NodeScores x = Eigenvector(g)!;
        double lambda = (x[1] + x[2]) / x[0];
        Assert.Equal(x[0] / lambda, x[1], 1e-12);
        Assert.Equal(x[1] / lambda, x[2], 1e-12);
        Assert.Equal(1.0, x.ToArray().Sum(v => v * v), 1e-12);
        Assert.Equal(0, (lambda * lambda * lambda) - lambda - 1, 1e-12);
    }

    [Fact]
    public void Eigenvector_NotConnected_AllNaN()
    {
        Assert.Empty(Eigenvector(FromEdges(false, 0)).ToArray());
        Assert.All(Eigenvector(FromEdges(false, 3, (0, 1))).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.All(Eigenvector(Path(3, directed: true)).ToArray(), v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Eigenvector_LongPath_PowerIterationStallsDenseSolveGivesSine()
    {
        // The 401-node path's adjacency eigenvalues 2cos(kπ/402) are nearly equal: power iteration needs ~10⁶ steps.
        const int n = 401;
        NodeScores x = Eigenvector(Path(n));
        double[] expected = Enumerable.Range(1, n).Select(k => Math.Sin(k * Math.PI / (n + 1))).ToArray();
        double norm = Math.Sqrt(expected.Sum(v => v * v));
        AssertClose(expected.Select(v => v / norm).ToArray(), x, 1e-9);
    }

    [Fact]
    public void Eigenvector_TwoCliquesJoinedByPath_SatisfiesEigenEquation()
    {
        // Two 20-cliques joined by a 3-node path, plus a pendant node: two nearly equal leading eigenvalues.
        var edges = new List<(int, int)>();
        for (int c = 0; c < 2; c++)
        {
            for (int a = 0; a < 20; a++)
            {
                for (int b = a + 1; b < 20; b++)
                {
                    edges.Add(((20 * c) + a, (20 * c) + b));
                }
            }
        }

        edges.AddRange([(0, 40), (40, 41), (41, 42), (42, 20), (25, 43)]);
        CsrGraph g = FromEdges(false, 44, [.. edges]);
        double[] x = Eigenvector(g).ToArray();
        double[] ax = new double[44];
        foreach ((int u, int v) in edges)
        {
            ax[u] += x[v];
            ax[v] += x[u];
        }

        double lambda = ax.Zip(x).Sum(p => p.First * p.Second);
        Assert.True(lambda > 19);
        for (int v = 0; v < 44; v++)
        {
            Assert.True(x[v] > 0);
            Assert.Equal(lambda * x[v], ax[v], 1e-9);
        }
    }

    [Fact]
    public void Eigenvector_OneOrTwoNodes_PerronVector()
    {
        Assert.Equal([1.0], Eigenvector(FromEdges(true, 1))!.ToArray());
        AssertClose([Math.Sqrt(0.5), Math.Sqrt(0.5)], Eigenvector(Path(2))!, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Eigenvector_Fixture_EqualsNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        double?[] expected = Fixtures.ExpectedColumn(name, "eigenvector");
        NodeScores actual = Eigenvector(g);
        if (expected.All(v => v is null))
        {
            Assert.All(actual.ToArray(), v => Assert.True(double.IsNaN(v)));
        }
        else
        {
            Assert.NotNull(actual);
            AssertClose(expected.Select(v => v!.Value).ToArray(), actual, 1e-9);
        }
    }

    [Fact]
    public void Eigenvector_Parallel_EqualsSequentialAndRelabelled()
    {
        CsrGraph g = Random(9000, 0.0008, directed: false, weighted: false, seed: 3);
        // Keep the largest component connected by adding a spanning path (n must cover several node ranges).
        var b = new CsrGraphBuilder(false);
        foreach (Edge e in g.Edges())
        {
            b.AddEdge(g.Nodes[e.Source], g.Nodes[e.Target]);
        }

        for (int v = 0; v + 1 < g.NodeCount; v += 1)
        {
            b.AddEdge(g.Nodes[v], g.Nodes[v + 1]);
        }

        CsrGraph connected = b.Build();
        double[] sequential = Eigenvector(connected, new EigenvectorOptions { MaxDegreeOfParallelism = 1 })!.ToArray();
        double[] parallel = Eigenvector(connected, new EigenvectorOptions { MaxDegreeOfParallelism = 3 })!.ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Eigenvector_Relabelled_PermutesScores()
    {
        CsrGraph g = Fixtures.LoadGraph("random_directed_strong");
        int[] p = RandomPermutation(g.NodeCount, 11);
        NodeScores original = Eigenvector(g)!;
        NodeScores permuted = Eigenvector(Permute(g, p))!;
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(original[v], permuted[p[v]], 1e-11);
        }
    }

    [Fact]
    public void Eigenvector_BudgetTooSmall_LargeGraphThrowsSmallGraphSolvesDirectly()
    {
        var e = Assert.Throws<ConvergenceException>(() => Eigenvector(Path(C.DenseEigenvectorLimit + 1), new EigenvectorOptions { MaxIterations = 1, Tolerance = 1e-300 }));
        Assert.Equal(1, e.Iterations);
        CsrGraph karate = Fixtures.LoadGraph("karate");
        AssertClose(Eigenvector(karate).ToArray(), Eigenvector(karate, new EigenvectorOptions { MaxIterations = 3 }), 1e-9);
    }

    [Fact]
    public void Eigenvector_BadOptions_ThrowListingEveryProblem()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Eigenvector(Star(2), new EigenvectorOptions { Tolerance = 0, MaxIterations = 0 }));
        Assert.Contains("Tolerance", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxIterations", e.Message, StringComparison.Ordinal);
    }
}
