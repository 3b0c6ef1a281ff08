using System.Diagnostics;

namespace NetworkGraph.Graphs;

/// <summary>Induced subgraphs of a <see cref="CsrGraph"/>.</summary>
internal static class CsrSubgraph
{
    /// <summary>
    /// Returns the subgraph induced by <paramref name="nodes"/>: those nodes (keys kept, in their original
    /// relative order) and every arc of <paramref name="graph"/> between two of them, with its weight.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="nodes">Distinct node indices of <paramref name="graph"/>, in increasing order.</param>
    /// <remarks>O(n + Σ deg(v) over the chosen v) time; O(n) scratch for the index map.</remarks>
    internal static CsrGraph Subgraph(this CsrGraph graph, ReadOnlySpan<int> nodes)
    {
        int n = graph.NodeCount;
        int k = nodes.Length;
        int[] map = new int[n];
        Array.Fill(map, -1);
        string[] keys = new string[k];
        var lookup = new Dictionary<string, int>(k, StringComparer.Ordinal);
        for (int i = 0; i < k; i++)
        {
            int v = nodes[i];
            Debug.Assert((uint)v < (uint)n && (i == 0 || nodes[i - 1] < v), "distinct nodes in increasing order");
            map[v] = i;
            keys[i] = graph.Nodes[v];
            lookup.Add(keys[i], i);
        }

        var index = new NodeIndex(keys, lookup);
        (int[] outOffsets, int[] outTargets, double[]? outWeights) =
            Rows(nodes, map, graph.OutOffsetArray, graph.OutTargetArray, graph.OutWeightArray);
        if (!graph.IsDirected)
        {
            return CsrGraph.FromRows(index, false, outOffsets, outTargets, outWeights, outOffsets, outTargets, outWeights);
        }

        (int[] inOffsets, int[] inTargets, double[]? inWeights) =
            Rows(nodes, map, graph.InOffsetArray, graph.InTargetArray, graph.InWeightArray);
        return CsrGraph.FromRows(index, true, outOffsets, outTargets, outWeights, inOffsets, inTargets, inWeights);
    }

    private static (int[] Offsets, int[] Targets, double[]? Weights) Rows(
        ReadOnlySpan<int> nodes, int[] map, int[] offsets, int[] targets, double[]? weights)
    {
        int k = nodes.Length;
        int[] newOffsets = new int[k + 1];
        for (int i = 0; i < k; i++)
        {
            int v = nodes[i];
            int count = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                if (map[targets[a]] >= 0)
                {
                    count++;
                }
            }

            newOffsets[i + 1] = newOffsets[i] + count;
        }

        // The map is increasing, so filtered rows stay sorted.
        int[] newTargets = new int[newOffsets[k]];
        double[]? newWeights = weights is null ? null : new double[newTargets.Length];
        int w = 0;
        for (int i = 0; i < k; i++)
        {
            int v = nodes[i];
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int t = map[targets[a]];
                if (t >= 0)
                {
                    newTargets[w] = t;
                    if (newWeights is not null)
                    {
                        newWeights[w] = weights![a];
                    }

                    w++;
                }
            }
        }

        return (newOffsets, newTargets, newWeights);
    }
}
