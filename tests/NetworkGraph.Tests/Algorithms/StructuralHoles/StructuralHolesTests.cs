using FsCheck.Xunit;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Components.StructureGraphs;
using Holes = NetworkGraph.Algorithms.StructuralHoles;

namespace NetworkGraph.Tests.Algorithms.StructuralHoles;

public sealed class StructuralHolesTests
{
    // ---- closed forms ----
    [Fact]
    public void Star_CentreUnconstrainedLeavesFullyConstrained()
    {
        // Centre with k leaves: k · (1/k)² = 1/k; a leaf: (1 + 0)² = 1. Effective size: k and 1.
        NodeScores c = Holes.Constraint(Star(4));
        AssertClose(0.25, c[0]);
        AssertClose(1, c[1]);
        NodeScores e = Holes.EffectiveSize(Star(4));
        Assert.Equal([4.0, 1, 1, 1, 1], e.ToArray());
    }

    [Fact]
    public void CompleteGraph_ClosedForm()
    {
        // K_n: p = 1/(n−1), each local term (1/(n−1) + (n−2)/(n−1)²)²; effective size (n−1) − 2·C(n−1,2)/(n−1) = 1.
        const int n = 5;
        double p = 1.0 / (n - 1);
        double local = p + ((n - 2) * p * p);
        double expected = (n - 1) * local * local;
        NodeScores c = Holes.Constraint(Complete(n));
        for (int v = 0; v < n; v++)
        {
            AssertClose(expected, c[v]);
            AssertClose(1, Holes.EffectiveSize(Complete(n))[v]);
        }
    }

    [Fact]
    public void Bowtie_CentreHasTwoNonRedundantContacts()
    {
        // Centre: 4 neighbours, 2 ties among them → 4 − 2·2/4 = 3. Outer node: 2 − 2·1/2 = 1.
        NodeScores e = Holes.EffectiveSize(Bowtie());
        Assert.Equal([1.0, 1, 3, 1, 1], e.ToArray());
    }

    [Fact]
    public void IsolatedAndSinkNodes_NaNAsNetworkX()
    {
        CsrGraph g = Make(4, true, (0, 1), (1, 2));
        NodeScores c = Holes.Constraint(g), e = Holes.EffectiveSize(g);
        Assert.True(double.IsNaN(c[3]) && double.IsNaN(e[3]));   // isolated
        Assert.True(double.IsNaN(c[2]) && double.IsNaN(e[2]));   // in-arc only: NetworkX tests len(G[v]) == 0
        Assert.False(double.IsNaN(c[1]));
        Assert.True(double.IsNaN(Holes.Constraint(Make(2, false))[0]));
    }

    // ---- slow reference: NetworkX's formulas, transcribed ----
    public static TheoryData<int, bool> RandomCases => Seeds();

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void ConstraintAndEffectiveSize_RandomGraphs_MatchNetworkXFormulas(int seed, bool directed) =>
        AssertMatchesNetworkXFormulas(Random(seed, directed));

    /// <summary>Hubs next to leaves, and mutual ties: the ranked (degree, index) orientation of the ego-tie listing.</summary>
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void ConstraintAndEffectiveSize_HeavyTailedGraphs_MatchNetworkXFormulas(int seed, bool directed) =>
        AssertMatchesNetworkXFormulas(NetworkGraph.Generators.GraphGenerators.Rmat(7, 8, 0.57, 0.19, 0.19, seed, directed));

    private static void AssertMatchesNetworkXFormulas(CsrGraph g)
    {
        HashSet<int>[] all = UndirectedSets(g);
        double Mutual(int u, int v) => (g.HasEdge(u, v) ? 1 : 0) + (g.HasEdge(v, u) ? 1 : 0);
        double Nmw(int u, int v, Func<IEnumerable<double>, double> norm)
        {
            double scale = norm(all[u].Select(w => Mutual(u, w)));
            return scale == 0 ? 0 : Mutual(u, v) / scale;
        }

        double Sum(IEnumerable<double> xs) => xs.Sum();
        double Max(IEnumerable<double> xs) => xs.DefaultIfEmpty(0).Max();
        NodeScores constraint = Holes.Constraint(g), effective = Holes.EffectiveSize(g);
        for (int v = 0; v < g.NodeCount; v++)
        {
            if (g.OutDegree(v) == 0)
            {
                Assert.True(double.IsNaN(constraint[v]));
                Assert.True(double.IsNaN(effective[v]));
                continue;
            }

            double c = all[v].Sum(n =>
            {
                double local = Nmw(v, n, Sum) + all[v].Sum(w => Nmw(v, w, Sum) * Nmw(w, n, Sum));
                return local * local;
            });
            double e = all[v].Sum(u => 1 - all[v].Sum(w => Nmw(v, w, Sum) * Nmw(u, w, Max)));
            AssertClose(c, constraint[v]);
            AssertClose(e, effective[v]);
        }
    }

    [Property]
    public bool EffectiveSize_Always_BetweenOneAndDegree(byte size, (byte, byte)[] pairs)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed: false);
        NodeScores e = Holes.EffectiveSize(g);
        return Enumerable.Range(0, g.NodeCount).All(v =>
            g.Degree(v) == 0 ? double.IsNaN(e[v]) : e[v] >= 1 - 1e-12 && e[v] <= g.Degree(v) + 1e-12);
    }

    // ---- NetworkX fixtures ----
    public static TheoryData<string> FixtureNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void All_NetworkXFixtures_Match(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        Fixtures.AssertColumn(name, "constraint", Holes.Constraint(g), 1e-9);
        Fixtures.AssertColumn(name, "effective_size", Holes.EffectiveSize(g), 1e-9);
    }
}
