using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Mixing between node groups (e.g. care settings): who is tied to whom, across or inside groups.</summary>
public static partial class Mixing
{
    /// <summary>Counts ties between groups.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">The group of every node, in <c>[0, groupCount)</c>, length <see cref="CsrGraph.NodeCount"/>.</param>
    /// <param name="groupCount">The number of groups; when 0, 1 + the largest group.</param>
    /// <returns>The mixing matrix.</returns>
    /// <remarks>
    /// <para>Undirected graph: each edge {u, v} adds 1 to [g(u), g(v)] and, when the groups differ, 1 to [g(v), g(u)]; the
    /// matrix is symmetric and [a, a] is the number of ties inside a. Directed graph: each arc u → v adds 1 to
    /// [g(u), g(v)]. Weights are ignored. This is an unnormalised attribute mixing matrix (NetworkX
    /// <c>attribute_mixing_matrix(normalized=False)</c> counts an undirected tie inside a group twice; here once).</para>
    /// <para>Time O(n + m + k²), memory O(k²) for k groups.</para>
    /// <para>Reference: M. E. J. Newman, "Mixing patterns in networks", Physical Review E 67:026126, 2003.
    /// <see href="https://doi.org/10.1103/PhysRevE.67.026126"/></para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groups"/> does not have one entry per node, or holds a group outside <c>[0, groupCount)</c>.</exception>
    public static MixingMatrix SettingMatrix(CsrGraph graph, ReadOnlySpan<int> groups, int groupCount = 0)
    {
        int k = CheckGroups(graph, groups, groupCount);
        long[] counts = new long[k * k];
        int[] offsets = graph.OutOffsetArray, targets = graph.OutTargetArray;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            int gu = groups[u];
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (graph.IsDirected)
                {
                    counts[(gu * k) + groups[v]]++;
                }
                else if (u < v)
                {
                    int gv = groups[v];
                    counts[(gu * k) + gv]++;
                    if (gu != gv)
                    {
                        counts[(gv * k) + gu]++;
                    }
                }
            }
        }

        return new MixingMatrix(k, counts, !graph.IsDirected);
    }

    private static int CheckGroups(CsrGraph graph, ReadOnlySpan<int> groups, int groupCount)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(groupCount);
        if (groups.Length != graph.NodeCount)
        {
            throw new ArgumentException($"groups has {groups.Length} entries; the graph has {graph.NodeCount} nodes.", nameof(groups));
        }

        int max = -1;
        foreach (int g in groups)
        {
            if (g < 0 || (groupCount > 0 && g >= groupCount))
            {
                throw new ArgumentException($"Group {g} is outside [0, {(groupCount > 0 ? groupCount : int.MaxValue)}); number groups from 0.", nameof(groups));
            }

            max = Math.Max(max, g);
        }

        return groupCount > 0 ? groupCount : max + 1;
    }
}
