using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Algorithms.Components;

/// <summary>Small graphs for the structural measures' tests: closed forms and seeded random graphs, plus
/// the plain adjacency sets the slow reference implementations read.</summary>
internal static class StructureGraphs
{
    /// <summary>Builds a graph over nodes "0" … "n−1" from index pairs.</summary>
    public static CsrGraph Make(int n, bool directed, params (int U, int V)[] edges)
    {
        var builder = new CsrGraphBuilder(directed);
        for (int v = 0; v < n; v++)
        {
            builder.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach ((int u, int v) in edges)
        {
            builder.AddEdge(u, v);
        }

        return builder.Build();
    }

    public static CsrGraph Path(int n, bool directed = false) =>
        Make(n, directed, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1))]);

    public static CsrGraph Cycle(int n, bool directed = false) =>
        Make(n, directed, [.. Enumerable.Range(0, n).Select(i => (i, (i + 1) % n))]);

    public static CsrGraph Star(int leaves) =>
        Make(leaves + 1, false, [.. Enumerable.Range(1, leaves).Select(i => (0, i))]);

    public static CsrGraph Complete(int n, bool directed = false) =>
        Make(n, directed, [.. from u in Enumerable.Range(0, n) from v in Enumerable.Range(0, n) where u != v && (directed || u < v) select (u, v)]);

    /// <summary>Two triangles sharing node 2: 0–1–2 and 2–3–4 (the bowtie).</summary>
    public static CsrGraph Bowtie() => Make(5, false, (0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4));

    /// <summary>A seeded random graph with isolated nodes, several components and (directed) some mutual arcs.</summary>
    public static CsrGraph Random(int seed, bool directed, int maxNodes = 40)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, maxNodes + 1);
        double p = rng.NextDouble() * (rng.Next(3) == 0 ? 0.5 : 4.0 / n);
        var edges = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            for (int v = 0; v < n; v++)
            {
                if (u != v && (directed || u < v) && rng.NextDouble() < p)
                {
                    edges.Add((u, v));
                }
            }
        }

        return Make(n, directed, [.. edges]);
    }

    /// <summary>Seeds for theories over random graphs.</summary>
    public static TheoryData<int, bool> Seeds()
    {
        var data = new TheoryData<int, bool>();
        for (int seed = 1; seed <= 60; seed++)
        {
            data.Add(seed, seed % 2 == 0);
        }

        return data;
    }

    /// <summary>Builds a graph from FsCheck input: node count and arbitrary (byte, byte) pairs folded into range.</summary>
    public static CsrGraph FromArbitrary(byte size, (byte, byte)[]? pairs, bool directed)
    {
        int n = 1 + (size % 30);
        return Make(n, directed, [.. (pairs ?? []).Select(p => (p.Item1 % n, p.Item2 % n))]);
    }

    /// <summary>Undirected-view neighbour sets (the obvious structure the references read).</summary>
    public static HashSet<int>[] UndirectedSets(CsrGraph g)
    {
        var sets = new HashSet<int>[g.NodeCount];
        for (int v = 0; v < g.NodeCount; v++)
        {
            sets[v] = [.. g.OutNeighbors(v).ToArray(), .. g.InNeighbors(v).ToArray()];
        }

        return sets;
    }

    /// <summary>Connected components of an undirected neighbour structure by BFS, labelled by first node; nodes in <paramref name="removed"/> get −1.</summary>
    public static int[] BfsLabels(HashSet<int>[] adj, Func<int, int, bool>? edgeRemoved = null, int removed = -1)
    {
        int n = adj.Length;
        int[] label = Enumerable.Repeat(-1, n).ToArray();
        int next = 0;
        for (int s = 0; s < n; s++)
        {
            if (label[s] >= 0 || s == removed)
            {
                continue;
            }

            var queue = new Queue<int>();
            queue.Enqueue(s);
            label[s] = next;
            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                foreach (int w in adj[v])
                {
                    if (w != removed && label[w] < 0 && (edgeRemoved is null || !edgeRemoved(v, w)))
                    {
                        label[w] = next;
                        queue.Enqueue(w);
                    }
                }
            }

            next++;
        }

        return label;
    }

    public static void AssertClose(double expected, double actual, double relative = 1e-9)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
            return;
        }

        Assert.True(
            Math.Abs(expected - actual) <= (relative * Math.Abs(expected)) + 1e-12,
            $"expected {expected:R}, got {actual:R}");
    }
}
