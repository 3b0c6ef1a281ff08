using System.Collections.Immutable;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Mixing
{
    /// <summary>Computes Krackhardt and Stern's E-I index of every group: (E − I) / (E + I).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">The group of every node, in <c>[0, groupCount)</c>, length <see cref="CsrGraph.NodeCount"/>.</param>
    /// <param name="groupCount">The number of groups; when 0, 1 + the largest group.</param>
    /// <returns>The index of each group, from −1 (all ties inside) to +1 (all ties outside); null when the group has no tie.</returns>
    /// <remarks>
    /// <para>For group A, E = ties with exactly one end in A and I = ties with both ends in A (arcs for directed graphs,
    /// either direction). Weights are ignored. Time O(n + m + k).</para>
    /// <para>Reference: D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an experimental
    /// simulation", Social Psychology Quarterly 51(2):123–140, 1988. <see href="https://doi.org/10.2307/2786835"/></para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groups"/> does not have one entry per node, or holds a group outside <c>[0, groupCount)</c>.</exception>
    public static ImmutableArray<double?> EIIndex(CsrGraph graph, ReadOnlySpan<int> groups, int groupCount = 0)
    {
        int k = CheckGroups(graph, groups, groupCount);
        long[] external = new long[k], internalTies = new long[k];
        foreach (Edge e in graph.Edges())
        {
            int gu = groups[e.Source], gv = groups[e.Target];
            if (gu == gv)
            {
                internalTies[gu]++;
            }
            else
            {
                external[gu]++;
                external[gv]++;
            }
        }

        double?[] result = new double?[k];
        for (int g = 0; g < k; g++)
        {
            long total = external[g] + internalTies[g];
            result[g] = total == 0 ? null : (double)(external[g] - internalTies[g]) / total;
        }

        return ImmutableArray.Create(result);
    }
}
