using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using static NetworkGraph.Tests.Algorithms.Centrality.CentralityTestGraphs;

namespace NetworkGraph.Tests.Algorithms.Paths;

public sealed class PathsShortestPathLengthsTests
{
    [Fact]
    public void ShortestPathLengths_DirectedPath_ForwardOnlyUnreachableMinusOne()
    {
        CsrGraph g = FromEdges(true, 4, (0, 1), (1, 2));
        Assert.Equal([-1, 0, 1, -1], NetworkGraph.Algorithms.Paths.ShortestPathLengths(g, 1));
        Assert.Equal([2, 1, 0, -1], NetworkGraph.Algorithms.Paths.ShortestPathLengths(g.Reverse(), 2));
    }

    [Fact]
    public void ShortestPathLengths_Cycle_Hops()
    {
        Assert.Equal([0, 1, 2, 3, 2, 1], NetworkGraph.Algorithms.Paths.ShortestPathLengths(Cycle(6), 0));
    }

    [Fact]
    public void ShortestPathLengths_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => NetworkGraph.Algorithms.Paths.ShortestPathLengths(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGraph.Algorithms.Paths.ShortestPathLengths(Cycle(3), 3));
    }
}
