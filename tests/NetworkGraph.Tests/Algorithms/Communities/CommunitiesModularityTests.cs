using System.Text.Json;
using NetworkGraph.Algorithms;
using Comm = NetworkGraph.Algorithms.Communities;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Algorithms.Communities;

public sealed class CommunitiesModularityTests
{
    public static TheoryData<string> FixtureNames => CommunityTestGraphs.FixtureNames;

    public static TheoryData<string> GraphNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Modularity_RandomPartitions_MatchNetworkX(string name)
    {
        CsrGraph graph = CommunityTestGraphs.Load(name);
        JsonElement fixture = CommunityTestGraphs.ModularityFixtures.GetProperty(name);
        Assert.Equal(fixture.GetProperty("directed").GetBoolean(), graph.IsDirected);
        int checkedCases = 0;
        foreach (JsonElement c in fixture.GetProperty("cases").EnumerateArray())
        {
            int[] labels = c.GetProperty("labels").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            double expected = c.GetProperty("modularity").GetDouble();
            double actual = Comm.Modularity(graph, labels, c.GetProperty("resolution").GetDouble());
            AssertClose(expected, actual);
            checkedCases++;
        }

        Assert.Equal(15, checkedCases);
    }

    [Theory]
    [MemberData(nameof(GraphNames))]
    public void Modularity_ReferencePartition_MatchesNetworkX(string name)
    {
        CsrGraph graph = Fixtures.LoadGraph(name);
        JsonElement json = Fixtures.GraphJson(name);
        int[] labels = json.GetProperty("reference_partition").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        AssertClose(json.GetProperty("reference_modularity").GetDouble(), Comm.Modularity(graph, labels));
        AssertClose(json.GetProperty("reference_modularity_resolution_0_5").GetDouble(), Comm.Modularity(graph, labels, 0.5));
        int[] singletons = Enumerable.Range(0, graph.NodeCount).ToArray();
        AssertClose(json.GetProperty("singleton_modularity").GetDouble(), Comm.Modularity(graph, singletons));
    }

    [Fact]
    public void Modularity_TwoTriangles_HandComputed()
    {
        // Two disjoint triangles: m = 6, each community L_c = 3, k_c = 6 → Q = 2·(3/6 − (6/12)²) = 0.5.
        var b = new CsrGraphBuilder(directed: false);
        b.AddEdge("a", "b");
        b.AddEdge("b", "c");
        b.AddEdge("c", "a");
        b.AddEdge("x", "y");
        b.AddEdge("y", "z");
        b.AddEdge("z", "x");
        CsrGraph g = b.Build();
        Assert.Equal(0.5, Comm.Modularity(g, [0, 0, 0, 1, 1, 1]), 12);
        Assert.Equal(0.0, Comm.Modularity(g, [7, 7, 7, 7, 7, 7]), 12);
    }

    [Fact]
    public void Modularity_DirectedArc_LeichtNewman()
    {
        // One arc a → b, both in one community: L = 1, m = 1, kout = 1, kin = 1 → Q = 1 − 1 = 0; apart: −(1·0 + 0·1) = 0.
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b");
        b.AddEdge("b", "c");
        CsrGraph g = b.Build();
        // {a, b}, {c}: L = 1/2, kout_ab·kin_ab = 2·1 = 2, kout_c·kin_c = 0·1 = 0 → 1/2 − 2/4 = 0.
        Assert.Equal(0.0, Comm.Modularity(g, [0, 0, 1]), 12);
        // {a}, {b, c}: L = 1/2, {b,c}: kout = 1, kin = 2 → 1/2 − 2/4 = 0; {a}: 1·0 → Q = 0.
        // {a, c}, {b}: L = 0, {a,c}: kout 1, kin 1 → −1/4; {b}: kout 1, kin 1 → −1/4 → Q = −1/2.
        Assert.Equal(-0.5, Comm.Modularity(g, [0, 1, 0]), 12);
    }

    [Fact]
    public void Modularity_ArbitraryLabelValues_SameAsDense()
    {
        CsrGraph g = Fixtures.LoadGraph("karate");
        int[] labels = Fixtures.GraphJson("karate").GetProperty("reference_partition").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        int[] odd = labels.Select(l => (l * -1000) - 17).ToArray();
        Assert.Equal(Comm.Modularity(g, labels), Comm.Modularity(g, odd), 14);
    }

    [Fact]
    public void Modularity_NoEdges_IsNaN()
    {
        var b = new CsrGraphBuilder(directed: false);
        b.AddNode("a");
        b.AddNode("b");
        Assert.True(double.IsNaN(Comm.Modularity(b.Build(), [0, 1])));
        Assert.True(double.IsNaN(Comm.Modularity(new CsrGraphBuilder(directed: true).Build(), [])));
    }

    [Fact]
    public void Modularity_WrongLabelCount_Throws()
    {
        CsrGraph g = CommunityTestGraphs.TwoCliques(3);
        Assert.Throws<ArgumentException>(() => Comm.Modularity(g, [0, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Comm.Modularity(g, new int[6], double.NaN));
        Assert.Throws<ArgumentNullException>(() => Comm.Modularity(null!, []));
    }

    private static void AssertClose(double expected, double actual)
    {
        double tolerance = Math.Max(1e-9 * Math.Abs(expected), 1e-12);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
