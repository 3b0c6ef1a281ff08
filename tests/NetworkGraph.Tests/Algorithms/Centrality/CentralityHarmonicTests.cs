using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;
using C = NetworkGraph.Algorithms.Centrality;

namespace NetworkGraph.Tests.Algorithms.Centrality;

public sealed class CentralityHarmonicTests
{
    [Fact]
    public void Harmonic_Star_CenterFourLeavesFiveHalves()
    {
        Assert.Equal([4.0, 2.5, 2.5, 2.5, 2.5], Harmonic(Star(4)).ToArray());
    }

    [Fact]
    public void Harmonic_PathCycleComplete_ClosedForms()
    {
        // P5: ends see 1, 2, 3, 4 hops; their neighbours 1, 1, 2, 3; the middle 1, 1, 2, 2.
        double end = 1 + (1 / 2.0) + (1 / 3.0) + (1 / 4.0), next = 2 + (1 / 2.0) + (1 / 3.0);
        Assert.Equal([end, next, 3.0, next, end], Harmonic(Path(5)).ToArray());
        Assert.All(Harmonic(Cycle(5)).ToArray(), h => Assert.Equal(3.0, h));
        Assert.All(Harmonic(Complete(6)).ToArray(), h => Assert.Equal(5.0, h));
    }

    [Fact]
    public void Harmonic_DirectedPathWithIsolated_IncomingOnlyUnreachableZero()
    {
        CsrGraph g = FromEdges(true, 4, (0, 1), (1, 2));
        Assert.Equal([0.0, 1.0, 1.5, 0.0], Harmonic(g).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Harmonic_Fixture_EqualsNetworkX(string name)
    {
        CsrGraph g = Fixtures.LoadGraph(name);
        double[] expected = Fixtures.ExpectedColumn(name, "harmonic").Select(v => v!.Value).ToArray();
        AssertClose(expected, Harmonic(g), 1e-12);
    }
}
