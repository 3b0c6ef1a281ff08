using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using Comm = NetworkGraph.Algorithms.Communities;

namespace NetworkGraph.Tests.Algorithms.Communities;

/// <summary>Tests shared by Louvain and Leiden (each theory runs both), plus Louvain-specific ones.</summary>
public sealed class CommunitiesLouvainTests
{
    public static TheoryData<string> Methods => new() { "louvain", "leiden" };

    public static TheoryData<string, string> MethodsAndFixtures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string method in new[] { "louvain", "leiden" })
            {
                foreach (JsonProperty p in CommunityTestGraphs.ModularityFixtures.EnumerateObject())
                {
                    data.Add(method, p.Name);
                }
            }

            return data;
        }
    }

    internal static Partition Run(string method, CsrGraph graph, CommunityOptions? options = null) =>
        RunWithToken(method, graph, options, TestContext.Current.CancellationToken);

    internal static Partition RunWithToken(string method, CsrGraph graph, CommunityOptions? options, CancellationToken ct) =>
        method == "louvain" ? Comm.Louvain(graph, options, ct) : Comm.Leiden(graph, options, ct);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_TwoCliquesJoinedByEdge_TwoCommunities(string method)
    {
        Partition p = Run(method, CommunityTestGraphs.TwoCliques(5));
        Assert.Equal(2, p.Count);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], p.Labels.ToArray());
        Assert.Equal([5, 5], p.Sizes);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_RingOfSixteenSixCliques_OneCommunityPerClique(string method)
    {
        // Fortunato & Barthélemy's ring of cliques: below the resolution limit each clique is one community (Q = 0.875, NetworkX).
        CsrGraph g = CommunityTestGraphs.RingOfCliques(16, 6);
        for (int seed = 0; seed < 5; seed++)
        {
            Partition p = Run(method, g, new CommunityOptions { Seed = seed });
            Assert.Equal(16, p.Count);
            for (int v = 0; v < g.NodeCount; v++)
            {
                Assert.Equal(v / 6, p[v]);
            }

            Assert.Equal(0.875, p.Modularity, 12);
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_RingOfThirtyFiveCliques_ResolutionLimitMergesPairs(string method)
    {
        // 30 five-cliques: merging neighbouring cliques in pairs beats one clique per community (0.8879 vs 0.8758, NetworkX),
        // the resolution limit, so some cliques get merged; at γ = 2 the cliques come apart again.
        CsrGraph g = CommunityTestGraphs.RingOfCliques(30, 5);
        Partition p = Run(method, g);
        Assert.True(p.Modularity > 0.8757575757575762, $"Q = {p.Modularity}");
        Assert.InRange(p.Count, 15, 29);
        Partition fine = Run(method, g, new CommunityOptions { Resolution = 2 });
        Assert.Equal(30, fine.Count);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_UnweightedKarate_ReachesPublishedModularity(string method)
    {
        // Blondel et al. report 0.42 on Zachary's karate club; the optimum is 0.4198 (Brandes et al. 2008).
        CsrGraph g = Fixtures.LoadGraph("karate").WithoutWeights();
        for (int seed = 0; seed < 10; seed++)
        {
            Partition p = Run(method, g, new CommunityOptions { Seed = seed });
            Assert.True(p.Modularity >= 0.41, $"seed {seed}: Q = {p.Modularity}");
            Assert.True(p.Modularity <= 0.41979 + 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(MethodsAndFixtures))]
    public void Detect_Fixtures_AtLeastNetworkXLouvain(string method, string name)
    {
        // Over ten seeds, our best modularity is at least NetworkX's worst, and our mean is close to its mean.
        CsrGraph g = CommunityTestGraphs.Load(name);
        double[] networkx = CommunityTestGraphs.ModularityFixtures.GetProperty(name).GetProperty("networkx_louvain")
            .EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double[] ours = Enumerable.Range(0, 10).Select(s => Run(method, g, new CommunityOptions { Seed = s }).Modularity).ToArray();
        Assert.True(ours.Max() >= networkx.Min() - 1e-9, $"ours {ours.Max()} vs NetworkX min {networkx.Min()}");
        Assert.True(ours.Average() >= networkx.Average() - 0.01, $"ours {ours.Average()} vs NetworkX mean {networkx.Average()}");
    }

    [Theory]
    [MemberData(nameof(MethodsAndFixtures))]
    public void Detect_Fixtures_LabelsDenseInFirstNodeOrderAndModularityExact(string method, string name)
    {
        CsrGraph g = CommunityTestGraphs.Load(name);
        Partition p = Run(method, g, new CommunityOptions { Seed = 3, Resolution = 1.5 });
        int[] labels = p.Labels.ToArray();
        Assert.Equal(g.NodeCount, labels.Length);
        int next = 0;
        foreach (int l in labels)
        {
            Assert.InRange(l, 0, p.Count - 1);
            Assert.True(l <= next, "labels are numbered in order of each community's first node");
            next = Math.Max(next, l + 1);
        }

        Assert.Equal(p.Count, next);
        Assert.Equal(p.Sizes.Sum(), g.NodeCount);
        Assert.Equal(Comm.Modularity(g, labels, 1.5), p.Modularity);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_SameSeed_SameLabels_AnyThreadCount(string method)
    {
        // Large enough for several blocks of communities at the first aggregation.
        CsrGraph g = CommunityTestGraphs.Planted(12_000, 600, 8, 3, directed: false, seed: 11, weighted: true);
        int[] first = Run(method, g, new CommunityOptions { Seed = 5, MaxDegreeOfParallelism = 1 }).Labels.ToArray();
        int[] again = Run(method, g, new CommunityOptions { Seed = 5, MaxDegreeOfParallelism = 1 }).Labels.ToArray();
        int[] parallel = Run(method, g, new CommunityOptions { Seed = 5, MaxDegreeOfParallelism = 4 }).Labels.ToArray();
        int[] other = Run(method, g, new CommunityOptions { Seed = 6 }).Labels.ToArray();
        Assert.Equal(first, again);
        Assert.Equal(first, parallel);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_PlantedPartition_RecoversGroups(string method)
    {
        CsrGraph g = CommunityTestGraphs.Planted(2_000, 20, 12, 1, directed: false, seed: 2);
        Partition p = Run(method, g);
        Assert.InRange(p.Count, 18, 22);
        Assert.True(p.Modularity > 0.8, $"Q = {p.Modularity}");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_DirectedPlantedPartition_OptimisesDirectedModularity(string method)
    {
        CsrGraph g = CommunityTestGraphs.Planted(1_000, 10, 10, 1, directed: true, seed: 4, weighted: true);
        Partition p = Run(method, g);
        Assert.InRange(p.Count, 9, 12);
        Assert.Equal(Comm.Modularity(g, p.Labels), p.Modularity);
        Assert.True(p.Modularity > 0.75, $"Q = {p.Modularity}");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_EmptyGraph_NoCommunities(string method)
    {
        Partition p = Run(method, new CsrGraphBuilder(directed: false).Build());
        Assert.Equal(0, p.Count);
        Assert.True(p.Labels.IsEmpty);
        Assert.True(double.IsNaN(p.Modularity));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_OnlyIsolatedNodes_Singletons(string method)
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddNode("a");
        b.AddNode("b");
        b.AddNode("c");
        Partition p = Run(method, b.Build());
        Assert.Equal([0, 1, 2], p.Labels.ToArray());
        Assert.True(double.IsNaN(p.Modularity));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_IsolatedNodesBesideCliques_StayAlone(string method)
    {
        var b = new CsrGraphBuilder(directed: false);
        b.AddNode("lonely");
        foreach ((string u, string v) in new[] { ("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x") })
        {
            b.AddEdge(u, v);
        }

        b.AddNode("alone");
        Partition p = Run(method, b.Build());
        Assert.Equal([0, 1, 1, 1, 2, 2, 2, 3], p.Labels.ToArray());
        Assert.Equal(0.5, p.Modularity, 12);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_CancelledToken_Throws(string method)
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RunWithToken(method, CommunityTestGraphs.TwoCliques(4), null, cts.Token));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_InvalidOptions_Throw(string method)
    {
        CsrGraph g = CommunityTestGraphs.TwoCliques(3);
        Assert.Throws<ArgumentNullException>(() => Run(method, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { Resolution = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { MaxLevels = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { Tolerance = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { MaxIterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(method, g, new CommunityOptions { Randomness = -0.5 }));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Detect_Progress_EndsAtOne(string method)
    {
        var reports = new List<double>();
        Run(method, CommunityTestGraphs.RingOfCliques(16, 6), new CommunityOptions { Progress = new SynchronousProgress(reports) });
        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports[^1]);
        Assert.All(reports, r => Assert.InRange(r, 0.0, 1.0));
    }

    [Fact]
    public void Louvain_MaxLevelsOne_StopsAfterFirstAggregation()
    {
        Partition p = Comm.Louvain(CommunityTestGraphs.RingOfCliques(30, 5), new CommunityOptions { MaxLevels = 1 }, TestContext.Current.CancellationToken);
        Assert.Equal(1, p.Levels);
        Assert.Equal(30, p.Count); // the first level finds the cliques; merging pairs needs the second
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Leiden_RandomGraphs_CommunitiesConnected() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 1_000_000)),
            seed =>
            {
                var rng = new Random(seed);
                bool directed = rng.Next(2) == 0;
                CsrGraph g = CommunityTestGraphs.Planted(20 + rng.Next(300), 1 + rng.Next(8), rng.NextDouble() * 4, rng.NextDouble() * 3, directed, seed, weighted: rng.Next(2) == 0);
                var options = new CommunityOptions { Seed = seed, Resolution = 0.25 + (rng.NextDouble() * 2), MaxLevels = 1 + rng.Next(4) };
                Partition p = Comm.Leiden(g, options, TestContext.Current.CancellationToken);
                return CommunityTestGraphs.CommunitiesAreConnected(g, p.Labels, p.Count)
                    && p.Labels.ToArray().All(l => l >= 0 && l < p.Count);
            });
}
