using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Community detection (Louvain, Leiden) and partition quality (modularity).</summary>
public static partial class Communities
{
    /// <summary>Computes the modularity of a partition of the nodes, exactly as NetworkX 2.8 does.</summary>
    /// <remarks>
    /// <para>Undirected: Q = Σ_c [ L_c / m − γ (k_c / 2m)² ], with m the total edge weight, L_c the weight of the edges
    /// inside community c and k_c the total weighted degree of its nodes (Newman 2006; Reichardt &amp; Bornholdt 2006).
    /// Directed (Leicht &amp; Newman 2008): Q = Σ_c [ L_c / m − γ k_c^out k_c^in / m² ], with m the total arc weight.
    /// Equals <c>networkx.algorithms.community.modularity(G, communities, weight="weight", resolution=γ)</c>; an
    /// unweighted graph has every weight 1. Isolated nodes only add empty terms, whatever their label.</para>
    /// <para>Time O(n + m), memory O(n) (O(n) dictionary when labels fall outside <c>0 … n − 1</c>).</para>
    /// <para>References: M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23):8577–8582, 2006,
    /// <see href="https://doi.org/10.1073/pnas.0601602103"/>; E. A. Leicht and M. E. J. Newman, "Community structure in
    /// directed networks", Phys. Rev. Lett. 100:118703, 2008, <see href="https://doi.org/10.1103/PhysRevLett.100.118703"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="labels">The community of each node (any integers; equal labels = same community).</param>
    /// <param name="resolution">The resolution γ (1 = classic modularity).</param>
    /// <returns>The modularity, or NaN when the graph has no edge (NetworkX divides by zero there).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="labels"/> does not have one entry per node.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not finite.</exception>
    public static double Modularity(CsrGraph graph, ReadOnlySpan<int> labels, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (labels.Length != graph.NodeCount)
        {
            throw new ArgumentException($"There must be one label per node ({graph.NodeCount}); there were {labels.Length}.", nameof(labels));
        }

        if (!double.IsFinite(resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, $"Resolution must be a finite number; was {resolution}.");
        }

        int n = graph.NodeCount;
        int[] dense = DenseLabels(labels, out int count);
        int[] offsets = graph.OutOffsetArray, targets = graph.OutTargetArray;
        double[]? weights = graph.OutWeightArray;
        var kOut = new double[count];
        var kIn = graph.IsDirected ? new double[count] : kOut;
        double inside = 0, total = 0;
        for (int u = 0; u < n; u++)
        {
            int cu = dense[u];
            double strength = 0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                double w = weights is null ? 1.0 : weights[a];
                strength += w;
                if (dense[targets[a]] == cu)
                {
                    inside += w;
                }
            }

            kOut[cu] += strength;
            total += strength;
        }

        if (graph.IsDirected)
        {
            int[] inOffsets = graph.InOffsetArray;
            double[]? inWeights = graph.InWeightArray;
            for (int u = 0; u < n; u++)
            {
                double strength = 0;
                for (int a = inOffsets[u]; a < inOffsets[u + 1]; a++)
                {
                    strength += inWeights is null ? 1.0 : inWeights[a];
                }

                kIn[dense[u]] += strength;
            }
        }

        if (total == 0)
        {
            return double.NaN;
        }

        // Undirected: every edge was seen from both ends (inside = 2 Σ L_c, total = 2m).
        double m = graph.IsDirected ? total : total / 2;
        double insideWeight = graph.IsDirected ? inside : inside / 2;
        double norm = 1.0 / (total * total);
        double expected = 0;
        for (int c = 0; c < count; c++)
        {
            expected += kOut[c] * kIn[c];
        }

        return (insideWeight / m) - (resolution * expected * norm);
    }

    /// <summary>Maps arbitrary labels to 0 … count − 1 in order of first appearance.</summary>
    private static int[] DenseLabels(ReadOnlySpan<int> labels, out int count)
    {
        int n = labels.Length;
        var dense = new int[n];
        count = 0;
        bool inRange = true;
        foreach (int label in labels)
        {
            if (unchecked((uint)label) >= (uint)n)
            {
                inRange = false;
                break;
            }
        }

        if (inRange)
        {
            var map = new int[n];
            Array.Fill(map, -1);
            for (int v = 0; v < n; v++)
            {
                int l = labels[v];
                if (map[l] < 0)
                {
                    map[l] = count++;
                }

                dense[v] = map[l];
            }

            return dense;
        }

        var lookup = new Dictionary<int, int>();
        for (int v = 0; v < n; v++)
        {
            if (!lookup.TryGetValue(labels[v], out int d))
            {
                d = count++;
                lookup.Add(labels[v], d);
            }

            dense[v] = d;
        }

        return dense;
    }
}
