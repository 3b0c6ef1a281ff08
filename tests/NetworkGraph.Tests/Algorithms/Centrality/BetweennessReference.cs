using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Algorithms.Centrality;

/// <summary>
/// Slow, obvious betweenness: all-pairs distances by Floyd–Warshall, path counts by dynamic programming over
/// increasing distance, then the pair formula <c>Σ σ(s,v)·σ(v,t)/σ(s,t)</c> — O(n³), raw sums over ordered pairs.
/// Lengths are exact: hops, or <c>1/weight</c> for weights that are powers of two (dyadic, so float sums are exact).
/// </summary>
internal static class BetweennessReference
{
    public static (double[] Nodes, Dictionary<(int, int), double> Edges) Compute(CsrGraph g, bool weighted)
    {
        int n = g.NodeCount;
        double[,] d = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : double.PositiveInfinity;
            }
        }

        foreach (Edge e in g.Edges())
        {
            double len = weighted ? 1.0 / e.Weight : 1.0;
            d[e.Source, e.Target] = len;
            if (!g.IsDirected)
            {
                d[e.Target, e.Source] = len;
            }
        }

        double[,] l = (double[,])d.Clone();
        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (d[i, k] + d[k, j] < d[i, j])
                    {
                        d[i, j] = d[i, k] + d[k, j];
                    }
                }
            }
        }

        // sigma[s, t]: number of shortest s-t paths, by increasing d(s, t).
        double[,] sigma = new double[n, n];
        for (int s = 0; s < n; s++)
        {
            int[] byDist = Enumerable.Range(0, n).Where(t => !double.IsPositiveInfinity(d[s, t])).OrderBy(t => d[s, t]).ToArray();
            sigma[s, s] = 1;
            foreach (int t in byDist)
            {
                if (t == s)
                {
                    continue;
                }

                for (int v = 0; v < n; v++)
                {
                    if (v != t && !double.IsPositiveInfinity(l[v, t]) && d[s, v] + l[v, t] == d[s, t])
                    {
                        sigma[s, t] += sigma[s, v];
                    }
                }
            }
        }

        double[] nodes = new double[n];
        var edges = new Dictionary<(int, int), double>();
        foreach (Edge e in g.Edges())
        {
            edges[(e.Source, e.Target)] = 0;
        }

        for (int s = 0; s < n; s++)
        {
            for (int t = 0; t < n; t++)
            {
                if (s == t || double.IsPositiveInfinity(d[s, t]))
                {
                    continue;
                }

                for (int v = 0; v < n; v++)
                {
                    if (v != s && v != t && d[s, v] + d[v, t] == d[s, t])
                    {
                        nodes[v] += sigma[s, v] * sigma[v, t] / sigma[s, t];
                    }
                }

                foreach (Edge e in g.Edges())
                {
                    edges[(e.Source, e.Target)] += Through(e.Source, e.Target) + (g.IsDirected ? 0 : Through(e.Target, e.Source));
                }

                double Through(int u, int w) =>
                    d[s, u] + l[u, w] + d[w, t] == d[s, t] ? sigma[s, u] * sigma[w, t] / sigma[s, t] : 0;
            }
        }

        return (nodes, edges);
    }

    /// <summary>A seeded random graph: G(n, p) with weights drawn from <paramref name="weights"/>.</summary>
    public static CsrGraph RandomGraph(int seed, bool directed, double[]? weights)
    {
        var rng = new Random(seed);
        int n = rng.Next(0, 26);
        double p = 0.05 + (rng.NextDouble() * 0.3);
        var b = new CsrGraphBuilder(directed);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int u = 0; u < n; u++)
        {
            for (int v = directed ? 0 : u + 1; v < n; v++)
            {
                if (u != v && rng.NextDouble() < p)
                {
                    b.AddEdge(u, v, weights is null ? 1.0 : weights[rng.Next(weights.Length)]);
                }
            }
        }

        return b.Build();
    }
}
