using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Algorithms.Brokerage;

public sealed class BrokerageGouldFernandezTests
{
    private static CsrGraph Directed(int n, params (int From, int To)[] arcs)
    {
        var b = new CsrGraphBuilder(NodeIndex.Create(Enumerable.Range(0, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), directed: true);
        foreach ((int from, int to) in arcs)
        {
            b.AddEdge(from, to);
        }

        return b.Build();
    }

    /// <summary>
    /// Groups A = {0, 1, 5}, B = {2, 3}, C = {4}; arcs 0→1, 1→5, 1→2, 2→3, 2→4, 2→5, 2→0.
    /// Open two-paths (a→b→c, a≠c, no a→c), as sna::brokerage's C loop enumerates them:
    /// b=0: 2→0→1 (B,A,A: gatekeeper). b=1: 0→1→5 (A,A,A: coordinator), 0→1→2 (A,A,B: representative).
    /// b=2: 1→2→0 (A,B,A: consultant), 1→2→3 (A,B,B: gatekeeper), 1→2→4 (A,B,C: liaison); 1→2→5 is closed by 1→5.
    /// </summary>
    [Fact]
    public void GouldFernandez_HandExample_CountsEachRole()
    {
        CsrGraph g = Directed(6, (0, 1), (1, 5), (1, 2), (2, 3), (2, 4), (2, 5), (2, 0));
        int[] groups = [0, 0, 1, 1, 2, 0];
        var r = NetworkGraph.Algorithms.Brokerage.GouldFernandez(g, groups);
        Assert.Equal(new BrokerageRoles(Coordinator: 0, Gatekeeper: 1, Representative: 0, Consultant: 0, Liaison: 0), r[0]);
        Assert.Equal(new BrokerageRoles(Coordinator: 1, Gatekeeper: 0, Representative: 1, Consultant: 0, Liaison: 0), r[1]);
        Assert.Equal(new BrokerageRoles(Coordinator: 0, Gatekeeper: 1, Representative: 0, Consultant: 1, Liaison: 1), r[2]);
        Assert.All(r.Skip(3), x => Assert.Equal(0, x.Total));
    }

    [Fact]
    public void GouldFernandez_ReciprocalPairAndClosedTriad_CountNothing()
    {
        // a→b→a is not a two-path (a = c); 0→1→2 is closed by 0→2.
        CsrGraph g = Directed(3, (0, 1), (1, 0), (1, 2), (0, 2));
        var r = NetworkGraph.Algorithms.Brokerage.GouldFernandez(g, [0, 0, 0]);
        Assert.All(r, x => Assert.Equal(0, x.Total));
    }

    [Fact]
    public void GouldFernandez_ReverseTieDoesNotClose()
    {
        // 0→1→2 with 2→0: the pair (0, 2) has no 0→2 arc, so it is open (sna checks a→c only).
        CsrGraph g = Directed(3, (0, 1), (1, 2), (2, 0));
        var r = NetworkGraph.Algorithms.Brokerage.GouldFernandez(g, [0, 1, 1]);
        Assert.Equal(new BrokerageRoles(0, 1, 0, 0, 0), r[1]); // 0→1→2: A, B, B
        Assert.Equal(new BrokerageRoles(0, 0, 1, 0, 0), r[2]); // 1→2→0: B, B, A
        Assert.Equal(new BrokerageRoles(0, 0, 0, 1, 0), r[0]); // 2→0→1: B, A, B
    }

    [Fact]
    public void GouldFernandez_GroupsOfWrongLength_Throws()
    {
        CsrGraph g = Directed(3, (0, 1));
        Assert.Throws<ArgumentException>(() => NetworkGraph.Algorithms.Brokerage.GouldFernandez(g, [0, 1]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void GouldFernandez_RandomGraphs_MatchTripleLoopReference(int seed)
    {
        var random = new Random(seed);
        int n = 25;
        var arcs = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            for (int v = 0; v < n; v++)
            {
                if (u != v && random.NextDouble() < 0.15)
                {
                    arcs.Add((u, v));
                }
            }
        }

        CsrGraph g = Directed(n, [.. arcs]);
        int[] groups = [.. Enumerable.Range(0, n).Select(_ => random.Next(3))];
        var fast = NetworkGraph.Algorithms.Brokerage.GouldFernandez(g, groups);
        for (int b = 0; b < n; b++)
        {
            long[] counts = new long[5];
            for (int a = 0; a < n; a++)
            {
                for (int c = 0; c < n; c++)
                {
                    if (a == b || b == c || a == c || !g.HasEdge(a, b) || !g.HasEdge(b, c) || g.HasEdge(a, c))
                    {
                        continue;
                    }

                    int ga = groups[a], gb = groups[b], gc = groups[c];
                    int role = ga == gb && gb == gc ? 0 : ga != gb && gb == gc ? 1 : ga == gb ? 2 : ga == gc ? 3 : 4;
                    counts[role]++;
                }
            }

            Assert.Equal(new BrokerageRoles(counts[0], counts[1], counts[2], counts[3], counts[4]), fast[b]);
        }
    }
}
