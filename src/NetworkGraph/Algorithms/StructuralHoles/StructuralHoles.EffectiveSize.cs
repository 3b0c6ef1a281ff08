using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class StructuralHoles
{
    /// <summary>Computes Burt's effective size of every node's ego network (unweighted).</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <returns>The effective size of each node; <see cref="double.NaN"/> where NetworkX leaves it undefined.</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>effective_size(G)</c> (weight=None): e(v) = Σ<sub>u ∈ N(v)</sub> (1 −
    /// Σ<sub>w ∈ N(v)</sub> p<sub>vw</sub> m<sub>uw</sub>), with N(v) the neighbours in either direction,
    /// p<sub>vw</sub> the proportional tie strength (see <see cref="Constraint"/>) and m<sub>uw</sub> = a<sub>uw</sub> /
    /// max<sub>x</sub> a<sub>ux</sub> the marginal strength. Undirected, this is Borgatti's n − 2t/n, with n = deg(v)
    /// and t the ties among v's neighbours, which is how it is computed then. A node with no neighbour scores
    /// NaN; on a directed graph NetworkX tests <c>len(G[v]) == 0</c>, so a node with in-arcs but no out-arc is
    /// NaN too, and this method follows it.</para>
    /// <para>Undirected: triangle counting, O(m^1.5) time. Directed: sorted-row intersections, O(Σ d²) at
    /// worst, parallel over nodes. O(n + m) memory.</para>
    /// <para>References: R. S. Burt, Structural Holes: The Social Structure of Competition, Harvard University
    /// Press, 1992 (ISBN 978-0-674-84371-4); S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
    /// measures", Connections 20(1):35–38, 1997.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores EffectiveSize(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var view = UndirectedAdjacency.Of(graph);
        int n = graph.NodeCount;
        int[] outOffsets = graph.OutOffsetArray;
        double[] result = new double[n];
        if (!graph.IsDirected)
        {
            long[] t = Triangles.Weighted(view);
            for (int v = 0; v < n; v++)
            {
                long d = view.Degree(v);
                result[v] = d == 0 ? double.NaN : d - (2 * t[v] / (double)d);
            }

            return new NodeScores(result);
        }

        int[] offsets = view.Offsets, targets = view.Targets;
        byte[] mult = view.Multiplicity!;
        double[] strength = Strengths(view);
        byte[] maxMult = new byte[n];
        for (int v = 0; v < n; v++)
        {
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                maxMult[v] = Math.Max(maxMult[v], mult[a]);
            }
        }

        Chunked.For(n, 64, () => new Scratch(), (from, to, scratch) =>
        {
            for (int v = from; v < to; v++)
            {
                if (outOffsets[v + 1] == outOffsets[v])
                {
                    result[v] = double.NaN;
                    continue;
                }

                int start = offsets[v], deg = offsets[v + 1] - start;
                var rowV = new ReadOnlySpan<int>(targets, start, deg);
                Span<double> p = scratch.Buffer(deg);
                double sv = strength[v];
                for (int k = 0; k < deg; k++)
                {
                    p[k] = mult[start + k] / sv;
                }

                double e = 0;
                for (int i = 0; i < deg; i++)
                {
                    int u = rowV[i];
                    var visitor = new RedundancyVisitor
                    {
                        P = p,
                        Max = maxMult[u],
                        Mult = mult,
                        RowUStart = offsets[u],
                    };
                    SortedIntersection.ForEach(rowV, new ReadOnlySpan<int>(targets, offsets[u], offsets[u + 1] - offsets[u]), ref visitor);
                    e += 1 - visitor.Sum;
                }

                result[v] = e;
            }
        });
        return new NodeScores(result);
    }

    private ref struct RedundancyVisitor : SortedIntersection.IVisitor
    {
        public ReadOnlySpan<double> P;
        public double Max;
        public byte[] Mult;
        public int RowUStart;
        public double Sum;

        public void Common(int indexInA, int indexInB) => Sum += P[indexInA] * (Mult[RowUStart + indexInB] / Max);
    }
}
