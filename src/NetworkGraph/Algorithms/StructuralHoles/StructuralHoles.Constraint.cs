using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Burt's structural-hole measures of a node's ego network: constraint and effective size.</summary>
public static partial class StructuralHoles
{
    /// <summary>Computes Burt's constraint of every node (unweighted).</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <returns>The constraint of each node; <see cref="double.NaN"/> where NetworkX leaves it undefined.</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>constraint(G)</c> (weight=None): c(v) = Σ<sub>j ∈ N(v)</sub> (p<sub>vj</sub> +
    /// Σ<sub>q ∈ N(v)</sub> p<sub>vq</sub> p<sub>qj</sub>)², with N(v) the neighbours in either direction and
    /// p<sub>ij</sub> = a<sub>ij</sub> / Σ<sub>k ∈ N(i)</sub> a<sub>ik</sub> the proportional tie strength, where the
    /// mutual weight a<sub>ij</sub> counts the arcs joining i and j (1 or 2 when directed; undirected, p<sub>ij</sub> =
    /// 1/deg(i)). Higher constraint = fewer structural holes. A node with no neighbour scores NaN; on a directed
    /// graph NetworkX tests <c>len(G[v]) == 0</c>, so a node with in-arcs but no out-arc is NaN too, and this
    /// method follows it.</para>
    /// <para>For each node v and neighbour q, the sorted rows of v and q are intersected (galloping when
    /// unbalanced): O(Σ<sub>edges (v,q)</sub> min(d(v), d(q)) log) ≤ O(Σ d²) time, O(n + m) memory (plus the
    /// undirected view of a directed graph), parallel over nodes.</para>
    /// <para>Reference: R. S. Burt, Structural Holes: The Social Structure of Competition, Harvard University
    /// Press, 1992 (ISBN 978-0-674-84371-4); R. S. Burt, "Structural holes and good ideas", American Journal
    /// of Sociology 110(2):349–399, 2004, <see href="https://doi.org/10.1086/421787"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static NodeScores Constraint(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var view = UndirectedAdjacency.Of(graph);
        int n = graph.NodeCount;
        int[] offsets = view.Offsets, targets = view.Targets;
        byte[]? mult = view.Multiplicity;
        int[] outOffsets = graph.OutOffsetArray;
        double[] strength = Strengths(view);
        double[] result = new double[n];
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
                Span<double> acc = scratch.Buffer(deg);
                acc.Clear();
                double sv = strength[v];
                for (int i = 0; i < deg; i++)
                {
                    int q = rowV[i];
                    var visitor = new IndirectVisitor
                    {
                        Acc = acc,
                        Pvq = (mult is null ? 1 : mult[start + i]) / sv,
                        Sq = strength[q],
                        Mult = mult,
                        RowQStart = offsets[q],
                    };
                    SortedIntersection.ForEach(rowV, new ReadOnlySpan<int>(targets, offsets[q], offsets[q + 1] - offsets[q]), ref visitor);
                }

                double c = 0;
                for (int k = 0; k < deg; k++)
                {
                    double local = ((mult is null ? 1 : mult[start + k]) / sv) + acc[k];
                    c += local * local;
                }

                result[v] = c;
            }
        });
        return new NodeScores(result);
    }

    /// <summary>Σ of mutual weights per node: the degree when undirected, in + out degree when directed.</summary>
    private static double[] Strengths(UndirectedAdjacency view)
    {
        int n = view.NodeCount;
        double[] s = new double[n];
        byte[]? mult = view.Multiplicity;
        for (int v = 0; v < n; v++)
        {
            if (mult is null)
            {
                s[v] = view.Degree(v);
                continue;
            }

            int sum = 0;
            for (int a = view.Offsets[v]; a < view.Offsets[v + 1]; a++)
            {
                sum += mult[a];
            }

            s[v] = sum;
        }

        return s;
    }

    private ref struct IndirectVisitor : SortedIntersection.IVisitor
    {
        public Span<double> Acc;
        public double Pvq;
        public double Sq;
        public byte[]? Mult;
        public int RowQStart;

        public void Common(int indexInA, int indexInB) =>
            Acc[indexInA] += Pvq * ((Mult is null ? 1 : Mult[RowQStart + indexInB]) / Sq);
    }

    private sealed class Scratch
    {
        private double[] _buffer = new double[64];

        public Span<double> Buffer(int length)
        {
            if (_buffer.Length < length)
            {
                _buffer = new double[Math.Max(length, _buffer.Length * 2)];
            }

            return _buffer.AsSpan(0, length);
        }
    }
}
