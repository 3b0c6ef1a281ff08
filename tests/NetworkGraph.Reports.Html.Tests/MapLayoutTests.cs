namespace NetworkGraph.Reports.Html.Tests;

/// <summary>The map's layout, computed in C# when the report is written.</summary>
public sealed class MapLayoutTests
{
    /// <summary>Two cliques of 12 joined by one tie, and 5 actors with no tie (indices 24–28).</summary>
    private static (int Nodes, List<(int, int)> Ties) TwoCliques()
    {
        var ties = new List<(int, int)>();
        for (int c = 0; c < 2; c++)
        {
            for (int i = 0; i < 12; i++)
            {
                for (int j = i + 1; j < 12; j++)
                {
                    ties.Add(((c * 12) + i, (c * 12) + j));
                }
            }
        }

        ties.Add((0, 12));
        return (29, ties);
    }

    [Fact]
    public void Compute_SameNetwork_GivesTheSamePositions()
    {
        (int n, List<(int, int)> ties) = TwoCliques();
        Assert.Equal(MapLayout.Compute(n, ties), MapLayout.Compute(n, ties));
    }

    [Fact]
    public void Compute_TwoCliques_KeepsEachCliqueTogether()
    {
        (int n, List<(int, int)> ties) = TwoCliques();
        double[] p = MapLayout.Compute(n, ties);
        double Distance(int a, int b) => Math.Sqrt(Math.Pow(p[2 * a] - p[2 * b], 2) + Math.Pow(p[(2 * a) + 1] - p[(2 * b) + 1], 2));
        var within = new List<double>();
        var across = new List<double>();
        for (int a = 0; a < 24; a++)
        {
            for (int b = a + 1; b < 24; b++)
            {
                (a / 12 == b / 12 ? within : across).Add(Distance(a, b));
            }
        }

        Assert.True(within.Average() * 2 < across.Average(), $"within {within.Average():0.0}, across {across.Average():0.0}");
        Assert.All(p, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Compute_ActorsWithoutTies_AreShownApartToTheRight()
    {
        (int n, List<(int, int)> ties) = TwoCliques();
        double[] p = MapLayout.Compute(n, ties);
        double rightmost = Enumerable.Range(0, 24).Max(v => p[2 * v]);
        for (int v = 24; v < n; v++)
        {
            Assert.True(p[2 * v] > rightmost, $"actor {v} at x = {p[2 * v]}, network up to {rightmost}");
        }

        Assert.Equal(n, Enumerable.Range(0, n).Select(v => (p[2 * v], p[(2 * v) + 1])).Distinct().Count());
    }

    [Fact]
    public void Compute_SelfTiesAndOutOfRangeTies_AreIgnored()
    {
        double[] p = MapLayout.Compute(3, [(0, 0), (1, 7), (-1, 2)]);
        Assert.Equal(6, p.Length);
        Assert.Equal(3, Enumerable.Range(0, 3).Select(v => (p[2 * v], p[(2 * v) + 1])).Distinct().Count());
    }
}
