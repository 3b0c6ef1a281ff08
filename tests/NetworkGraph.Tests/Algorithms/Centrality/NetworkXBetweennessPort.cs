using NetworkGraph.Graphs;

namespace NetworkGraph.Tests.Algorithms.Centrality;

/// <summary>
/// A line-by-line port of NetworkX 2.8.8 <c>_single_source_dijkstra_path_basic</c> + <c>_accumulate_basic</c>
/// (heap of (distance, counter) entries, predecessor lists, <c>dist + 1/w</c> with exact float tie tests):
/// the reference for weights whose reciprocals are not exact (e.g. 3). Raw node sums over ordered pairs.
/// </summary>
internal static class NetworkXBetweennessPort
{
    public static double[] Compute(CsrGraph g)
    {
        int n = g.NodeCount;
        double[] bc = new double[n];
        for (int s = 0; s < n; s++)
        {
            var stack = new List<int>();
            var preds = new List<int>[n];
            for (int v = 0; v < n; v++)
            {
                preds[v] = [];
            }

            double[] sigma = new double[n];
            var dist = new Dictionary<int, double>();
            var seen = new Dictionary<int, double> { [s] = 0 };
            sigma[s] = 1;
            long counter = 0;
            var queue = new PriorityQueue<(int Pred, int V, double D), (double, long)>();
            queue.Enqueue((s, s, 0), (0, counter++));
            while (queue.TryDequeue(out var item, out _))
            {
                (int pred, int v, double dv) = item;
                if (dist.ContainsKey(v))
                {
                    continue;
                }

                sigma[v] += sigma[pred];
                stack.Add(v);
                dist[v] = dv;
                ReadOnlySpan<int> nb = g.OutNeighbors(v);
                ReadOnlySpan<double> wt = g.OutWeights(v);
                for (int i = 0; i < nb.Length; i++)
                {
                    int w = nb[i];
                    double vw = dv + (1.0 / wt[i]);
                    if (!dist.ContainsKey(w) && (!seen.TryGetValue(w, out double sw) || vw < sw))
                    {
                        seen[w] = vw;
                        queue.Enqueue((v, w, vw), (vw, counter++));
                        sigma[w] = 0;
                        preds[w] = [v];
                    }
                    else if (seen.TryGetValue(w, out double sw2) && vw == sw2)
                    {
                        sigma[w] += sigma[v];
                        preds[w].Add(v);
                    }
                }
            }

            double[] delta = new double[n];
            for (int i = stack.Count - 1; i >= 0; i--)
            {
                int w = stack[i];
                double coeff = (1 + delta[w]) / sigma[w];
                foreach (int v in preds[w])
                {
                    delta[v] += sigma[v] * coeff;
                }

                if (w != s)
                {
                    bc[w] += delta[w];
                }
            }
        }

        return bc;
    }
}
