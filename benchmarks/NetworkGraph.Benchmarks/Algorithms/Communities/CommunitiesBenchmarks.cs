using System.Globalization;
using BenchmarkDotNet.Attributes;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Algorithms.Communities;

/// <summary>
/// Louvain and Leiden on seeded Barabási–Albert (n = 100 000, m = 5) and R-MAT (scale 20, edge factor 16, undirected
/// view) graphs. <see cref="WriteEdgeList"/> writes the same graph for igraph (see compare_igraph.py next to this file).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/NetworkGraph.Benchmarks -- --filter '*CommunitiesBenchmarks*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class CommunitiesBenchmarks
{
    private CsrGraph _graph = null!;

    /// <summary>Gets or sets the input graph: <c>ba</c> or <c>rmat</c>.</summary>
    [Params("ba", "rmat")]
    public string Graph { get; set; } = "ba";

    /// <summary>Builds the input graph.</summary>
    [GlobalSetup]
    public void Setup() => _graph = Build(Graph);

    /// <summary>Louvain, default options.</summary>
    [Benchmark(Baseline = true)]
    public double Louvain() => NetworkGraph.Algorithms.Communities.Louvain(_graph, new CommunityOptions { Seed = 1 }).Modularity;

    /// <summary>Leiden, default options.</summary>
    [Benchmark]
    public double Leiden() => NetworkGraph.Algorithms.Communities.Leiden(_graph, new CommunityOptions { Seed = 1 }).Modularity;

    /// <summary>Builds one of the benchmark graphs by name.</summary>
    public static CsrGraph Build(string name) => name switch
    {
        "ba" => BarabasiAlbert(100_000, 5, seed: 42),
        "rmat" => Rmat(20, 16, 0.57, 0.19, 0.19, seed: 42),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected ba or rmat."),
    };

    /// <summary>Barabási–Albert preferential attachment as NetworkX 2.8 builds it (m initial nodes, m distinct targets per new node).</summary>
    public static CsrGraph BarabasiAlbert(int n, int m, int seed)
    {
        var rng = new Random(seed);
        var builder = new CsrGraphBuilder(directed: false);
        for (int v = 0; v < n; v++)
        {
            builder.AddNode(v.ToString(CultureInfo.InvariantCulture));
        }

        var repeated = new List<int>(2 * n * m);
        var targets = new List<int>(m);
        for (int i = 0; i < m; i++)
        {
            targets.Add(i);
        }

        var chosen = new HashSet<int>();
        for (int source = m; source < n; source++)
        {
            foreach (int t in targets)
            {
                builder.AddEdge(source, t);
                repeated.Add(t);
                repeated.Add(source);
            }

            chosen.Clear();
            targets.Clear();
            while (chosen.Count < m)
            {
                int t = repeated[rng.Next(repeated.Count)];
                if (chosen.Add(t))
                {
                    targets.Add(t);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>R-MAT (Chakrabarti, Zhan &amp; Faloutsos 2004): 2^scale nodes, edgeFactor·2^scale sampled edges, undirected view, self-loops and repeats dropped.</summary>
    public static CsrGraph Rmat(int scale, int edgeFactor, double a, double b, double c, int seed)
    {
        int n = 1 << scale;
        long samples = (long)edgeFactor * n;
        var rng = new Random(seed);
        var builder = new CsrGraphBuilder(directed: false);
        for (int v = 0; v < n; v++)
        {
            builder.AddNode(v.ToString(CultureInfo.InvariantCulture));
        }

        double ab = a + b, abc = a + b + c;
        for (long e = 0; e < samples; e++)
        {
            int u = 0, v = 0;
            for (int bit = 0; bit < scale; bit++)
            {
                double r = rng.NextDouble();
                if (r >= ab)
                {
                    u |= 1 << bit;
                }

                if ((r >= a && r < ab) || r >= abc)
                {
                    v |= 1 << bit;
                }
            }

            builder.AddEdge(u, v);
        }

        return builder.Build();
    }

    /// <summary>Writes "u v" per edge (node indices) for igraph's <c>Read_Edgelist</c>.</summary>
    public static void WriteEdgeList(CsrGraph graph, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (Edge e in graph.Edges())
        {
            writer.Write(e.Source.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.WriteLine(e.Target.ToString(CultureInfo.InvariantCulture));
        }
    }
}
