using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>Burt's structural-hole measures of a node's ego network: constraint and effective size.</summary>
public static partial class StructuralHoles
{
    /// <summary>Computes Burt's constraint of every node (unweighted).</summary>
    /// <param name="graph">The graph (weights are ignored).</param>
    /// <param name="options">The thread count; null for every core.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The constraint of each node; <see cref="double.NaN"/> where NetworkX leaves it undefined.</returns>
    /// <remarks>
    /// <para>Equals NetworkX <c>constraint(G)</c> (weight=None): c(v) = Σ<sub>j ∈ N(v)</sub> (p<sub>vj</sub> +
    /// Σ<sub>q ∈ N(v)</sub> p<sub>vq</sub> p<sub>qj</sub>)², with N(v) the neighbours in either direction and
    /// p<sub>ij</sub> = a<sub>ij</sub> / Σ<sub>k ∈ N(i)</sub> a<sub>ik</sub> the proportional tie strength, where the
    /// mutual weight a<sub>ij</sub> counts the arcs joining i and j (1 or 2 when directed; undirected, p<sub>ij</sub> =
    /// 1/deg(i)). Higher constraint = fewer structural holes. A node with no neighbour scores NaN; on a directed
    /// graph NetworkX tests <c>len(G[v]) == 0</c>, so a node with in-arcs but no out-arc is NaN too, and this
    /// method follows it.</para>
    /// <para>For each ego v, its neighbours are marked, and every tie q–j between two of them is met once, from the
    /// forward row (higher-ranked neighbours, rank = (degree, index)) of its lower-ranked end, adding
    /// p<sub>vq</sub>p<sub>qj</sub> and p<sub>vj</sub>p<sub>jq</sub> to the two neighbours' sums. Forward rows are at
    /// most √(2m) long, so hubs cost no long searches: O(Σ<sub>q</sub> d(q)·d⁺(q)) = O(m^1.5) time
    /// (docs/design/structural-holes-forward-rows.md), O(n + m) memory plus one mark per node per worker,
    /// parallel over egos.</para>
    /// <para>Reference: R. S. Burt, Structural Holes: The Social Structure of Competition, Harvard University
    /// Press, 1992 (ISBN 978-0-674-84371-4); R. S. Burt, "Structural holes and good ideas", American Journal
    /// of Sociology 110(2):349–399, 2004, <see href="https://doi.org/10.1086/421787"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AlgorithmOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodeScores Constraint(CsrGraph graph, AlgorithmOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ParallelOptions parallel = AlgorithmOptions.Parallel(options, cancellationToken);
        var view = UndirectedAdjacency.Of(graph, parallel);
        var forward = view.Oriented(parallel);
        int n = graph.NodeCount;
        int[] outOffsets = graph.OutOffsetArray;
        double[] strength = Strengths(view);
        double[] result = new double[n];
        Chunked.ForWorkers(n, 64, parallel, () => new Scratch(n), (from, to, scratch) =>
        {
            for (int v = from; v < to; v++)
            {
                if (outOffsets[v + 1] == outOffsets[v])
                {
                    result[v] = double.NaN;
                    continue;
                }

                Span<double> p = scratch.Proportions(view, v, strength[v]);
                Span<double> acc = scratch.Accumulator(p.Length);
                var visitor = new IndirectVisitor { P = p, Acc = acc, Strength = strength };
                ForEachEgoTie(view, forward, v, scratch.Mark, ref visitor);
                double c = 0;
                for (int k = 0; k < p.Length; k++)
                {
                    double local = p[k] + acc[k];
                    c += local * local;
                }

                result[v] = c;
            }
        });
        return new NodeScores(graph.Nodes, result);
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> once for every tie between two neighbours q and j of <paramref name="ego"/>,
    /// with their positions in the ego's row and the tie's multiplicity.
    /// </summary>
    /// <remarks>The ego's neighbours are marked with their row position in <paramref name="mark"/> (zero again on
    /// return); each neighbour's forward row is then checked against the marks, so every tie inside the ego network
    /// is met once, from its lower-ranked end. Forward rows are short even for hubs, so a whole pass over all egos
    /// costs O(Σ<sub>q</sub> d(q)·d⁺(q)) = O(m^1.5), with no search in long rows.</remarks>
    private static void ForEachEgoTie<TVisitor>(UndirectedAdjacency view, UndirectedAdjacency forward, int ego, int[] mark, ref TVisitor visitor)
        where TVisitor : struct, IEgoTieVisitor, allows ref struct
    {
        int[] offsets = view.Offsets, targets = view.Targets;
        int[] fOff = forward.Offsets, fTgt = forward.Targets;
        byte[]? fMul = forward.Multiplicity;
        int start = offsets[ego], end = offsets[ego + 1];
        for (int a = start; a < end; a++)
        {
            mark[targets[a]] = a - start + 1;
        }

        for (int a = start; a < end; a++)
        {
            int q = targets[a];
            for (int f = fOff[q]; f < fOff[q + 1]; f++)
            {
                int j = fTgt[f];
                int position = mark[j] - 1;
                if (position >= 0)
                {
                    visitor.Tie(a - start, q, position, j, fMul is null ? 1 : fMul[f]);
                }
            }
        }

        for (int a = start; a < end; a++)
        {
            mark[targets[a]] = 0;
        }
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

    /// <summary>Receives the ties inside an ego network: neighbours q and j at positions iq and ij of the ego's row.</summary>
    private interface IEgoTieVisitor
    {
        void Tie(int iq, int q, int ij, int j, int multiplicity);
    }

    /// <summary>Σ<sub>q</sub> p<sub>vq</sub> p<sub>qj</sub> for each neighbour j of the ego v (both directions of each tie q–j).</summary>
    private ref struct IndirectVisitor : IEgoTieVisitor
    {
        public ReadOnlySpan<double> P;
        public Span<double> Acc;
        public double[] Strength;

        public void Tie(int iq, int q, int ij, int j, int multiplicity)
        {
            Acc[ij] += P[iq] * (multiplicity / Strength[q]);
            Acc[iq] += P[ij] * (multiplicity / Strength[j]);
        }
    }

    /// <summary>Per-worker scratch: the ego's proportional tie strengths, an accumulator, and the neighbour marks.</summary>
    private sealed class Scratch(int nodeCount)
    {
        private double[] _p = new double[64];
        private double[] _acc = new double[64];

        /// <summary>Gets a mark per node, all zero between egos.</summary>
        public int[] Mark { get; } = new int[nodeCount];

        /// <summary>Fills p<sub>vq</sub> = a<sub>vq</sub> / s<sub>v</sub> for the row of <paramref name="v"/>.</summary>
        public Span<double> Proportions(UndirectedAdjacency view, int v, double strength)
        {
            int start = view.Offsets[v], deg = view.Offsets[v + 1] - start;
            Span<double> p = Grow(ref _p, deg);
            byte[]? mult = view.Multiplicity;
            for (int k = 0; k < deg; k++)
            {
                p[k] = (mult is null ? 1 : mult[start + k]) / strength;
            }

            return p;
        }

        /// <summary>Gets a zeroed accumulator of the given length.</summary>
        public Span<double> Accumulator(int length)
        {
            Span<double> acc = Grow(ref _acc, length);
            acc.Clear();
            return acc;
        }

        private static Span<double> Grow(ref double[] buffer, int length)
        {
            if (buffer.Length < length)
            {
                buffer = new double[Math.Max(length, buffer.Length * 2)];
            }

            return buffer.AsSpan(0, length);
        }
    }
}
