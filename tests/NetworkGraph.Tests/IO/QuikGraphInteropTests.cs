using NetworkGraph.Graphs;
using NetworkGraph.IO;
using QuikGraph;

namespace NetworkGraph.Tests.IO;

public sealed class QuikGraphInteropTests
{
    private static CsrGraph Random(int seed, bool directed, bool weighted)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(directed);
        for (int v = 0; v < 30; v++)
        {
            b.AddNode("v" + v);
        }

        for (int i = 0; i < 80; i++)
        {
            b.AddEdge(rng.Next(30), rng.Next(30), weighted ? 1 + rng.Next(4) : 1);
        }

        return b.Build();
    }

    private static void AssertSame(CsrGraph expected, CsrGraph actual)
    {
        Assert.Equal(expected.IsDirected, actual.IsDirected);
        Assert.Equal(expected.IsWeighted, actual.IsWeighted);
        Assert.Equal(expected.Nodes.Keys, actual.Nodes.Keys);
        Assert.Equal(expected.Edges(), actual.Edges());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Directed_RoundTrips(bool weighted)
    {
        CsrGraph g = Random(1, directed: true, weighted);
        BidirectionalGraph<string, TaggedEdge<string, double>> q = QuikGraphInterop.ToQuikGraph(g);
        Assert.Equal(g.NodeCount, q.VertexCount);
        Assert.Equal(g.EdgeCount, q.EdgeCount);
        Assert.Equal(g.InDegree(3), q.InDegree("v3"));
        AssertSame(g, QuikGraphInterop.FromQuikGraph(q, v => v, e => e.Tag));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Undirected_RoundTrips(bool weighted)
    {
        CsrGraph g = Random(2, directed: false, weighted);
        UndirectedGraph<string, TaggedEdge<string, double>> q = QuikGraphInterop.ToUndirectedQuikGraph(g);
        Assert.Equal(g.NodeCount, q.VertexCount);
        Assert.Equal(g.EdgeCount, q.EdgeCount);
        Assert.Equal(g.Degree(5), q.AdjacentDegree("v5"));
        AssertSame(g, QuikGraphInterop.FromUndirectedQuikGraph(q, v => v, e => e.Tag));
    }

    [Fact]
    public void FromQuikGraph_IntVerticesNoWeights_IsolatedKeptSelfLoopsDropped()
    {
        var q = new AdjacencyGraph<int, Edge<int>>();
        q.AddVertexRange([10, 20, 30, 40]);
        q.AddEdge(new Edge<int>(10, 20));
        q.AddEdge(new Edge<int>(20, 20));
        q.AddEdge(new Edge<int>(30, 10));
        CsrGraph g = QuikGraphInterop.FromQuikGraph(q, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["10", "20", "30", "40"], g.Nodes.Keys);
        Assert.Equal(2, g.EdgeCount);
        Assert.False(g.IsWeighted);
        Assert.True(g.HasEdge(2, 0));
    }

    [Fact]
    public void FromQuikGraph_DuplicateKeys_Throws()
    {
        var q = new AdjacencyGraph<int, Edge<int>>();
        q.AddVertexRange([1, 2]);
        Assert.Throws<ArgumentException>(() => QuikGraphInterop.FromQuikGraph(q, _ => "same"));
    }

    [Fact]
    public void ToQuikGraph_WrongDirection_Throws()
    {
        Assert.Throws<ArgumentException>(() => QuikGraphInterop.ToQuikGraph(Random(3, directed: false, weighted: false)));
        Assert.Throws<ArgumentException>(() => QuikGraphInterop.ToUndirectedQuikGraph(Random(3, directed: true, weighted: false)));
    }
}
