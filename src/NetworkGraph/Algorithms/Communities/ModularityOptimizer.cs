using System.Diagnostics;
using System.Runtime.CompilerServices;
using NetworkGraph.Internal;

namespace NetworkGraph.Algorithms;

/// <summary>
/// The building blocks shared by Louvain and Leiden on a <see cref="LevelGraph"/>: local moving (sweeps or a queue),
/// Leiden's refinement, and aggregation. Node-to-community weights are gathered in a dense array with a touched list.
/// </summary>
internal static class ModularityOptimizer
{
    private const int BlockSize = 1024;

    /// <summary>Adds W(u, c) for every neighbouring community c of u into <paramref name="nw"/> (touched list in <paramref name="touched"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Gather(LevelGraph g, int u, int[] comm, double[] nw, int[] touched)
    {
        int count = GatherRow(g.Offsets, g.Targets, g.Weights, u, comm, nw, touched, 0);
        if (g.InOffsets is not null)
        {
            count = GatherRow(g.InOffsets, g.InTargets!, g.InWeights, u, comm, nw, touched, count);
        }

        return count;
    }

    /// <summary>
    /// Louvain's local moving: sweeps over the nodes in a seeded random order until a sweep moves nothing or gains ≤ tolerance.
    /// A sweep skips nodes none of whose neighbours left or joined another community since the node was last visited
    /// (pruning, Ozaki, Tezuka &amp; Inaba 2016: such a node's best move cannot have changed much).
    /// </summary>
    /// <returns>The modularity gained.</returns>
    public static double MoveBySweeps(LevelGraph g, int[] comm, double resolution, ref SplitMix64 rng, double tolerance, CancellationToken ct)
    {
        int n = g.NodeCount;
        bool directed = g.Directed;
        double[] kOut = g.KOut, kIn = g.KIn;
        double[] totOut = new double[n], totIn = directed ? new double[n] : totOut;
        for (int v = 0; v < n; v++)
        {
            totOut[comm[v]] += kOut[v];
            if (directed)
            {
                totIn[comm[v]] += kIn[v];
            }
        }

        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        rng.Shuffle(order);
        var nw = new double[n];
        var touched = new int[n];
        bool[] active = new bool[n];
        Array.Fill(active, true);
        double coef = resolution / g.TotalWeight;
        double scale = (directed ? 1.0 : 2.0) / g.TotalWeight;
        double gained = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            int moves = 0;
            double sweepGain = 0;
            foreach (int u in order)
            {
                if (!active[u])
                {
                    continue;
                }

                active[u] = false;
                int cu = comm[u];
                int count = Gather(g, u, comm, nw, touched);
                double ko = kOut[u], ki = kIn[u];
                totOut[cu] -= ko;
                if (directed)
                {
                    totIn[cu] -= ki;
                }

                double stay = Gain(directed, nw[cu], coef, ko, ki, totOut[cu], totIn[cu]);
                int best = cu;
                double bestGain = stay;
                for (int i = 0; i < count; i++)
                {
                    int c = touched[i];
                    double gain = Gain(directed, nw[c], coef, ko, ki, totOut[c], totIn[c]);
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = c;
                    }

                    nw[c] = 0;
                }

                totOut[best] += ko;
                if (directed)
                {
                    totIn[best] += ki;
                }

                if (best != cu)
                {
                    comm[u] = best;
                    moves++;
                    sweepGain += bestGain - stay;
                    Activate(g.Offsets, g.Targets, u, best, comm, active);
                    if (g.InOffsets is not null)
                    {
                        Activate(g.InOffsets, g.InTargets!, u, best, comm, active);
                    }
                }
            }

            gained += sweepGain * scale;
            if (moves == 0 || sweepGain * scale <= tolerance)
            {
                return gained;
            }
        }
    }

    /// <summary>Leiden's fast local moving: a queue of nodes, revisiting only neighbours of moved nodes; empty communities allowed.</summary>
    public static void MoveByQueue(LevelGraph g, int[] comm, double resolution, ref SplitMix64 rng, CancellationToken ct)
    {
        int n = g.NodeCount;
        bool directed = g.Directed;
        double[] kOut = g.KOut, kIn = g.KIn;
        double[] totOut = new double[n], totIn = directed ? new double[n] : totOut;
        int[] size = new int[n];
        for (int v = 0; v < n; v++)
        {
            totOut[comm[v]] += kOut[v];
            if (directed)
            {
                totIn[comm[v]] += kIn[v];
            }

            size[comm[v]]++;
        }

        int[] empty = new int[n];
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty[emptyCount++] = c;
            }
        }

        int[] queue = new int[n];
        bool[] queued = new bool[n];
        for (int i = 0; i < n; i++)
        {
            queue[i] = i;
            queued[i] = true;
        }

        rng.Shuffle(queue);
        int head = 0, pending = n, tail = 0;
        var nw = new double[n];
        var touched = new int[n];
        double coef = resolution / g.TotalWeight;
        int steps = 0;
        while (pending > 0)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            int u = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            queued[u] = false;
            int cu = comm[u];
            int count = Gather(g, u, comm, nw, touched);
            double ko = kOut[u], ki = kIn[u];
            totOut[cu] -= ko;
            if (directed)
            {
                totIn[cu] -= ki;
            }

            size[cu]--;
            double bestGain = Gain(directed, nw[cu], coef, ko, ki, totOut[cu], totIn[cu]);
            int best = cu;
            for (int i = 0; i < count; i++)
            {
                int c = touched[i];
                double gain = Gain(directed, nw[c], coef, ko, ki, totOut[c], totIn[c]);
                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = c;
                }

                nw[c] = 0;
            }

            if (bestGain < 0 && size[cu] > 0)
            {
                Debug.Assert(emptyCount > 0, "n − 1 nodes leave an id free");
                best = empty[--emptyCount];
            }

            totOut[best] += ko;
            if (directed)
            {
                totIn[best] += ki;
            }

            size[best]++;
            if (best == cu)
            {
                continue;
            }

            comm[u] = best;
            if (size[cu] == 0)
            {
                empty[emptyCount++] = cu;
            }

            tail = EnqueueNeighbours(g.Offsets, g.Targets, u, best, comm, queue, queued, tail, ref pending);
            if (g.InOffsets is not null)
            {
                tail = EnqueueNeighbours(g.InOffsets, g.InTargets!, u, best, comm, queue, queued, tail, ref pending);
            }
        }
    }

    /// <summary>Numbers communities 0 … count − 1 in order of their first node, in place.</summary>
    public static int Renumber(int[] comm)
    {
        int n = comm.Length;
        int[] map = new int[n];
        Array.Fill(map, -1);
        int count = 0;
        for (int v = 0; v < n; v++)
        {
            int c = comm[v];
            if (map[c] < 0)
            {
                map[c] = count++;
            }

            comm[v] = map[c];
        }

        return count;
    }

    /// <summary>Leiden's refinement: inside each community, merges well-connected singletons into well-connected sub-communities.</summary>
    /// <returns>The refined membership (ids are representative nodes; not renumbered).</returns>
    public static int[] Refine(LevelGraph g, int[] comm, int count, double resolution, double randomness, int seed, int level, int maxDop, CancellationToken ct)
    {
        int n = g.NodeCount;
        bool directed = g.Directed;
        (int[] start, int[] members) = Group(comm, count);
        int[] refined = new int[n];
        double[] rOut = (double[])g.KOut.Clone();
        double[] rIn = directed ? (double[])g.KIn.Clone() : rOut;
        double[] ext = new double[n];
        bool[] singleton = new bool[n];
        for (int v = 0; v < n; v++)
        {
            refined[v] = v;
            singleton[v] = true;
        }

        double coef = resolution / g.TotalWeight;
        int blocks = (count + BlockSize - 1) / BlockSize;
        RunBlocks(blocks, maxDop, () => new Scratch(n, refine: true), (b, s) =>
        {
            ct.ThrowIfCancellationRequested();
            int end = Math.Min(count, (b + 1) * BlockSize);
            for (int c = b * BlockSize; c < end; c++)
            {
                RefineCommunity(g, comm, c, members.AsSpan(start[c], start[c + 1] - start[c]), s, refined, rOut, rIn, ext, singleton, coef, randomness, SplitMix64.ForStream(seed, level, c));
            }
        });
        return refined;
    }

    /// <summary>Builds the graph whose nodes are the communities of <paramref name="comm"/> (dense, <paramref name="count"/> of them).</summary>
    public static LevelGraph Aggregate(LevelGraph g, int[] comm, int count, int maxDop, CancellationToken ct)
    {
        bool directed = g.Directed;
        (int[] start, int[] members) = Group(comm, count);
        int[] rowLength = new int[count];
        double[] kOut = new double[count], kIn = directed ? new double[count] : kOut, self = new double[count];
        int blocks = (count + BlockSize - 1) / BlockSize;
        var blockTargets = new int[blocks][];
        var blockWeights = new double[blocks][];
        RunBlocks(blocks, maxDop, () => new Scratch(count, refine: false), (b, s) =>
        {
            ct.ThrowIfCancellationRequested();
            int first = b * BlockSize, end = Math.Min(count, first + BlockSize);
            int length = 0;
            for (int c = first; c < end; c++)
            {
                double inside = 0, ko = 0, ki = 0;
                int touchedCount = 0;
                for (int i = start[c]; i < start[c + 1]; i++)
                {
                    int u = members[i];
                    inside += g.Self[u];
                    ko += g.KOut[u];
                    ki += g.KIn[u];
                    touchedCount = GatherRow(g.Offsets, g.Targets, g.Weights, u, comm, s.Weights, s.Touched, touchedCount);
                    if (g.InOffsets is not null)
                    {
                        touchedCount = GatherRow(g.InOffsets, g.InTargets!, g.InWeights, u, comm, s.Weights, s.Touched, touchedCount);
                    }
                }

                s.EnsureRowCapacity(length + touchedCount);
                int row = 0;
                for (int i = 0; i < touchedCount; i++)
                {
                    int d = s.Touched[i];
                    double w = s.Weights[d];
                    s.Weights[d] = 0;
                    if (d == c)
                    {
                        inside += w;
                        continue;
                    }

                    s.RowTargets[length + row] = d;
                    s.RowWeights[length + row] = w;
                    row++;
                }

                length += row;
                rowLength[c] = row;
                self[c] = inside;
                kOut[c] = ko;
                if (directed)
                {
                    kIn[c] = ki;
                }
            }

            // The block's rows were gathered in the worker's buffer; keep an exact copy until the offsets are known.
            blockTargets[b] = s.RowTargets.AsSpan(0, length).ToArray();
            blockWeights[b] = s.RowWeights.AsSpan(0, length).ToArray();
        });

        int[] offsets = new int[count + 1];
        for (int c = 0; c < count; c++)
        {
            offsets[c + 1] = offsets[c] + rowLength[c];
        }

        int[] allTargets = new int[offsets[count]];
        double[] allWeights = new double[offsets[count]];
        RunBlocks(blocks, maxDop, () => 0, (b, _) =>
        {
            int at = offsets[b * BlockSize];
            Array.Copy(blockTargets[b], 0, allTargets, at, blockTargets[b].Length);
            Array.Copy(blockWeights[b], 0, allWeights, at, blockWeights[b].Length);
        });
        return new LevelGraph(directed, offsets, allTargets, allWeights, null, null, null, kOut, kIn, self, g.TotalWeight);
    }

    /// <summary>Runs <paramref name="body"/> on blocks 0 … blocks − 1 with at most <paramref name="maxDop"/> workers, one scratch each.</summary>
    /// <remarks>Blocks are fixed, so results do not depend on the number of workers as long as blocks write disjoint data.</remarks>
    public static void RunBlocks<TScratch>(int blocks, int maxDop, Func<TScratch> init, Action<int, TScratch> body)
    {
        int workers = Math.Min(blocks, maxDop < 1 ? Environment.ProcessorCount : maxDop);
        if (workers <= 1)
        {
            TScratch scratch = init();
            for (int b = 0; b < blocks; b++)
            {
                body(b, scratch);
            }

            return;
        }

        int next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            TScratch scratch = init();
            int b;
            while ((b = Interlocked.Increment(ref next)) < blocks)
            {
                body(b, scratch);
            }
        });
    }

    /// <summary>Lists the nodes of each community, in increasing node order: members[start[c] … start[c + 1]).</summary>
    public static (int[] Start, int[] Members) Group(int[] comm, int count)
    {
        int[] start = new int[count + 1];
        foreach (int c in comm)
        {
            start[c + 1]++;
        }

        for (int c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        int[] cursor = start[..^1];
        int[] members = new int[comm.Length];
        for (int v = 0; v < comm.Length; v++)
        {
            members[cursor[comm[v]]++] = v;
        }

        return (start, members);
    }

    /// <summary>
    /// The modularity gain, up to a positive factor, of putting a node with out/in strengths <paramref name="ko"/>,
    /// <paramref name="ki"/> into a community it has <paramref name="links"/> weight to and whose strength totals without
    /// the node are <paramref name="totOut"/>, <paramref name="totIn"/> (undirected: <paramref name="totIn"/> unused).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Gain(bool directed, double links, double coef, double ko, double ki, double totOut, double totIn) =>
        directed ? links - (coef * ((ko * totIn) + (ki * totOut))) : links - (coef * ko * totOut);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int GatherRow(int[] offsets, int[] targets, double[]? weights, int u, int[] comm, double[] nw, int[] touched, int count)
    {
        int end = offsets[u + 1];
        if (weights is null)
        {
            for (int a = offsets[u]; a < end; a++)
            {
                int c = comm[targets[a]];
                if (nw[c] == 0)
                {
                    touched[count++] = c;
                }

                nw[c] += 1.0;
            }
        }
        else
        {
            for (int a = offsets[u]; a < end; a++)
            {
                int c = comm[targets[a]];
                if (nw[c] == 0)
                {
                    touched[count++] = c;
                }

                nw[c] += weights[a];
            }
        }

        return count;
    }

    private static void Activate(int[] offsets, int[] targets, int u, int best, int[] comm, bool[] active)
    {
        for (int a = offsets[u]; a < offsets[u + 1]; a++)
        {
            int v = targets[a];
            if (comm[v] != best)
            {
                active[v] = true;
            }
        }
    }

    private static int EnqueueNeighbours(int[] offsets, int[] targets, int u, int best, int[] comm, int[] queue, bool[] queued, int tail, ref int pending)
    {
        int n = queue.Length;
        for (int a = offsets[u]; a < offsets[u + 1]; a++)
        {
            int v = targets[a];
            if (!queued[v] && comm[v] != best)
            {
                queued[v] = true;
                queue[tail] = v;
                tail = tail + 1 == n ? 0 : tail + 1;
                pending++;
            }
        }

        return tail;
    }

    private static void RefineCommunity(
        LevelGraph g,
        int[] comm,
        int c,
        Span<int> members,
        Scratch s,
        int[] refined,
        double[] rOut,
        double[] rIn,
        double[] ext,
        bool[] singleton,
        double coef,
        double randomness,
        SplitMix64 rng)
    {
        if (members.Length < 2)
        {
            return;
        }

        bool directed = g.Directed;
        double cOut = 0, cIn = 0;
        foreach (int v in members)
        {
            cOut += g.KOut[v];
            cIn += g.KIn[v];
            ext[v] = InsideWeight(g.Offsets, g.Targets, g.Weights, v, comm, c)
                + (g.InOffsets is null ? 0 : InsideWeight(g.InOffsets, g.InTargets!, g.InWeights, v, comm, c));
        }

        Span<int> order = s.Order.AsSpan(0, members.Length);
        members.CopyTo(order);
        rng.Shuffle(order);
        foreach (int v in order)
        {
            if (!singleton[v])
            {
                continue;
            }

            double ko = g.KOut[v], ki = g.KIn[v];
            double need = directed ? coef * ((ko * (cIn - ki)) + (ki * (cOut - ko))) : coef * ko * (cOut - ko);
            if (ext[v] < need)
            {
                continue; // not well connected to its community
            }

            int count = GatherInside(g.Offsets, g.Targets, g.Weights, v, comm, c, refined, s.Weights, s.Touched, 0);
            if (g.InOffsets is not null)
            {
                count = GatherInside(g.InOffsets, g.InTargets!, g.InWeights, v, comm, c, refined, s.Weights, s.Touched, count);
            }

            // Candidates: well-connected sub-communities with ΔH ≥ 0; staying alone has ΔH = 0.
            int valid = 0;
            double max = 0;
            for (int i = 0; i < count; i++)
            {
                int r = s.Touched[i];
                double rNeed = directed
                    ? coef * ((rOut[r] * (cIn - rIn[r])) + (rIn[r] * (cOut - rOut[r])))
                    : coef * rOut[r] * (cOut - rOut[r]);
                double gain = Gain(directed, s.Weights[r], coef, ko, ki, rOut[r], rIn[r]);
                if (ext[r] >= rNeed && gain >= 0)
                {
                    s.Touched[valid] = r;
                    s.Gains[valid++] = gain;
                    max = Math.Max(max, gain);
                }
                else
                {
                    s.Weights[r] = 0;
                }
            }

            int chosen = -1;
            if (valid > 0)
            {
                if (randomness > 0)
                {
                    double total = Math.Exp(-max / randomness); // staying alone
                    for (int i = 0; i < valid; i++)
                    {
                        total += Math.Exp((s.Gains[i] - max) / randomness);
                    }

                    double x = rng.NextDouble() * total - Math.Exp(-max / randomness);
                    for (int i = 0; i < valid && x >= 0; i++)
                    {
                        x -= Math.Exp((s.Gains[i] - max) / randomness);
                        if (x < 0)
                        {
                            chosen = i;
                        }
                    }
                }
                else
                {
                    double best = 0;
                    for (int i = 0; i < valid; i++)
                    {
                        if (s.Gains[i] > best)
                        {
                            best = s.Gains[i];
                            chosen = i;
                        }
                    }
                }
            }

            if (chosen >= 0)
            {
                int r = s.Touched[chosen];
                refined[v] = r;
                rOut[r] += ko;
                if (directed)
                {
                    rIn[r] += ki;
                }

                ext[r] = ext[r] + ext[v] - (2 * s.Weights[r]);
                singleton[v] = false;
                singleton[r] = false;
            }

            for (int i = 0; i < valid; i++)
            {
                s.Weights[s.Touched[i]] = 0;
            }
        }
    }

    private static double InsideWeight(int[] offsets, int[] targets, double[]? weights, int v, int[] comm, int c)
    {
        double sum = 0;
        for (int a = offsets[v]; a < offsets[v + 1]; a++)
        {
            if (comm[targets[a]] == c)
            {
                sum += weights is null ? 1.0 : weights[a];
            }
        }

        return sum;
    }

    private static int GatherInside(int[] offsets, int[] targets, double[]? weights, int v, int[] comm, int c, int[] refined, double[] nw, int[] touched, int count)
    {
        for (int a = offsets[v]; a < offsets[v + 1]; a++)
        {
            int t = targets[a];
            if (comm[t] != c)
            {
                continue;
            }

            int r = refined[t];
            if (nw[r] == 0)
            {
                touched[count++] = r;
            }

            nw[r] += weights is null ? 1.0 : weights[a];
        }

        return count;
    }

    /// <summary>Per-worker scratch: a dense weight per community with its touched list, and (aggregation) a row buffer.</summary>
    private sealed class Scratch(int size, bool refine)
    {
        public double[] Weights { get; } = new double[size];

        public int[] Touched { get; } = new int[size];

        public double[] Gains { get; } = refine ? new double[size] : [];

        public int[] Order { get; } = refine ? new int[size] : [];

        /// <summary>Gets the aggregated rows of the block being built (grown by <see cref="EnsureRowCapacity"/>).</summary>
        public int[] RowTargets { get; private set; } = [];

        /// <summary>Gets the weights of <see cref="RowTargets"/>.</summary>
        public double[] RowWeights { get; private set; } = [];

        /// <summary>Grows the row buffers, keeping their contents, so that they hold at least <paramref name="length"/> entries.</summary>
        public void EnsureRowCapacity(int length)
        {
            if (RowTargets.Length >= length)
            {
                return;
            }

            int grown = Math.Max(length, Math.Max(1024, RowTargets.Length * 2));
            int[] targets = new int[grown];
            double[] weights = new double[grown];
            RowTargets.CopyTo(targets, 0);
            RowWeights.CopyTo(weights, 0);
            RowTargets = targets;
            RowWeights = weights;
        }
    }
}
