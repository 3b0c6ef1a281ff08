using System.Diagnostics;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// One level of the Louvain/Leiden hierarchy: a graph in CSR form whose nodes are communities of the level below.
/// </summary>
/// <remarks>
/// <para>Rows hold the symmetric weight W(u, v) = A(u, v) + A(v, u) between distinct nodes (directed) or A(u, v)
/// (undirected). Level 0 of a directed graph uses the input's out- and in-rows as they are (two rows per node, summed
/// on the fly); every other level has one combined row. <see cref="Self"/> holds the weight inside each node, counted as
/// the rows count it (each internal pair from both ends). <see cref="KOut"/>/<see cref="KIn"/> are the weighted out-
/// and in-degrees of the input graph summed over the node's members (<see cref="KIn"/> is <see cref="KOut"/> when
/// undirected) and <see cref="TotalWeight"/> is M = Σ KOut (2m undirected, the total arc weight directed).</para>
/// <para>Modularity of a partition at this level: Q = Σ_c a·I_c − γ Σ_c Kout_c·Kin_c / M², with I_c the weight inside c
/// as the rows count it and a = 1/M undirected, 1/(2M) directed. The gain of putting an isolated node u into c is
/// proportional to W(u, c) − (γ/M)·k_u·K_c undirected and W(u, c) − (γ/M)·(kout_u·Kin_c + kin_u·Kout_c) directed.</para>
/// </remarks>
internal sealed class LevelGraph
{
    public LevelGraph(
        bool directed,
        int[] offsets,
        int[] targets,
        double[]? weights,
        int[]? inOffsets,
        int[]? inTargets,
        double[]? inWeights,
        double[] kOut,
        double[] kIn,
        double[] self,
        double totalWeight)
    {
        Debug.Assert(offsets.Length == kOut.Length + 1, "one offset per node plus one");
        Debug.Assert(directed || ReferenceEquals(kOut, kIn), "undirected shares degrees");
        Directed = directed;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        InOffsets = inOffsets;
        InTargets = inTargets;
        InWeights = inWeights;
        KOut = kOut;
        KIn = kIn;
        Self = self;
        TotalWeight = totalWeight;
    }

    public bool Directed { get; }

    public int NodeCount => KOut.Length;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[]? Weights { get; }

    public int[]? InOffsets { get; }

    public int[]? InTargets { get; }

    public double[]? InWeights { get; }

    public double[] KOut { get; }

    public double[] KIn { get; }

    public double[] Self { get; }

    public double TotalWeight { get; }

    /// <summary>Gets the number of stored row entries (both rows at a directed level 0).</summary>
    public long EntryCount => Targets.LongLength + (InTargets?.LongLength ?? 0);

    /// <summary>Wraps the input graph as level 0 (no copy of its rows).</summary>
    public static LevelGraph FromGraph(CsrGraph graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OutOffsetArray;
        double[]? weights = graph.OutWeightArray;
        double[] kOut = RowSums(n, offsets, weights);
        double total = 0;
        foreach (double k in kOut)
        {
            total += k;
        }

        if (!graph.IsDirected)
        {
            return new LevelGraph(false, offsets, graph.OutTargetArray, weights, null, null, null, kOut, kOut, new double[n], total);
        }

        double[] kIn = RowSums(n, graph.InOffsetArray, graph.InWeightArray);
        return new LevelGraph(
            true, offsets, graph.OutTargetArray, weights, graph.InOffsetArray, graph.InTargetArray, graph.InWeightArray, kOut, kIn, new double[n], total);
    }

    /// <summary>Computes the modularity at this level of the partition where every node is its own community.</summary>
    public double SingletonModularity(double resolution)
    {
        double inside = 0, expected = 0;
        for (int v = 0; v < NodeCount; v++)
        {
            inside += Self[v];
            expected += KOut[v] * KIn[v];
        }

        double m = TotalWeight;
        return m == 0 ? double.NaN : (inside / (Directed ? 2 * m : m)) - (resolution * expected / (m * m));
    }

    private static double[] RowSums(int n, int[] offsets, double[]? weights)
    {
        var sums = new double[n];
        for (int v = 0; v < n; v++)
        {
            if (weights is null)
            {
                sums[v] = offsets[v + 1] - offsets[v];
                continue;
            }

            double s = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                s += weights[a];
            }

            sums[v] = s;
        }

        return sums;
    }
}
