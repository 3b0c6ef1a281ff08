using System.Text.Json;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Components.StructureGraphs;
using Lp = NetworkGraph.Algorithms.LinkPrediction;

namespace NetworkGraph.Tests.Algorithms.LinkPrediction;

public sealed class LinkPredictionTests
{
    [Fact]
    public void Star_TwoLeaves_ShareTheCentre()
    {
        CsrGraph g = Star(4); // centre degree 4
        Assert.Equal(1, Lp.CommonNeighbors(g, 1, 2));
        Assert.Equal(1.0, Lp.Jaccard(g, 1, 2));
        Assert.Equal(1 / Math.Log(4), Lp.AdamicAdar(g, 1, 2));
        Assert.Equal(0.25, Lp.ResourceAllocation(g, 1, 2));
        Assert.Equal(0, Lp.CommonNeighbors(g, 0, 1));
        Assert.Equal(0.0, Lp.Jaccard(g, 0, 1)); // N(0) ∪ N(1) = {0..4}, nothing shared
    }

    [Fact]
    public void Jaccard_TwoIsolatedNodes_Zero() => Assert.Equal(0.0, Lp.Jaccard(Make(2, false), 0, 1));

    [Fact]
    public void Directed_UsesTheUndirectedView()
    {
        // 0 → 2 ← 1, 2 → 3, 3 → 2: node 2 has view degree 3.
        CsrGraph g = Make(4, true, (0, 2), (1, 2), (2, 3), (3, 2));
        Assert.Equal(1, Lp.CommonNeighbors(g, 0, 1));
        Assert.Equal(1 / Math.Log(3), Lp.AdamicAdar(g, 0, 1));
        Assert.Equal(1.0 / 3, Lp.ResourceAllocation(g, 0, 1));
        Assert.Equal(1.0, Lp.Jaccard(g, 0, 3)); // N(0) = N(3) = {2}
        Assert.Equal(0.0, Lp.Jaccard(g, 2, 3)); // N(2) = {0, 1, 3} and N(3) = {2} are disjoint
    }

    [Fact]
    public void Score_BadArguments_Throw()
    {
        CsrGraph g = Path(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => Lp.Jaccard(g, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lp.Score(g, [(0, 5)], LinkPredictionScore.Jaccard));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lp.Score(g, [(0, 1)], (LinkPredictionScore)9));
        Assert.Throws<ArgumentNullException>(() => Lp.Score(g, null!, LinkPredictionScore.Jaccard));
    }

    public static TheoryData<int, bool> RandomCases => Seeds();

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void AllScores_RandomGraphs_MatchSetDefinitions(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed, maxNodes: 25);
        HashSet<int>[] n = UndirectedSets(g);
        var pairs = (from u in Enumerable.Range(0, g.NodeCount) from v in Enumerable.Range(0, g.NodeCount) where u != v select (u, v)).ToArray();
        double[] cn = [.. Lp.Score(g, pairs, LinkPredictionScore.CommonNeighbors)];
        double[] jac = [.. Lp.Score(g, pairs, LinkPredictionScore.Jaccard)];
        double[] aa = [.. Lp.Score(g, pairs, LinkPredictionScore.AdamicAdar)];
        double[] ra = [.. Lp.Score(g, pairs, LinkPredictionScore.ResourceAllocation)];
        for (int i = 0; i < pairs.Length; i++)
        {
            (int u, int v) = pairs[i];
            int[] common = [.. n[u].Intersect(n[v]).Order()];
            int union = n[u].Union(n[v]).Count();
            double eJac = union == 0 ? 0 : common.Length / (double)union;
            double eAa = common.Sum(w => 1 / Math.Log(n[w].Count));
            double eRa = common.Sum(w => 1.0 / n[w].Count);
            Assert.Equal(common.Length, cn[i]);
            Assert.Equal(common.Length, Lp.CommonNeighbors(g, u, v));
            AssertClose(eJac, jac[i]);
            AssertClose(eJac, Lp.Jaccard(g, u, v));
            AssertClose(eAa, aa[i]);
            AssertClose(eAa, Lp.AdamicAdar(g, u, v));
            AssertClose(eRa, ra[i]);
            AssertClose(eRa, Lp.ResourceAllocation(g, u, v));
        }
    }

    public static TheoryData<string> FixtureNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void All_NetworkXFixtures_Match(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        foreach (JsonElement row in Fixtures.GraphJson(name).GetProperty("link_prediction").EnumerateArray())
        {
            int u = g.Nodes.IndexOf(row[0].GetString()!), v = g.Nodes.IndexOf(row[1].GetString()!);
            string what = $"{name} ({row[0]}, {row[1]})";
            Assert.Equal(row[2].GetInt32(), Lp.CommonNeighbors(g, u, v));
            Fixtures.AssertClose(row[3].GetDouble(), Lp.Jaccard(g, u, v), 1e-12, what + " jaccard");
            Fixtures.AssertClose(row[4].GetDouble(), Lp.AdamicAdar(g, u, v), 1e-12, what + " adamic-adar");
            Fixtures.AssertClose(row[5].GetDouble(), Lp.ResourceAllocation(g, u, v), 1e-12, what + " resource allocation");
            Assert.Equal(row[3].GetDouble(), Lp.Score(g, [(u, v)], LinkPredictionScore.Jaccard)[0], 12);
        }
    }
}
