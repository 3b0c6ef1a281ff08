using QuikGraph;

namespace NetworkGraph.Benchmarks.Baselines;

/// <summary>
/// k-core and local clustering written on QuikGraph's graph interfaces (QuikGraph ships neither): the baseline a
/// .NET user would write today.
/// </summary>
internal static class QuikGraphCohesion
{
    /// <summary>
    /// Core numbers by the Batagelj–Zaversnik bucket algorithm, degree = in + out (as NetworkX's <c>core_number</c>);
    /// the graph holds each undirected edge as two arcs, so pass <paramref name="undirected"/> to count it once.
    /// </summary>
    /// <remarks>V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003.
    /// <see href="https://arxiv.org/abs/cs/0310049"/></remarks>
    public static int[] CoreNumber(BidirectionalGraph<int, SEdge<int>> graph, bool undirected)
    {
        int n = graph.VertexCount;
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            degree[v] = undirected ? graph.OutDegree(v) : graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        int[] binStart = new int[maxDegree + 2];
        foreach (int d in degree)
        {
            binStart[d + 1]++;
        }

        for (int d = 0; d <= maxDegree; d++)
        {
            binStart[d + 1] += binStart[d];
        }

        int[] order = new int[n], position = new int[n];
        int[] cursor = (int[])binStart.Clone();
        for (int v = 0; v < n; v++)
        {
            position[v] = cursor[degree[v]]++;
            order[position[v]] = v;
        }

        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            foreach (SEdge<int> e in graph.OutEdges(v))
            {
                Lower(e.Target, degree[v]);
            }

            if (!undirected)
            {
                foreach (SEdge<int> e in graph.InEdges(v))
                {
                    Lower(e.Source, degree[v]);
                }
            }
        }

        return degree;

        void Lower(int u, int coreOfV)
        {
            if (degree[u] > coreOfV)
            {
                int du = degree[u], pu = position[u], pw = binStart[du], w = order[pw];
                if (u != w)
                {
                    order[pu] = w;
                    position[w] = pu;
                    order[pw] = u;
                    position[u] = pw;
                }

                binStart[du]++;
                degree[u]--;
            }
        }
    }

    /// <summary>Local clustering coefficient of every vertex of an undirected graph (HashSet neighbourhoods).</summary>
    public static double[] Clustering(UndirectedGraph<int, SEdge<int>> graph)
    {
        int n = graph.VertexCount;
        var neighbors = new HashSet<int>[n];
        for (int v = 0; v < n; v++)
        {
            var set = new HashSet<int>();
            foreach (SEdge<int> e in graph.AdjacentEdges(v))
            {
                int u = e.Source == v ? e.Target : e.Source;
                if (u != v)
                {
                    set.Add(u);
                }
            }

            neighbors[v] = set;
        }

        double[] result = new double[n];
        for (int v = 0; v < n; v++)
        {
            HashSet<int> nv = neighbors[v];
            int k = nv.Count;
            if (k < 2)
            {
                continue;
            }

            long links = 0;
            foreach (int u in nv)
            {
                foreach (int w in neighbors[u])
                {
                    if (nv.Contains(w))
                    {
                        links++;
                    }
                }
            }

            result[v] = links / ((double)k * (k - 1)); // each link seen twice, over k(k−1)/2 pairs
        }

        return result;
    }
}
