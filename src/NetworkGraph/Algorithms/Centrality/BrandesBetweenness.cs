using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// Brandes' accumulation over every source, split across threads: the working state behind
/// <see cref="Centrality.Betweenness"/> and <see cref="Centrality.EdgeBetweenness"/>.
/// </summary>
/// <remarks>
/// <para>The graph is first relabelled in breadth-first order (hubs first) so that the per-vertex state a
/// traversal touches lies close together. Each thread owns its buffers (distances, path counts,
/// dependency coefficients, visit order and one accumulator) and takes the sources
/// <c>t, t + P, t + 2P, …</c>; no lock or shared write happens inside a traversal. Accumulators are summed in
/// thread order, so a run is reproducible bit for bit for a given thread count.</para>
/// <para>No predecessor lists of lists are kept. The backward sweep pulls dependencies from successors, read from one
/// flat per-thread array of arcs written branch-free during the forward search in visit order. With hops these are
/// exactly the arcs with <c>d(w) = d(v) + 1</c>. Weighted (Dijkstra on a radix heap), they are the arcs that met
/// <c>d(v) + ℓ ≤ d(w)</c> when <c>v</c> was settled, re-checked backwards against the final distances with exact float
/// equality for <c>ℓ = 1/weight</c>, as NetworkX decides ties. Memory: O(n + m) shared plus O(n + m) ints per thread.</para>
/// </remarks>
internal sealed class BrandesBetweenness
{
    private readonly int _n;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[]? _lengths;
    private readonly int[] _newToOld;
    private readonly int[] _arcToEdge;
    private readonly bool _edges;
    private readonly int _edgeCount;

    private BrandesBetweenness(CsrGraph graph, bool weighted, bool edges)
    {
        _n = graph.NodeCount;
        _edges = edges;
        double[]? weights = weighted ? graph.OutWeightArray : null;
        (_offsets, _targets, _lengths, _newToOld, int[] newArcToOld) = Relabel(graph, weights);
        _edgeCount = edges ? (int)graph.EdgeCount : 0;
        _arcToEdge = edges ? ComposeArcToEdge(graph, newArcToOld) : [];
    }

    /// <summary>Computes the raw (unscaled) node dependencies summed over every source.</summary>
    public static double[] NodeSums(CsrGraph graph, bool weighted, int threads, IProgress<double>? progress, CancellationToken ct)
        => NodeSums(graph, weighted, threads, progress, null, ct);

    /// <summary>Computes the raw node dependencies summed over the given sources only (in the internal order, which
    /// is a relabelling: a uniform sample of internal ids is a uniform sample of nodes), or over every source when null.</summary>
    public static double[] NodeSums(CsrGraph graph, bool weighted, int threads, IProgress<double>? progress, int[]? sources, CancellationToken ct)
    {
        var engine = new BrandesBetweenness(graph, weighted, edges: false);
        double[] relabelled = engine.Run(threads, progress, ct, sources).Nodes;
        double[] result = new double[engine._n];
        for (int v = 0; v < engine._n; v++)
        {
            result[engine._newToOld[v]] = relabelled[v];
        }

        return result;
    }

    /// <summary>Computes the raw (unscaled) edge dependencies summed over every source, in <see cref="CsrGraph.Edges"/> order.</summary>
    public static double[] EdgeSums(CsrGraph graph, bool weighted, int threads, IProgress<double>? progress, CancellationToken ct)
    {
        var engine = new BrandesBetweenness(graph, weighted, edges: true);
        return engine.Run(threads, progress, ct).Edges;
    }

    private (double[] Nodes, double[] Edges) Run(int threads, IProgress<double>? progress, CancellationToken ct, int[]? sources = null)
    {
        int count = sources?.Length ?? _n;
        threads = Math.Max(1, Math.Min(threads, Math.Max(1, count)));
        var workers = new Worker[threads];
        int step = Math.Max(1, count / 100);
        int done = 0;
        void Body(int t)
        {
            var worker = new Worker(this);
            workers[t] = worker;
            for (int i = t; i < count; i += threads)
            {
                int s = sources is null ? i : sources[i];
                ct.ThrowIfCancellationRequested();
                if (_lengths is null)
                {
                    worker.HopSource(s);
                }
                else
                {
                    worker.DijkstraSource(s);
                }

                if (progress is not null)
                {
                    int d = Interlocked.Increment(ref done);
                    if (d % step == 0 || d == count)
                    {
                        progress.Report((double)d / count);
                    }
                }
            }
        }

        if (threads == 1)
        {
            Body(0);
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct }, Body);
        }

        double[] nodes = workers[0].NodeAcc;
        for (int t = 1; t < threads; t++)
        {
            double[] other = workers[t].NodeAcc;
            for (int v = 0; v < nodes.Length; v++)
            {
                nodes[v] += other[v];
            }
        }

        double[] edges = [];
        if (_edges)
        {
            edges = new double[_edgeCount];
            for (int t = 0; t < threads; t++)
            {
                double[] arcs = workers[t].ArcAcc;
                for (int a = 0; a < arcs.Length; a++)
                {
                    edges[_arcToEdge[a]] += arcs[a];
                }
            }
        }

        return (nodes, edges);
    }

    /// <summary>Relabels nodes in breadth-first order from the highest-degree node of each component.</summary>
    private static (int[] Offsets, int[] Targets, double[]? Lengths, int[] NewToOld, int[] NewArcToOld) Relabel(CsrGraph graph, double[]? weights)
    {
        int n = graph.NodeCount;
        int[] off = graph.OutOffsetArray, tgt = graph.OutTargetArray;
        int[] inOff = graph.InOffsetArray, inTgt = graph.InTargetArray;

        // Seeds in decreasing degree order; BFS over both directions so directed components stay together.
        int[] bySize = new int[n];
        int[] degree = new int[n];
        for (int v = 0; v < n; v++)
        {
            bySize[v] = v;
            degree[v] = (off[v + 1] - off[v]) + (graph.IsDirected ? inOff[v + 1] - inOff[v] : 0);
        }

        Array.Sort(degree.AsSpan().ToArray(), bySize, Comparer<int>.Create((a, b) => b.CompareTo(a)));
        int[] oldToNew = new int[n];
        Array.Fill(oldToNew, -1);
        int[] newToOld = new int[n];
        int next = 0;
        foreach (int seed in bySize)
        {
            if (oldToNew[seed] >= 0)
            {
                continue;
            }

            int head = next;
            oldToNew[seed] = next;
            newToOld[next++] = seed;
            while (head < next)
            {
                int v = newToOld[head++];
                for (int a = off[v]; a < off[v + 1]; a++)
                {
                    int w = tgt[a];
                    if (oldToNew[w] < 0)
                    {
                        oldToNew[w] = next;
                        newToOld[next++] = w;
                    }
                }

                if (graph.IsDirected)
                {
                    for (int a = inOff[v]; a < inOff[v + 1]; a++)
                    {
                        int w = inTgt[a];
                        if (oldToNew[w] < 0)
                        {
                            oldToNew[w] = next;
                            newToOld[next++] = w;
                        }
                    }
                }
            }
        }

        Debug.Assert(next == n, "every node relabelled");
        int[] newOff = new int[n + 1];
        int[] newTgt = new int[tgt.Length];
        int[] newArcToOld = new int[tgt.Length];
        double[]? lengths = weights is null ? null : new double[tgt.Length];
        int k = 0;
        for (int nv = 0; nv < n; nv++)
        {
            int v = newToOld[nv];
            for (int a = off[v]; a < off[v + 1]; a++)
            {
                newTgt[k] = oldToNew[tgt[a]];
                newArcToOld[k] = a;
                if (lengths is not null)
                {
                    lengths[k] = 1.0 / weights![a];
                }

                k++;
            }

            newOff[nv + 1] = k;
        }

        return (newOff, newTgt, lengths, newToOld, newArcToOld);
    }

    /// <summary>Maps each relabelled arc to its edge's position in <see cref="CsrGraph.Edges"/>.</summary>
    private static int[] ComposeArcToEdge(CsrGraph graph, int[] newArcToOld)
    {
        int n = graph.NodeCount;
        int[] off = graph.OutOffsetArray, tgt = graph.OutTargetArray;
        int[] oldArcToEdge = new int[tgt.Length];
        if (graph.IsDirected)
        {
            for (int a = 0; a < tgt.Length; a++)
            {
                oldArcToEdge[a] = a;
            }
        }
        else
        {
            int e = 0;
            for (int u = 0; u < n; u++)
            {
                for (int a = off[u]; a < off[u + 1]; a++)
                {
                    if (u < tgt[a])
                    {
                        oldArcToEdge[a] = e++;
                    }
                }
            }

            for (int u = 0; u < n; u++)
            {
                for (int a = off[u]; a < off[u + 1]; a++)
                {
                    int v = tgt[a];
                    if (u > v)
                    {
                        oldArcToEdge[a] = oldArcToEdge[graph.FindArc(v, u)];
                    }
                }
            }
        }

        int[] result = new int[newArcToOld.Length];
        for (int a = 0; a < result.Length; a++)
        {
            result[a] = oldArcToEdge[newArcToOld[a]];
        }

        return result;
    }

    /// <summary>One thread's buffers and accumulators.</summary>
    private sealed class Worker
    {
        private readonly BrandesBetweenness _owner;
        private readonly int[] _hops;
        private readonly double[] _dist;
        private readonly double[] _sigma;
        private readonly double[] _coef;
        private readonly int[] _order;
        private readonly int[] _succ;
        private readonly int[] _succStart;
        private readonly RadixHeap? _heap;

        public Worker(BrandesBetweenness owner)
        {
            _owner = owner;
            int n = owner._n;
            _sigma = new double[n];
            _coef = new double[n];
            _order = new int[n + 1]; // the branch-free search stores one slot past the last node
            NodeAcc = new double[n];
            ArcAcc = owner._edges ? new double[owner._targets.Length] : [];
            if (owner._lengths is null)
            {
                _hops = new int[n];
                Array.Fill(_hops, -1);
                _succ = new int[owner._targets.Length + 1];
                _succStart = new int[n + 1];
                _dist = [];
            }
            else
            {
                _hops = [];
                _succ = new int[owner._targets.Length + 1];
                _succStart = new int[n + 1];
                _dist = new double[n];
                Array.Fill(_dist, double.PositiveInfinity);
                _heap = new RadixHeap();
            }
        }

        public double[] NodeAcc { get; }

        public double[] ArcAcc { get; }

        /// <summary>Breadth-first search from <paramref name="s"/>, then the backward dependency sweep.</summary>
        /// <remarks>Both sweeps are branch-free per arc (masks instead of unpredictable branches): the forward sweep
        /// always writes the distance and the path count (adding +0 when the arc is not on a shortest path) and
        /// always stores the target at the queue tail (advancing the tail only for a new node). Path counts are
        /// zero and distances −1 outside the current search, restored after each source.</remarks>
        [SkipLocalsInit]
        public void HopSource(int s)
        {
            ref int off = ref MemoryMarshal.GetArrayDataReference(_owner._offsets);
            ref int tgt = ref MemoryMarshal.GetArrayDataReference(_owner._targets);
            ref int dist = ref MemoryMarshal.GetArrayDataReference(_hops);
            ref double sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
            ref double coef = ref MemoryMarshal.GetArrayDataReference(_coef);
            ref int order = ref MemoryMarshal.GetArrayDataReference(_order);
            ref double acc = ref MemoryMarshal.GetArrayDataReference(NodeAcc);

            ref int succ = ref MemoryMarshal.GetArrayDataReference(_succ);
            ref int succStart = ref MemoryMarshal.GetArrayDataReference(_succStart);
            Unsafe.Add(ref dist, s) = 0;
            Unsafe.Add(ref sigma, s) = 1.0;
            order = s;
            int head = 0, tail = 1, ptr = 0;
            while (head < tail)
            {
                Unsafe.Add(ref succStart, head) = ptr;
                int v = Unsafe.Add(ref order, head++);
                int dv1 = Unsafe.Add(ref dist, v) + 1;
                long svBits = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref sigma, v));
                int end = Unsafe.Add(ref off, v + 1);
                for (int a = Unsafe.Add(ref off, v); a < end; a++)
                {
                    int w = Unsafe.Add(ref tgt, a);
                    ref int dw = ref Unsafe.Add(ref dist, w);
                    int old = dw;
                    int isNew = old >>> 31;
                    int nd = old < 0 ? dv1 : old;
                    dw = nd;
                    Unsafe.Add(ref order, tail) = w;
                    tail += isNew;
                    int on = nd == dv1 ? 1 : 0;
                    Unsafe.Add(ref succ, ptr) = w;
                    ptr += on;
                    Unsafe.Add(ref sigma, w) += BitConverter.Int64BitsToDouble(svBits & -(long)on);
                }
            }

            Unsafe.Add(ref succStart, tail) = ptr;

            if (_owner._edges)
            {
                ref double arcAcc = ref MemoryMarshal.GetArrayDataReference(ArcAcc);
                for (int i = tail - 1; i >= 0; i--)
                {
                    int v = Unsafe.Add(ref order, i);
                    int dv1 = Unsafe.Add(ref dist, v) + 1;
                    double sv = Unsafe.Add(ref sigma, v);
                    double sum = 0;
                    int end = Unsafe.Add(ref off, v + 1);
                    for (int a = Unsafe.Add(ref off, v); a < end; a++)
                    {
                        int w = Unsafe.Add(ref tgt, a);
                        if (Unsafe.Add(ref dist, w) == dv1)
                        {
                            double cw = Unsafe.Add(ref coef, w);
                            Unsafe.Add(ref arcAcc, a) += sv * cw;
                            sum += cw;
                        }
                    }

                    double delta = sv * sum;
                    if (i > 0)
                    {
                        Unsafe.Add(ref acc, v) += delta;
                    }

                    Unsafe.Add(ref coef, v) = (1.0 + delta) / sv;
                }
            }
            else
            {
                // The last level has no successors: its dependencies are zero.
                int last = tail - 1;
                int maxLevel = Unsafe.Add(ref dist, Unsafe.Add(ref order, last));
                while (last > 0 && Unsafe.Add(ref dist, Unsafe.Add(ref order, last)) == maxLevel)
                {
                    int v = Unsafe.Add(ref order, last);
                    Unsafe.Add(ref coef, v) = 1.0 / Unsafe.Add(ref sigma, v);
                    last--;
                }

                for (int i = last; i > 0; i--)
                {
                    int v = Unsafe.Add(ref order, i);
                    double sum = 0, sumB = 0;
                    int p = Unsafe.Add(ref succStart, i);
                    int end = Unsafe.Add(ref succStart, i + 1);
                    for (; p + 1 < end; p += 2)
                    {
                        sum += Unsafe.Add(ref coef, Unsafe.Add(ref succ, p));
                        sumB += Unsafe.Add(ref coef, Unsafe.Add(ref succ, p + 1));
                    }

                    if (p < end)
                    {
                        sum += Unsafe.Add(ref coef, Unsafe.Add(ref succ, p));
                    }

                    double sv = Unsafe.Add(ref sigma, v);
                    double delta = sv * (sum + sumB);
                    Unsafe.Add(ref acc, v) += delta;
                    Unsafe.Add(ref coef, v) = (1.0 + delta) / sv;
                }
            }

            for (int i = 0; i < tail; i++)
            {
                int v = Unsafe.Add(ref order, i);
                Unsafe.Add(ref dist, v) = -1;
                Unsafe.Add(ref sigma, v) = 0;
            }
        }

        /// <summary>Dijkstra from <paramref name="s"/> with lengths <c>1/weight</c>, then the backward sweep.</summary>
        /// <remarks>As in NetworkX, an arc whose sum equals the target's tentative distance adds its path count
        /// whether or not the target is settled (the latter only happens when a length vanishes in rounding).</remarks>
        public void DijkstraSource(int s)
        {
            ref int off = ref MemoryMarshal.GetArrayDataReference(_owner._offsets);
            ref int tgt = ref MemoryMarshal.GetArrayDataReference(_owner._targets);
            ref double len = ref MemoryMarshal.GetArrayDataReference(_owner._lengths!);
            ref double dist = ref MemoryMarshal.GetArrayDataReference(_dist);
            ref double sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
            ref double coef = ref MemoryMarshal.GetArrayDataReference(_coef);
            ref double acc = ref MemoryMarshal.GetArrayDataReference(NodeAcc);
            int[] order = _order;
            ref int succ = ref MemoryMarshal.GetArrayDataReference(_succ);
            ref int succStart = ref MemoryMarshal.GetArrayDataReference(_succStart);
            RadixHeap heap = _heap!;
            int ptr = 0;

            Unsafe.Add(ref dist, s) = 0;
            Unsafe.Add(ref sigma, s) = 1.0;
            heap.Clear();
            heap.Push(0, s);
            int count = 0;
            while (heap.Count > 0)
            {
                (double dv, int v) = heap.Pop();
                if (dv != Unsafe.Add(ref dist, v))
                {
                    continue; // stale: v was reached by a shorter path since
                }

                Unsafe.Add(ref succStart, count) = ptr;
                order[count++] = v;
                double sv = Unsafe.Add(ref sigma, v);
                int end = Unsafe.Add(ref off, v + 1);
                for (int a = Unsafe.Add(ref off, v); a < end; a++)
                {
                    int w = Unsafe.Add(ref tgt, a);
                    double nd = dv + Unsafe.Add(ref len, a);
                    ref double dw = ref Unsafe.Add(ref dist, w);
                    Unsafe.Add(ref succ, ptr) = a; // a candidate successor arc while nd ≤ d(w); re-checked backwards
                    ptr += nd <= dw ? 1 : 0;
                    if (nd < dw)
                    {
                        dw = nd;
                        Unsafe.Add(ref sigma, w) = sv;
                        heap.Push(nd, w);
                    }
                    else if (nd == dw)
                    {
                        Unsafe.Add(ref sigma, w) += sv;
                    }
                }
            }

            Unsafe.Add(ref succStart, count) = ptr;
            double[]? arcAcc = _owner._edges ? ArcAcc : null;
            for (int i = count - 1; i >= 0; i--)
            {
                int v = order[i];
                double dv = Unsafe.Add(ref dist, v);
                double sv = Unsafe.Add(ref sigma, v);
                double sum = 0;
                int end = Unsafe.Add(ref succStart, i + 1);
                if (arcAcc is null)
                {
                    for (int p = Unsafe.Add(ref succStart, i); p < end; p++)
                    {
                        int a = Unsafe.Add(ref succ, p);
                        int w = Unsafe.Add(ref tgt, a);
                        long mask = -(long)(Unsafe.Add(ref dist, w) == dv + Unsafe.Add(ref len, a) ? 1 : 0);
                        sum += BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Unsafe.Add(ref coef, w)) & mask);
                    }
                }
                else
                {
                    for (int p = Unsafe.Add(ref succStart, i); p < end; p++)
                    {
                        int a = Unsafe.Add(ref succ, p);
                        int w = Unsafe.Add(ref tgt, a);
                        if (Unsafe.Add(ref dist, w) == dv + Unsafe.Add(ref len, a))
                        {
                            double cw = Unsafe.Add(ref coef, w);
                            arcAcc[a] += sv * cw;
                            sum += cw;
                        }
                    }
                }

                double delta = sv * sum;
                if (i > 0)
                {
                    Unsafe.Add(ref acc, v) += delta;
                }

                Unsafe.Add(ref coef, v) = (1.0 + delta) / sv;
            }

            for (int i = 0; i < count; i++)
            {
                int v = order[i];
                Unsafe.Add(ref dist, v) = double.PositiveInfinity;
            }
        }
    }
}
