using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Graphs;

public sealed class CsrGraphBuilderTests
{
    [Fact]
    public void Build_Undirected_StoresBothDirectionsSorted()
    {
        var b = new CsrGraphBuilder(directed: false);
        b.AddEdge("c", "a");
        b.AddEdge("a", "b", 2);
        CsrGraph g = b.Build();
        Assert.Equal(3, g.NodeCount);
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(["c", "a", "b"], g.Nodes.Keys);
        Assert.Equal([0, 2], g.Neighbors(1).ToArray());
        Assert.Equal([1.0, 2.0], g.OutWeights(1).ToArray());
        Assert.True(g.HasEdge(2, 1));
        Assert.True(g.IsWeighted);
    }

    [Theory]
    [InlineData(2, 10)]
    [InlineData(17, 5)]
    [InlineData(32, 1000)]
    [InlineData(200, 40)]
    [InlineData(9000, 100_000)]
    public void RowSorts_EachPath_SortStablyWithTheirWeights(int length, int distinct)
    {
        // Every sort a row can take (rank and insertion for short rows, radix for long ones), on rows with repeated
        // targets, against a stable reference sort; the weights record each arc's position, so stability shows.
        var rng = new Random(length);
        var sorts = new List<Action<int[], double[]?, int, int>> { CsrGraphBuilder.RadixSortRow };
        if (length <= 32)
        {
            sorts = [CsrGraphBuilder.InsertionSortRow];
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                sorts.Add(CsrGraphBuilder.RankSortRow);
            }
        }

        foreach (Action<int[], double[]?, int, int> sort in sorts)
        {
            for (int trial = 0; trial < 50; trial++)
            {
                const int start = 3;
                int[] targets = [.. Enumerable.Range(0, start + length + 2).Select(_ => rng.Next(distinct))];
                double[] weights = [.. Enumerable.Range(0, targets.Length).Select(i => (double)i)];
                (int Target, double Weight)[] expected = [.. targets.Skip(start).Take(length).Zip(weights.Skip(start).Take(length)).OrderBy(p => p.First)];
                int[] before = [.. targets];
                sort(targets, weights, start, length);
                Assert.Equal(expected.Select(p => p.Target), targets.Skip(start).Take(length));
                Assert.Equal(expected.Select(p => p.Weight), weights.Skip(start).Take(length));
                Assert.Equal(before.Take(start).Concat(before.Skip(start + length)), targets.Take(start).Concat(targets.Skip(start + length)));

                int[] alone = [.. before];
                sort(alone, null, start, length);
                Assert.Equal(targets, alone);
            }
        }
    }

    [Theory]
    [InlineData(EdgeMerge.Max, false)]
    [InlineData(EdgeMerge.Last, false)]
    [InlineData(EdgeMerge.Sum, false)]
    [InlineData(EdgeMerge.Sum, true)]
    public void Build_MillionsOfArcsWithRepeatedTies_MergesByPolicyOnEveryThread(EdgeMerge merge, bool directed)
    {
        // Over a million arcs: the rows are sorted, merged and trimmed a range of rows per thread. Rows of every
        // length: a few arcs (insertion sort), hundreds and tens of thousands (radix sort, two digit widths).
        var rng = new Random(11);
        var b = new CsrGraphBuilder(directed, merge);
        var expected = new Dictionary<(int, int), double>();
        const int n = 40_000;
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < 700_000; i++)
        {
            int s = rng.Next(n), t = (i % 4) switch { 0 => rng.Next(5), 1 => rng.Next(300), _ => rng.Next(n) };
            double w = rng.Next(1, 64) / 4.0;
            b.AddEdge(s, t, w);
            if (s == t)
            {
                continue;
            }

            (int, int) key = directed || s < t ? (s, t) : (t, s);
            expected[key] = expected.TryGetValue(key, out double old)
                ? merge switch { EdgeMerge.Max => Math.Max(old, w), EdgeMerge.Sum => old + w, _ => w }
                : w;
        }

        CsrGraph g = b.Build();
        Assert.Equal(expected.Count, g.EdgeCount);
        foreach (((int s, int t), double w) in expected)
        {
            Assert.True(g.TryGetWeight(s, t, out double actual) && actual == w, $"{s} -> {t}");
        }

        for (int v = 0; v < n; v++)
        {
            ReadOnlySpan<int> row = g.OutNeighbors(v);
            for (int i = 1; i < row.Length; i++)
            {
                Assert.True(row[i - 1] < row[i], "rows sorted, without repeats");
            }
        }
    }

    [Theory]
    [InlineData(EdgeMerge.Max, 5.0)]
    [InlineData(EdgeMerge.Last, 2.0)]
    [InlineData(EdgeMerge.Sum, 10.0)]
    public void Build_RepeatedTie_MergesByPolicy(EdgeMerge merge, double expected)
    {
        var b = new CsrGraphBuilder(directed: false, merge);
        b.AddEdge("x", "y", 3);
        b.AddEdge("y", "x", 5);
        b.AddEdge("x", "y", 2);
        CsrGraph g = b.Build();
        Assert.Equal(1, g.EdgeCount);
        Assert.True(g.TryGetWeight(1, 0, out double w1));
        Assert.True(g.TryGetWeight(0, 1, out double w0));
        Assert.Equal(expected, w0);
        Assert.Equal(expected, w1);
    }

    [Fact]
    public void Build_Directed_KeepsInAdjacencyAndDropsSelfLoops()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b");
        b.AddEdge("c", "b");
        b.AddEdge("b", "b");
        b.AddNode("lonely");
        CsrGraph g = b.Build();
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(1, b.SelfLoopsDropped);
        Assert.Equal([0, 2], g.InNeighbors(1).ToArray());
        Assert.Equal(0, g.OutDegree(1));
        Assert.Equal(2, g.Degree(1));
        Assert.Equal(0, g.Degree(3));
        Assert.False(g.IsWeighted);
        Assert.Equal([1.0], g.OutWeights(0).ToArray());
        Assert.Equal(1, g.IsolatedCount()); // "lonely"; "b" has only in-arcs and is not isolated
    }

    [Fact]
    public void AddEdge_AfterBuild_Throws()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddEdge("a", "b");
        b.Build();
        Assert.Throws<InvalidOperationException>(() => b.AddEdge("a", "b"));
        Assert.Throws<InvalidOperationException>(() => b.Build());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddEdge_BadWeight_Throws(double weight)
    {
        var b = new CsrGraphBuilder(directed: true);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddEdge("a", "b", weight));
    }

    [Fact]
    public void Build_ManyEdges_CrossesChunks()
    {
        var b = new CsrGraphBuilder(directed: true);
        const int n = 1000;
        for (int i = 0; i < n; i++)
        {
            b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var rng = new Random(7);
        var expected = new HashSet<(int, int)>();
        for (int i = 0; i < 1_500_000; i++)
        {
            int s = rng.Next(n), t = rng.Next(n);
            b.AddEdge(s, t);
            if (s != t)
            {
                expected.Add((s, t));
            }
        }

        CsrGraph g = b.Build();
        Assert.Equal(expected.Count, g.EdgeCount);
        foreach (Edge e in g.Edges())
        {
            Assert.Contains((e.Source, e.Target), expected);
        }

        for (int v = 0; v < n; v++)
        {
            foreach (int u in g.InNeighbors(v))
            {
                Assert.True(g.HasEdge(u, v));
            }
        }
    }
}
