using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Support;

public sealed class FixturesTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void LoadGraph_EveryFixture_MatchesNetworkXShape(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        var json = Fixtures.GraphJson(name);
        Assert.Equal(json.GetProperty("nodes").GetInt32(), g.NodeCount);
        Assert.Equal(json.GetProperty("edges").GetInt64(), g.EdgeCount);
        Assert.Equal(json.GetProperty("directed").GetBoolean(), g.IsDirected);
        Assert.Equal(Fixtures.ExpectedIds(name), g.Nodes.Keys);
        double?[] degree = Fixtures.ExpectedColumn(name, "degree");
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(degree[v], g.Degree(v));
        }
    }
}
