using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Graphs;

public sealed class NodeScoresTests
{
    private static CsrGraph Path4()
    {
        var b = new CsrGraphBuilder(directed: false);
        b.AddEdge("a", "b");
        b.AddEdge("b", "c");
        b.AddEdge("c", "d");
        return b.Build();
    }

    [Fact]
    public void LookupByKey_MatchesLookupByIndex()
    {
        CsrGraph g = Path4();
        NodeScores degree = Centrality.Degree(g);
        Assert.Same(g.Nodes, degree.Nodes);
        for (int v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(degree[v], degree[g.Nodes[v]]);
        }

        Assert.True(degree.TryGetValue("c", out double c));
        Assert.Equal(degree[2], c);
        Assert.False(degree.TryGetValue("zz", out double missing));
        Assert.True(double.IsNaN(missing));
        Assert.Throws<KeyNotFoundException>(() => degree["zz"]);
    }

    [Fact]
    public void Enumeration_YieldsEveryNodeInIndexOrderWithKeyAndScore()
    {
        NodeScores scores = NodeScores.From(Path4(), [0.5, 2, double.NaN, -1]);
        NodeScore[] all = [.. scores];
        Assert.Equal(4, all.Length);
        Assert.Equal(new NodeScore(0, "a", 0.5), all[0]);
        Assert.Equal(new NodeScore(3, "d", -1), all[3]);
        Assert.Equal(["a", "b", "c", "d"], all.Select(s => s.Key));
        Assert.True(double.IsNaN(all[2].Value));
    }

    [Fact]
    public void Top_HighestFirst_TiesToLowerIndex_NaNLeftOut()
    {
        NodeScores scores = NodeScores.From(Path4(), [1, 3, double.NaN, 3]);
        Assert.Equal([new NodeScore(1, "b", 3), new NodeScore(3, "d", 3)], scores.Top(2));
        Assert.Equal(["b", "d", "a"], scores.Top(10).Select(s => s.Key));
        Assert.Empty(scores.Top(0));
    }

    [Fact]
    public void Bottom_LowestFirst_TiesToLowerIndex_NaNLeftOut()
    {
        NodeScores scores = NodeScores.From(Path4(), [2, double.NaN, 1, 1]);
        Assert.Equal([new NodeScore(2, "c", 1), new NodeScore(3, "d", 1)], scores.Bottom(2));
        Assert.Equal(["c", "d", "a"], scores.Bottom(5).Select(s => s.Key));
    }

    [Fact]
    public void TopOfMany_EqualsFullSort()
    {
        CsrGraph g = NetworkGraph.Generators.GraphGenerators.BarabasiAlbert(500, 2, seed: 3);
        NodeScores degree = Centrality.Degree(g);
        int[] expected = [.. Enumerable.Range(0, g.NodeCount).OrderByDescending(v => degree[v]).ThenBy(v => v).Take(25)];
        Assert.Equal(expected, degree.Top(25).Select(s => s.Node));
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        NodeScores scores = NodeScores.From(Path4(), [1, 2, 3, 4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Top(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Bottom(-1));
        Assert.Throws<ArgumentException>(() => NodeScores.From(Path4(), [1, 2, 3]));
        Assert.Throws<ArgumentNullException>(() => NodeScores.From(null!, [1.0]));
    }
}
