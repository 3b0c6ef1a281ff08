using System.Text.Json;
using FsCheck.Xunit;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Components.StructureGraphs;
using ComponentsAlgorithms = NetworkGraph.Algorithms.Components;

namespace NetworkGraph.Tests.Algorithms.Components;

public sealed class ComponentsTests
{
    // ---- closed forms ----
    [Fact]
    public void Weak_TwoPiecesAndIsolatedNode_LabelsByFirstNode()
    {
        // 0–3, 1–2, 4 alone.
        CsrGraph g = Make(5, false, (3, 0), (2, 1));
        ComponentLabels c = ComponentsAlgorithms.Weak(g);
        Assert.Equal(3, c.Count);
        Assert.Equal([0, 1, 1, 0, 2], c.Labels.ToArray());
        Assert.Equal([2, 2, 1], c.Sizes.ToArray());
        Assert.Equal(2, c.LargestSize);
        Assert.Equal([1, 2], c.Members(1));
        Assert.Equal(2, c[4]);
    }

    [Fact]
    public void WeakAndStrong_EmptyGraph_NoComponents()
    {
        CsrGraph g = Make(0, true);
        Assert.Equal(0, ComponentsAlgorithms.Weak(g).Count);
        Assert.Equal(0, ComponentsAlgorithms.Strong(g).Count);
        Assert.Empty(ComponentsAlgorithms.ArticulationPoints(g));
        Assert.Empty(ComponentsAlgorithms.Bridges(g));
    }

    [Fact]
    public void Strong_DirectedCycle_OneComponent()
    {
        ComponentLabels c = ComponentsAlgorithms.Strong(Cycle(7, directed: true));
        Assert.Equal(1, c.Count);
        Assert.Equal(7, c.Sizes[0]);
    }

    [Fact]
    public void Strong_DirectedPath_EveryNodeAlone()
    {
        CsrGraph g = Path(6, directed: true);
        ComponentLabels c = ComponentsAlgorithms.Strong(g);
        Assert.Equal(6, c.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], c.Labels.ToArray());
        Assert.Equal(1, ComponentsAlgorithms.Weak(g).Count);
    }

    [Fact]
    public void Strong_TwoCyclesJoinedOneWay_TwoComponentsInFirstNodeOrder()
    {
        // 3→4→3 and 0→1→2→0, with 2→3.
        CsrGraph g = Make(5, true, (3, 4), (4, 3), (0, 1), (1, 2), (2, 0), (2, 3));
        ComponentLabels c = ComponentsAlgorithms.Strong(g);
        Assert.Equal([0, 0, 0, 1, 1], c.Labels.ToArray());
    }

    [Fact]
    public void WeakAndStrong_LongPath_NoStackOverflow() => LongPath(200_000);

    [Fact]
    [Trait("Category", "Slow")]
    public void WeakAndStrong_MillionNodePath_NoStackOverflow() => LongPath(1_000_000);

    private static void LongPath(int n)
    {
        CsrGraph g = Path(n, directed: true);
        Assert.Equal(1, ComponentsAlgorithms.Weak(g).Count);
        Assert.Equal(n, ComponentsAlgorithms.Strong(g).Count);
        Assert.Equal(1, ComponentsAlgorithms.Strong(Cycle(n, directed: true)).Count);
        Assert.Equal(n - 2, ComponentsAlgorithms.ArticulationPoints(g).Length);
        Assert.Equal(n - 1, ComponentsAlgorithms.Bridges(g).Length);
    }

    [Fact]
    public void ArticulationPoints_Path_InnerNodes()
    {
        Assert.Equal([1, 2, 3], ComponentsAlgorithms.ArticulationPoints(Path(5)));
        Assert.Equal(4, ComponentsAlgorithms.Bridges(Path(5)).Length);
    }

    [Fact]
    public void ArticulationPoints_StarAndBowtie_CentreOnly()
    {
        Assert.Equal([0], ComponentsAlgorithms.ArticulationPoints(Star(4)));
        Assert.Equal([2], ComponentsAlgorithms.ArticulationPoints(Bowtie()));
        Assert.Empty(ComponentsAlgorithms.Bridges(Bowtie()));
        Assert.Empty(ComponentsAlgorithms.ArticulationPoints(Complete(5)));
        Assert.Empty(ComponentsAlgorithms.ArticulationPoints(Cycle(6)));
    }

    [Fact]
    public void Bridges_DirectedGraph_UndirectedViewWithLargerWeight()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b", 2);
        b.AddEdge("b", "a", 5);
        b.AddEdge("b", "c", 1);
        b.AddEdge("c", "d", 1);
        b.AddEdge("d", "b", 1);
        CsrGraph g = b.Build();
        Assert.Equal([new Edge(0, 1, 5)], ComponentsAlgorithms.Bridges(g));
        Assert.Equal([1], ComponentsAlgorithms.ArticulationPoints(g));
    }

    // ---- slow references on seeded random graphs ----
    public static TheoryData<int, bool> RandomCases => Seeds();

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Weak_RandomGraphs_MatchesBfs(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed);
        int[] expected = BfsLabels(UndirectedSets(g));
        Assert.Equal(expected, ComponentsAlgorithms.Weak(g).Labels.ToArray());
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Strong_RandomGraphs_MatchesMutualReachability(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed);
        int n = g.NodeCount;
        bool[][] reach = new bool[n][];
        for (int s = 0; s < n; s++)
        {
            reach[s] = new bool[n];
            var stack = new Stack<int>([s]);
            reach[s][s] = true;
            while (stack.Count > 0)
            {
                foreach (int w in g.OutNeighbors(stack.Pop()))
                {
                    if (!reach[s][w])
                    {
                        reach[s][w] = true;
                        stack.Push(w);
                    }
                }
            }
        }

        int[] expected = Enumerable.Repeat(-1, n).ToArray();
        int next = 0;
        for (int v = 0; v < n; v++)
        {
            if (expected[v] < 0)
            {
                for (int w = v; w < n; w++)
                {
                    if (reach[v][w] && reach[w][v])
                    {
                        expected[w] = next;
                    }
                }

                next++;
            }
        }

        ComponentLabels actual = ComponentsAlgorithms.Strong(g);
        Assert.Equal(expected, actual.Labels.ToArray());
        Assert.Equal(next, actual.Count);
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void ArticulationPointsAndBridges_RandomGraphs_MatchRemovalCounts(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed);
        HashSet<int>[] adj = UndirectedSets(g);
        int baseCount = BfsLabels(adj).Max() + 1;
        var cuts = new List<int>();
        for (int v = 0; v < g.NodeCount; v++)
        {
            int without = BfsLabels(adj, removed: v).Max() + 1;
            if (adj[v].Count > 0 && without > baseCount)
            {
                cuts.Add(v);
            }
        }

        var bridges = new List<(int, int)>();
        for (int u = 0; u < g.NodeCount; u++)
        {
            foreach (int v in adj[u].Where(v => v > u).Order())
            {
                int without = BfsLabels(adj, (a, b) => (a == u && b == v) || (a == v && b == u)).Max() + 1;
                if (without > baseCount)
                {
                    bridges.Add((u, v));
                }
            }
        }

        Assert.Equal(cuts, ComponentsAlgorithms.ArticulationPoints(g));
        Assert.Equal(bridges, ComponentsAlgorithms.Bridges(g).Select(e => (e.Source, e.Target)));
    }

    // ---- properties ----
    [Property]
    public bool Weak_Always_PartitionsTheNodesAndFollowsTheEdges(byte size, (byte, byte)[] pairs, bool directed)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed);
        ComponentLabels c = ComponentsAlgorithms.Weak(g);
        return c.Sizes.ToArray().Sum() == g.NodeCount
            && c.Sizes.ToArray().All(s => s > 0)
            && g.Edges().All(e => c[e.Source] == c[e.Target])
            && FirstNodeOrder(c);
    }

    [Property]
    public bool Strong_SymmetricDirectedGraph_EqualsWeak(byte size, (byte, byte)[] pairs)
    {
        var sym = (pairs ?? []).SelectMany(p => new[] { p, (p.Item2, p.Item1) }).ToArray();
        CsrGraph g = FromArbitrary(size, sym, directed: true);
        return ComponentsAlgorithms.Strong(g).Labels.SequenceEqual(ComponentsAlgorithms.Weak(g).Labels);
    }

    [Property]
    public bool Strong_Always_RefinesWeak(byte size, (byte, byte)[] pairs)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed: true);
        ComponentLabels strong = ComponentsAlgorithms.Strong(g), weak = ComponentsAlgorithms.Weak(g);
        return FirstNodeOrder(strong) && Enumerable.Range(0, g.NodeCount).All(v =>
            Enumerable.Range(0, g.NodeCount).All(w => strong[v] != strong[w] || weak[v] == weak[w]));
    }

    [Property]
    public bool ArticulationPoints_RemovingOne_RaisesTheComponentCount(byte size, (byte, byte)[] pairs, bool directed)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed);
        HashSet<int>[] adj = UndirectedSets(g);
        int baseCount = ComponentsAlgorithms.Weak(g).Count;
        return ComponentsAlgorithms.ArticulationPoints(g).All(v => BfsLabels(adj, removed: v).Max() + 1 > baseCount);
    }

    private static bool FirstNodeOrder(ComponentLabels c)
    {
        int seen = -1;
        foreach (int label in c.Labels)
        {
            if (label > seen + 1)
            {
                return false;
            }

            seen = Math.Max(seen, label);
        }

        return true;
    }

    // ---- NetworkX fixtures ----
    public static TheoryData<string> FixtureNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void All_NetworkXFixtures_Match(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        JsonElement json = Fixtures.GraphJson(name);
        Assert.Equal(json.GetProperty("weak_components").GetInt32(), ComponentsAlgorithms.Weak(g).Count);
        Assert.Equal(json.GetProperty("strong_components").GetInt32(), ComponentsAlgorithms.Strong(g).Count);
        string[] expectedCuts = [.. json.GetProperty("articulation_points").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(expectedCuts, ComponentsAlgorithms.ArticulationPoints(g).Select(v => g.Nodes[v]));
        string[] expectedBridges = [.. json.GetProperty("bridges").EnumerateArray().Select(e => e[0].GetString() + "|" + e[1].GetString())];
        Assert.Equal(expectedBridges, ComponentsAlgorithms.Bridges(g).Select(e => g.Nodes[e.Source] + "|" + g.Nodes[e.Target]));
    }
}
