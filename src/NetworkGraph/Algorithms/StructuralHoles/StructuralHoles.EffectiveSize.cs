using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class StructuralHoles
{
    /// <summary>Computes Burt's effective size of every node's ego network (unweighted).</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <param name="options">The thread count; null for every core.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The effective size of each node; <see cref="double.NaN"/> where NetworkX leaves it undefined.</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>effective_size(G)</c> (weight=None): e(v) = Σ<sub>u ∈ N(v)</sub> (1 −
    /// Σ<sub>w ∈ N(v)</sub> p<sub>vw</sub> m<sub>uw</sub>), with N(v) the neighbours in either direction,
    /// p<sub>vw</sub> the proportional tie strength (see <see cref="Constraint"/>) and m<sub>uw</sub> = a<sub>uw</sub> /
    /// max<sub>x</sub> a<sub>ux</sub> the marginal strength. Undirected, this is Borgatti's n − 2t/n, with n = deg(v)
    /// and t the ties among v's neighbours, which is how it is computed then. A node with no neighbour scores
    /// NaN; on a directed graph NetworkX tests <c>len(G[v]) == 0</c>, so a node with in-arcs but no out-arc is
    /// NaN too, and this method follows it.</para>
    /// <para>Undirected: triangle counting. Directed: the ties inside each ego network, listed as for
    /// <see cref="Constraint"/>. Both O(m^1.5) time, O(n + m) memory, parallel over nodes.</para>
    /// <para>References: R. S. Burt, Structural Holes: The Social Structure of Competition, Harvard University
    /// Press, 1992 (ISBN 978-0-674-84371-4); S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
    /// measures", Connections 20(1):35–38, 1997.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AlgorithmOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodeScores EffectiveSize(CsrGraph graph, AlgorithmOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ParallelOptions parallel = AlgorithmOptions.Parallel(options, cancellationToken);
        var view = UndirectedAdjacency.Of(graph, parallel);
        int n = graph.NodeCount;
        int[] outOffsets = graph.OutOffsetArray;
        double[] result = new double[n];
        if (!graph.IsDirected)
        {
            long[] t = Triangles.Weighted(view, parallel);
            for (int v = 0; v < n; v++)
            {
                long d = view.Degree(v);
                result[v] = d == 0 ? double.NaN : d - (2 * t[v] / (double)d);
            }

            return new NodeScores(graph.Nodes, result);
        }

        int[] offsets = view.Offsets;
        byte[] mult = view.Multiplicity!;
        var forward = view.Oriented(parallel);
        double[] strength = Strengths(view);
        byte[] maxMult = new byte[n];
        for (int v = 0; v < n; v++)
        {
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                maxMult[v] = Math.Max(maxMult[v], mult[a]);
            }
        }

        Chunked.ForWorkers(n, 64, parallel, () => new Scratch(n), (from, to, scratch) =>
        {
            for (int v = from; v < to; v++)
            {
                if (outOffsets[v + 1] == outOffsets[v])
                {
                    result[v] = double.NaN;
                    continue;
                }

                var visitor = new RedundancyVisitor { P = scratch.Proportions(view, v, strength[v]), Max = maxMult };
                ForEachEgoTie(view, forward, v, scratch.Mark, ref visitor);
                result[v] = view.Degree(v) - visitor.Sum;
            }
        });
        return new NodeScores(graph.Nodes, result);
    }

    /// <summary>Σ<sub>u</sub> Σ<sub>w</sub> p<sub>vw</sub> m<sub>uw</sub> over the ordered pairs (u, w) of tied neighbours of the ego v.</summary>
    private ref struct RedundancyVisitor : IEgoTieVisitor
    {
        public ReadOnlySpan<double> P;
        public byte[] Max;
        public double Sum;

        public void Tie(int iq, int q, int ij, int j, int multiplicity) =>
            Sum += (P[ij] * (multiplicity / (double)Max[q])) + (P[iq] * (multiplicity / (double)Max[j]));
    }
}
