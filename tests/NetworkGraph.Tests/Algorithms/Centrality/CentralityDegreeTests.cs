using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityDegreeTests
{
    [Fact]
    public void Degree_Star_CenterHasLeafCount()
    {
        CsrGraph g = Star(4);
        Assert.Equal([4.0, 1, 1, 1, 1], C.Degree(g).ToArray());
        Assert.Equal([4.0, 1, 1, 1, 1], C.InDegree(g).ToArray());
        Assert.Equal([4.0, 1, 1, 1, 1], C.OutDegree(g).ToArray());
        Assert.Equal([4.0, 1, 1, 1, 1], C.Strength(g).ToArray());
    }

    [Fact]
    public void Strength_DirectedWeighted_SumsInAndOut()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b", 2);
        b.AddEdge("b", "a", 0.5);
        b.AddEdge("c", "a", 3);
        b.AddNode("lonely");
        CsrGraph g = b.Build();
        Assert.Equal([3.0, 2, 1, 0], C.Degree(g).ToArray());
        Assert.Equal([2.0, 1, 0, 0], C.InDegree(g).ToArray());
        Assert.Equal([1.0, 1, 1, 0], C.OutDegree(g).ToArray());
        Assert.Equal([5.5, 2.5, 3, 0], C.Strength(g).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void DegreeFamily_Fixture_EqualsNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        AssertColumn(name, "degree", C.Degree(g));
        AssertColumn(name, "in_degree", C.InDegree(g));
        AssertColumn(name, "out_degree", C.OutDegree(g));
        AssertColumn(name, "strength", C.Strength(g));
    }

    private static void AssertColumn(string name, string column, NodeScores actual)
    {
        double[] expected = Fixtures.ExpectedColumn(name, column).Select(v => v!.Value).ToArray();
        AssertClose(expected, actual, 1e-12);
    }
}
