using System.Text.Json;
using FsCheck.Xunit;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Components.StructureGraphs;

namespace NetworkGraph.Tests.Algorithms.Cohesion;

public sealed class CohesionTests
{
    // ---- closed forms ----
    [Fact]
    public void CoreNumber_ClosedForms()
    {
        Assert.Equal([1.0, 1, 1, 1, 1], NetworkGraph.Algorithms.Cohesion.CoreNumber(Path(5)).ToArray());
        Assert.Equal([1.0, 1, 1, 1], NetworkGraph.Algorithms.Cohesion.CoreNumber(Star(3)).ToArray());
        Assert.Equal(Enumerable.Repeat(4.0, 5), NetworkGraph.Algorithms.Cohesion.CoreNumber(Complete(5)).ToArray());
        Assert.Equal(Enumerable.Repeat(2.0, 5), NetworkGraph.Algorithms.Cohesion.CoreNumber(Bowtie()).ToArray());
        Assert.Equal([0.0], NetworkGraph.Algorithms.Cohesion.CoreNumber(Make(1, false)).ToArray());
    }

    [Fact]
    public void CoreNumber_Directed_CountsInPlusOut()
    {
        // Directed cycle: every node has in + out = 2; complete digraph K4: 6.
        Assert.Equal(Enumerable.Repeat(2.0, 6), NetworkGraph.Algorithms.Cohesion.CoreNumber(Cycle(6, directed: true)).ToArray());
        Assert.Equal(Enumerable.Repeat(6.0, 4), NetworkGraph.Algorithms.Cohesion.CoreNumber(Complete(4, directed: true)).ToArray());
    }

    [Fact]
    public void Clustering_ClosedForms()
    {
        Assert.Equal(Enumerable.Repeat(1.0, 5), NetworkGraph.Algorithms.Cohesion.Clustering(Complete(5)).ToArray());
        Assert.Equal(Enumerable.Repeat(0.0, 5), NetworkGraph.Algorithms.Cohesion.Clustering(Star(4)).ToArray());
        // Bowtie: the centre has 2 triangles among C(4, 2) = 6 neighbour pairs.
        Assert.Equal([1.0, 1, 1.0 / 3, 1, 1], NetworkGraph.Algorithms.Cohesion.Clustering(Bowtie()).ToArray());
        Assert.Equal(Enumerable.Repeat(1.0, 4), NetworkGraph.Algorithms.Cohesion.Clustering(Complete(4, directed: true)).ToArray());
        // A directed 3-cycle: 2 of the 8 possible directed triangles at each node, none reciprocated: 2 / (2·(2·1 − 0)).
        Assert.Equal(Enumerable.Repeat(0.5, 3), NetworkGraph.Algorithms.Cohesion.Clustering(Cycle(3, directed: true)).ToArray());
    }

    [Fact]
    public void TransitivityAndAverage_Bowtie()
    {
        // 2 triangles; triples: 4 nodes × 1 + centre 6 = 10; 3·2/10.
        Assert.Equal(0.6, NetworkGraph.Algorithms.Cohesion.Transitivity(Bowtie()), 15);
        Assert.Equal((4 + (1.0 / 3)) / 5, NetworkGraph.Algorithms.Cohesion.AverageClustering(Bowtie()), 15);
        Assert.Equal(0, NetworkGraph.Algorithms.Cohesion.Transitivity(Star(5)));
        Assert.True(double.IsNaN(NetworkGraph.Algorithms.Cohesion.AverageClustering(Make(0, false))));
    }

    [Fact]
    public void DensityAndReciprocity_ClosedForms()
    {
        Assert.Equal(1.0, NetworkGraph.Algorithms.Cohesion.Density(Complete(6)));
        Assert.Equal(1.0, NetworkGraph.Algorithms.Cohesion.Density(Complete(4, directed: true)));
        Assert.Equal(4.0 / 20, NetworkGraph.Algorithms.Cohesion.Density(Path(5, directed: true)));
        Assert.Equal(0, NetworkGraph.Algorithms.Cohesion.Density(Make(1, false)));
        Assert.Null(NetworkGraph.Algorithms.Cohesion.Reciprocity(Complete(3)));
        Assert.Null(NetworkGraph.Algorithms.Cohesion.Reciprocity(Make(3, true)));
        Assert.Equal(1.0, NetworkGraph.Algorithms.Cohesion.Reciprocity(Complete(3, directed: true)));
        Assert.Equal(2.0 / 3, NetworkGraph.Algorithms.Cohesion.Reciprocity(Make(3, true, (0, 1), (1, 0), (1, 2))));
    }

    [Fact]
    public void EgoNetwork_Path_RadiusHops()
    {
        CsrGraph ego = NetworkGraph.Algorithms.Cohesion.EgoNetwork(Path(7), 3, 2);
        Assert.Equal(["1", "2", "3", "4", "5"], ego.Nodes.Keys);
        Assert.Equal(4, ego.EdgeCount);
        Assert.Equal(["3"], NetworkGraph.Algorithms.Cohesion.EgoNetwork(Path(7), 3, 0).Nodes.Keys);
    }

    [Fact]
    public void EgoNetwork_Directed_FollowsSuccessorsAndKeepsArcsAndWeights()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b", 2);
        b.AddEdge("c", "a", 1);
        b.AddEdge("b", "c", 3);
        b.AddEdge("b", "d", 1);
        CsrGraph g = b.Build();
        CsrGraph ego = NetworkGraph.Algorithms.Cohesion.EgoNetwork(g, 0);
        Assert.Equal(["a", "b"], ego.Nodes.Keys);
        Assert.Equal([new Edge(0, 1, 2)], ego.Edges());

        CsrGraph two = NetworkGraph.Algorithms.Cohesion.EgoNetwork(g, 0, 2);
        Assert.Equal(["a", "b", "c", "d"], two.Nodes.Keys);
        Assert.Equal(4, two.EdgeCount);
        Assert.Equal([0], two.InNeighbors(1).ToArray());
    }

    [Fact]
    public void EgoNetwork_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGraph.Algorithms.Cohesion.EgoNetwork(Path(3), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGraph.Algorithms.Cohesion.EgoNetwork(Path(3), 0, -1));
        Assert.Throws<ArgumentNullException>(() => NetworkGraph.Algorithms.Cohesion.CoreNumber(null!));
    }

    // ---- slow references ----
    public static TheoryData<int, bool> RandomCases => Seeds();

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void CoreNumber_RandomGraphs_MatchesPeeling(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed);
        int n = g.NodeCount;
        double[] expected = new double[n];
        for (int k = 1; ; k++)
        {
            // Peel nodes of degree < k (degree = in + out when directed) until none is left.
            bool[] alive = Enumerable.Repeat(true, n).ToArray();
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int v = 0; v < n; v++)
                {
                    if (alive[v] && DegreeAmong(g, v, alive) < k)
                    {
                        alive[v] = false;
                        changed = true;
                    }
                }
            }

            if (!alive.Contains(true))
            {
                break;
            }

            for (int v = 0; v < n; v++)
            {
                if (alive[v])
                {
                    expected[v] = k;
                }
            }
        }

        Assert.Equal(expected, NetworkGraph.Algorithms.Cohesion.CoreNumber(g).ToArray());
    }

    private static int DegreeAmong(CsrGraph g, int v, bool[] alive)
    {
        int d = 0;
        foreach (int w in g.OutNeighbors(v))
        {
            d += alive[w] ? 1 : 0;
        }

        if (g.IsDirected)
        {
            foreach (int w in g.InNeighbors(v))
            {
                d += alive[w] ? 1 : 0;
            }
        }

        return d;
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void ClusteringAndTransitivity_RandomGraphs_MatchDefinitions(int seed, bool directed)
    {
        CsrGraph g = Random(seed, directed);
        int n = g.NodeCount;
        int A(int i, int j) => g.HasEdge(i, j) && (directed || i != j) ? 1 : 0;
        double[] expected = new double[n];
        for (int i = 0; i < n; i++)
        {
            // Fagiolo: ((A + Aᵀ)³)ii; undirected: (A³)ii = 2T.
            long t = 0;
            for (int j = 0; j < n; j++)
            {
                for (int k = 0; k < n; k++)
                {
                    t += directed
                        ? (A(i, j) + A(j, i)) * (A(j, k) + A(k, j)) * (A(k, i) + A(i, k))
                        : A(i, j) * A(j, k) * A(k, i);
                }
            }

            if (directed)
            {
                t /= 1; // already the directed-triangle count
                long dt = g.OutDegree(i) + g.InDegree(i);
                long db = Enumerable.Range(0, n).Count(j => A(i, j) == 1 && A(j, i) == 1);
                expected[i] = t == 0 ? 0 : t / (double)((dt * (dt - 1) - (2 * db)) * 2);
            }
            else
            {
                long d = g.Degree(i);
                expected[i] = t == 0 ? 0 : t / (double)(d * (d - 1));
            }
        }

        double[] actual = NetworkGraph.Algorithms.Cohesion.Clustering(g).ToArray();
        for (int v = 0; v < n; v++)
        {
            AssertClose(expected[v], actual[v]);
        }

        // Transitivity as NetworkX computes it: successor rows when directed.
        long closed = 0, triples = 0;
        for (int v = 0; v < n; v++)
        {
            int[] row = g.OutNeighbors(v).ToArray();
            triples += (long)row.Length * (row.Length - 1);
            closed += row.Sum(w => row.Count(x => g.HasEdge(w, x)));
        }

        AssertClose(closed == 0 ? 0 : closed / (double)triples, NetworkGraph.Algorithms.Cohesion.Transitivity(g));
    }

    [Property]
    public bool Clustering_Always_BetweenZeroAndOne(byte size, (byte, byte)[] pairs, bool directed)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed);
        return NetworkGraph.Algorithms.Cohesion.Clustering(g).ToArray().All(c => c is >= 0 and <= 1)
            && NetworkGraph.Algorithms.Cohesion.Transitivity(g) is >= 0 and <= 1;
    }

    [Property]
    public bool CoreNumber_Always_AtMostDegree(byte size, (byte, byte)[] pairs, bool directed)
    {
        CsrGraph g = FromArbitrary(size, pairs, directed);
        NodeScores core = NetworkGraph.Algorithms.Cohesion.CoreNumber(g);
        return Enumerable.Range(0, g.NodeCount).All(v => core[v] <= g.Degree(v));
    }

    // ---- NetworkX fixtures ----
    public static TheoryData<string> FixtureNames => Fixtures.All;

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void All_NetworkXFixtures_Match(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        Fixtures.AssertColumn(name, "core", NetworkGraph.Algorithms.Cohesion.CoreNumber(g), 1e-12);
        Fixtures.AssertColumn(name, "clustering", NetworkGraph.Algorithms.Cohesion.Clustering(g), 1e-9);
        JsonElement json = Fixtures.GraphJson(name);
        Fixtures.AssertClose(json.GetProperty("density").GetDouble(), NetworkGraph.Algorithms.Cohesion.Density(g), 1e-12, "density");
        JsonElement reciprocity = json.GetProperty("reciprocity");
        Assert.Equal(
            reciprocity.ValueKind == JsonValueKind.Null ? null : reciprocity.GetDouble(),
            NetworkGraph.Algorithms.Cohesion.Reciprocity(g));
        JsonElement transitivity = json.GetProperty("transitivity");
        if (transitivity.ValueKind != JsonValueKind.Null)
        {
            Fixtures.AssertClose(transitivity.GetDouble(), NetworkGraph.Algorithms.Cohesion.Transitivity(g), 1e-9, "transitivity");
        }

        Fixtures.AssertClose(
            json.GetProperty("average_clustering").GetDouble(), NetworkGraph.Algorithms.Cohesion.AverageClustering(g), 1e-9, "average_clustering");
    }
}
