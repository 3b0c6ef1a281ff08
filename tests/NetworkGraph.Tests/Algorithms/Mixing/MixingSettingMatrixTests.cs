using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Algorithms.Mixing;

public sealed class MixingSettingMatrixTests
{
    private static CsrGraph Graph(bool directed, int n, params (int, int)[] edges)
    {
        var b = new CsrGraphBuilder(NodeIndex.Create(Enumerable.Range(0, n).Select(i => "n" + i)), directed);
        foreach ((int u, int v) in edges)
        {
            b.AddEdge(u, v);
        }

        return b.Build();
    }

    // Groups: 0 → {0, 1}, 1 → {2, 3}, 2 → {4}. Edges 0-1 (inside 0), 0-2, 1-2 (0-1 twice), 2-3 (inside 1), 3-4 (1-2).
    private static readonly int[] Groups = [0, 0, 1, 1, 2];

    [Fact]
    public void SettingMatrix_Undirected_IsSymmetricWithTiesInsideOnDiagonal()
    {
        CsrGraph g = Graph(false, 5, (0, 1), (0, 2), (1, 2), (2, 3), (3, 4));
        MixingMatrix m = NetworkGraph.Algorithms.Mixing.SettingMatrix(g, Groups);
        Assert.Equal(3, m.GroupCount);
        Assert.True(m.IsSymmetric);
        long[,] expected = { { 1, 2, 0 }, { 2, 1, 1 }, { 0, 1, 0 } };
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                Assert.Equal(expected[a, b], m[a, b]);
            }
        }
    }

    [Fact]
    public void SettingMatrix_Directed_CountsArcsByDirection()
    {
        CsrGraph g = Graph(true, 5, (0, 2), (2, 0), (3, 4), (0, 1));
        MixingMatrix m = NetworkGraph.Algorithms.Mixing.SettingMatrix(g, Groups, groupCount: 4);
        Assert.Equal(4, m.GroupCount);
        Assert.Equal(1, m[0, 1]);
        Assert.Equal(1, m[1, 0]);
        Assert.Equal(1, m[1, 2]);
        Assert.Equal(0, m[2, 1]);
        Assert.Equal(1, m[0, 0]);
    }

    [Fact]
    public void EIIndex_HandExample_ExternalMinusInternalOverTotal()
    {
        CsrGraph g = Graph(false, 5, (0, 1), (0, 2), (1, 2), (2, 3), (3, 4));
        var ei = NetworkGraph.Algorithms.Mixing.EIIndex(g, Groups, groupCount: 4);

        // Group 0: E = 2 (0-2, 1-2), I = 1 → 1/3. Group 1: E = 3 (0-2, 1-2, 3-4), I = 1 → 2/4. Group 2: E = 1, I = 0 → 1. Group 3: no tie.
        Assert.Equal(1.0 / 3.0, ei[0]!.Value, 12);
        Assert.Equal(0.5, ei[1]!.Value, 12);
        Assert.Equal(1.0, ei[2]);
        Assert.Null(ei[3]);
    }

    [Fact]
    public void SettingMatrix_GroupOutOfRange_Throws()
    {
        CsrGraph g = Graph(false, 2, (0, 1));
        Assert.Throws<ArgumentException>(() => NetworkGraph.Algorithms.Mixing.SettingMatrix(g, [0, 3], groupCount: 2));
        Assert.Throws<ArgumentException>(() => NetworkGraph.Algorithms.Mixing.EIIndex(g, [0, -1]));
    }
}
