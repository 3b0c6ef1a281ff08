using System.Text.Json;
using NetworkGraph.Graphs;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Algorithms.Communities;

/// <summary>Small seeded graphs and the modularity fixtures of <c>Fixtures/communities</c>.</summary>
internal static class CommunityTestGraphs
{
    public static string FixtureDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "communities");

    private static readonly Lazy<JsonDocument> ModularityDocument =
        new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, "modularity.json"))));

    public static JsonElement ModularityFixtures => ModularityDocument.Value.RootElement;

    public static TheoryData<string> FixtureNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (JsonProperty p in ModularityFixtures.EnumerateObject())
            {
                data.Add(p.Name);
            }

            return data;
        }
    }

    /// <summary>Loads a graph named in modularity.json (from ../graphs or from this folder).</summary>
    public static CsrGraph Load(string name)
    {
        string relative = ModularityFixtures.GetProperty(name).GetProperty("path").GetString()!;
        return relative.StartsWith("..", StringComparison.Ordinal) ? Fixtures.LoadGraph(name) : LoadEdgeList(Path.Combine(FixtureDirectory, relative));
    }

    private static CsrGraph LoadEdgeList(string path)
    {
        string[] lines = File.ReadAllLines(path);
        var builder = new CsrGraphBuilder(lines[0].Trim() == "# directed", EdgeMerge.Last);
        foreach (string raw in lines.Skip(1))
        {
            string[] parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                builder.AddNode(parts[0]);
            }
            else if (parts.Length >= 2)
            {
                builder.AddEdge(parts[0], parts[1], parts.Length == 3 ? double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 1.0);
            }
        }

        return builder.Build();
    }

    /// <summary>Two cliques of <paramref name="size"/> nodes joined by one edge.</summary>
    public static CsrGraph TwoCliques(int size)
    {
        var b = new CsrGraphBuilder(directed: false);
        for (int c = 0; c < 2; c++)
        {
            for (int i = 0; i < size; i++)
            {
                for (int j = i + 1; j < size; j++)
                {
                    b.AddEdge($"{c}-{i}", $"{c}-{j}");
                }
            }
        }

        b.AddEdge("0-0", "1-0");
        return b.Build();
    }

    /// <summary>A ring of <paramref name="cliques"/> cliques of <paramref name="size"/> nodes, as NetworkX's ring_of_cliques (node i·size + j).</summary>
    public static CsrGraph RingOfCliques(int cliques, int size)
    {
        var b = new CsrGraphBuilder(directed: false);
        for (int v = 0; v < cliques * size; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int c = 0; c < cliques; c++)
        {
            for (int i = 0; i < size; i++)
            {
                for (int j = i + 1; j < size; j++)
                {
                    b.AddEdge((c * size) + i, (c * size) + j);
                }
            }

            b.AddEdge((c * size) + 1, (((c + 1) % cliques) * size) + 0);
        }

        return b.Build();
    }

    /// <summary>A seeded planted-partition graph: <paramref name="groups"/> equal groups, expected degrees inside and across.</summary>
    public static CsrGraph Planted(int n, int groups, double degreeInside, double degreeAcross, bool directed, int seed, bool weighted = false)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(directed, EdgeMerge.Sum);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        int groupSize = Math.Max(1, n / groups);
        long inside = (long)(n * degreeInside / 2), across = (long)(n * degreeAcross / 2);
        for (long e = 0; e < inside + across; e++)
        {
            int u = rng.Next(n);
            int g = Math.Min(u / groupSize, groups - 1);
            int v = e < inside ? Math.Min(n - 1, (g * groupSize) + rng.Next(groupSize)) : rng.Next(n);
            if (u != v)
            {
                b.AddEdge(u, v, weighted ? 1 + rng.Next(4) : 1.0);
            }
        }

        return b.Build();
    }

    /// <summary>Checks that each community induces a connected subgraph (weakly, when directed).</summary>
    public static bool CommunitiesAreConnected(CsrGraph graph, ReadOnlySpan<int> labels, int count)
    {
        int n = graph.NodeCount;
        var seen = new bool[n];
        var started = new bool[count];
        var queue = new Queue<int>();
        for (int s = 0; s < n; s++)
        {
            if (seen[s])
            {
                continue;
            }

            if (started[labels[s]])
            {
                return false; // a second component of the same community
            }

            started[labels[s]] = true;
            seen[s] = true;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                int u = queue.Dequeue();
                foreach (int v in graph.OutNeighbors(u).ToArray().Concat(graph.InNeighbors(u).ToArray()))
                {
                    if (!seen[v] && labels[v] == labels[u])
                    {
                        seen[v] = true;
                        queue.Enqueue(v);
                    }
                }
            }
        }

        return true;
    }
}
