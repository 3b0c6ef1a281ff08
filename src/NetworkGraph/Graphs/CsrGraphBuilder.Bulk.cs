using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetworkGraph.Graphs;

/// <summary>Bulk building: staged edges to CSR rows, shared by <see cref="Build"/> and the file loaders.</summary>
public sealed partial class CsrGraphBuilder
{
    /// <summary>Rows at least this long in total are sorted on several threads.</summary>
    private const int ParallelSortThreshold = 1 << 20;

    /// <summary>Rows up to this long are sorted by insertion.</summary>
    private const int InsertionSortMax = 32;

    /// <summary>Rows at least this long are sorted by radix.</summary>
    private const int RadixSortMin = 128;

    /// <summary>Staging at least this large is collected as soon as it is consumed.</summary>
    private const long CollectAfterStagingBytes = 64L << 20;

    /// <summary>
    /// Turns staged edges into sorted, merged CSR rows (and in-rows when directed); drops self-loops.
    /// </summary>
    /// <remarks>
    /// O(n + m) plus the row sorts (O(d log d) per row, skipped for rows already sorted); rows are sorted
    /// on all cores when there are many arcs. Each staged chunk is released as soon as it has been
    /// scattered, so peak memory is the staging (8 or 16 bytes per edge) plus the out-rows, then the
    /// out-rows plus the in-rows.
    /// </remarks>
    /// <param name="n">The number of nodes; every staged index is in <c>[0, n)</c>.</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="merge">How a repeated tie is merged (in staging order within a row).</param>
    /// <param name="edges">The staged edges; empty afterwards.</param>
    /// <param name="stagingReleased">Called once the staging memory has been given back (a good time to start
    /// other allocations, e.g. decoding node keys on another thread).</param>
    /// <param name="maxDegreeOfParallelism">The threads the row sorts may use; −1 for all cores.</param>
    /// <exception cref="NotSupportedException">More than <see cref="int.MaxValue"/> arcs would be stored.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static CsrRows BuildRows(int n, bool directed, EdgeMerge merge, EdgeBuffer edges, Action? stagingReleased = null, int maxDegreeOfParallelism = -1)
    {
        bool weighted = edges.IsWeighted;

        // 1. Count arcs per source row (self-loops counted apart).
        int[] offsets = new int[n + 1];
        long loops = 0;
        for (int c = 0; c < edges.ChunkCount; c++)
        {
            int len = edges.GetChunk(c, out int[] s, out int[] t, out _);
            for (int i = 0; i < len; i++)
            {
                int u = s[i], v = t[i];
                Debug.Assert((uint)u < (uint)n && (uint)v < (uint)n, "staged node in range");
                if (u == v)
                {
                    loops++;
                    continue;
                }

                offsets[u + 1]++;
                if (!directed)
                {
                    offsets[v + 1]++;
                }
            }
        }

        long arcs = (edges.Count - loops) * (directed ? 1 : 2);
        if (arcs > Array.MaxLength)
        {
            edges.Clear();
            throw new NotSupportedException($"The graph would hold {arcs} arcs; at most {Array.MaxLength} are supported.");
        }

        for (int v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        // 2. Stable scatter: within a row, arcs stay in staging order (needed by EdgeMerge.Last).
        int total = offsets[n];
        int[] targets = new int[total];
        double[]? weights = weighted ? new double[total] : null;
        int[] cursor = new int[n];
        Array.Copy(offsets, cursor, n);
        for (int c = 0; c < edges.ChunkCount; c++)
        {
            int len = edges.GetChunk(c, out int[] s, out int[] t, out double[]? w);
            if (weights is null)
            {
                ScatterUnweighted(s, t, len, directed, cursor, targets);
            }
            else
            {
                ScatterWeighted(s, t, w!, len, directed, cursor, targets, weights);
            }

            edges.ReleaseChunk(c);
        }

        long stagedBytes = edges.Count * (weighted ? 16L : 8L);
        edges.Clear();
        cursor = [];
        if (stagedBytes >= CollectAfterStagingBytes)
        {
            // The staging chunks are garbage now; reclaim them before the in-rows are allocated, so the peak
            // stays at staging + out-rows instead of staging + out-rows + in-rows.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        stagingReleased?.Invoke();

        return FinishRows(n, directed, merge, offsets, targets, weights, loops, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Finishes rows filled in input order: sorts each row by target (stably), merges repeated targets, trims the
    /// arrays when ties repeated, and transposes the out-rows into in-rows when directed.
    /// </summary>
    /// <remarks>
    /// O(m) plus the row sorts, on up to <paramref name="maxDegreeOfParallelism"/> threads: each thread sorts and
    /// merges the rows of its own range in place, and, when ties repeated, copies its rows into the trimmed arrays.
    /// Memory: the rows given, plus a trimmed copy of the target (and weight) array when ties repeated, made before
    /// the in-rows are allocated, so the peak stays at the finished graph's arrays plus the untrimmed out-rows.
    /// </remarks>
    /// <param name="n">The number of nodes.</param>
    /// <param name="directed">Whether edges have a direction (both arcs of an undirected edge are in the rows).</param>
    /// <param name="merge">How a repeated tie is merged (in row order).</param>
    /// <param name="offsets">Row starts, n + 1 entries; rewritten when ties repeated.</param>
    /// <param name="targets">Row contents, no self-loops; sorted and merged in place.</param>
    /// <param name="weights">Arc weights, parallel to <paramref name="targets"/>, or null.</param>
    /// <param name="loops">The self-loops dropped before, reported in the result.</param>
    /// <param name="maxDegreeOfParallelism">The threads the row sorts may use; −1 for all cores.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static CsrRows FinishRows(int n, bool directed, EdgeMerge merge, int[] offsets, int[] targets, double[]? weights, long loops, int maxDegreeOfParallelism = -1)
    {
        int total = offsets[n];
        Debug.Assert(total == targets.Length && (weights is null || weights.Length == total), "rows fill the arrays");

        // Sort each row by target (stably) and merge its repeated targets, leaving its length in kept.
        int[] bounds = RowRanges(n, offsets, total, maxDegreeOfParallelism);
        int parts = bounds.Length - 1;
        int[] kept = GC.AllocateUninitializedArray<int>(n);
        long[] dropped = new long[parts];
        ForEachRange(parts, p => dropped[p] = SortAndMergeRows(bounds[p], bounds[p + 1], offsets, targets, weights, merge, kept));
        if (dropped.Sum() > 0)
        {
            (offsets, targets, weights) = Compact(n, offsets, targets, weights, kept, bounds);
            if (directed && (long)total * (weights is null ? 4 : 12) >= CollectAfterStagingBytes)
            {
                // Give the untrimmed rows back before the in-rows are allocated.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        if (!directed)
        {
            return new CsrRows(directed, offsets, targets, weights, offsets, targets, weights, loops);
        }

        (int[] inOffsets, int[] inTargets, double[]? inWeights) = Transpose(n, offsets, targets, weights);
        return new CsrRows(directed, offsets, targets, weights, inOffsets, inTargets, inWeights, loops);
    }

    /// <summary>Copies the merged rows (their first <paramref name="kept"/> arcs) into arrays of the exact size, each
    /// range of rows on its own thread; returns the new row starts and arrays.</summary>
    private static (int[] Offsets, int[] Targets, double[]? Weights) Compact(int n, int[] offsets, int[] targets, double[]? weights, int[] kept, int[] bounds)
    {
        int[] trimmed = new int[n + 1];
        for (int v = 0; v < n; v++)
        {
            trimmed[v + 1] = trimmed[v] + kept[v];
        }

        int[] newTargets = GC.AllocateUninitializedArray<int>(trimmed[n]);
        double[]? newWeights = weights is null ? null : GC.AllocateUninitializedArray<double>(trimmed[n]);
        ForEachRange(bounds.Length - 1, p =>
        {
            // Consecutive full rows are one block in both arrays: copy a block at each merged row.
            int from = bounds[p], to = bounds[p + 1];
            int block = from;
            for (int v = from; v < to; v++)
            {
                if (kept[v] != offsets[v + 1] - offsets[v])
                {
                    CopyRows(block, v + 1, offsets, trimmed, targets, weights, newTargets, newWeights);
                    block = v + 1;
                }
            }

            CopyRows(block, to, offsets, trimmed, targets, weights, newTargets, newWeights);
        });
        return (trimmed, newTargets, newWeights);
    }

    /// <summary>Copies rows <c>[from, to)</c>, all full but maybe the last, from the old arrays to the trimmed ones.</summary>
    private static void CopyRows(int from, int to, int[] offsets, int[] trimmed, int[] targets, double[]? weights, int[] newTargets, double[]? newWeights)
    {
        if (from >= to)
        {
            return;
        }

        int length = trimmed[to] - trimmed[from];
        Array.Copy(targets, offsets[from], newTargets, trimmed[from], length);
        if (weights is not null)
        {
            Array.Copy(weights, offsets[from], newWeights!, trimmed[from], length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScatterUnweighted(int[] s, int[] t, int len, bool directed, int[] cursor, int[] targets)
    {
        for (int i = 0; i < len; i++)
        {
            int u = s[i], v = t[i];
            if (u == v)
            {
                continue;
            }

            targets[cursor[u]++] = v;
            if (!directed)
            {
                targets[cursor[v]++] = u;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScatterWeighted(int[] s, int[] t, double[] w, int len, bool directed, int[] cursor, int[] targets, double[] weights)
    {
        for (int i = 0; i < len; i++)
        {
            int u = s[i], v = t[i];
            if (u == v)
            {
                continue;
            }

            int a = cursor[u]++;
            targets[a] = v;
            weights[a] = w[i];
            if (!directed)
            {
                int b = cursor[v]++;
                targets[b] = u;
                weights[b] = w[i];
            }
        }
    }

    /// <summary>Splits the rows into ranges of about equal arc counts, a few per thread (one range when the rows are
    /// short in total or one thread is asked for).</summary>
    /// <returns>The range bounds: 0, …, <paramref name="n"/>.</returns>
    private static int[] RowRanges(int n, int[] offsets, int total, int maxDegreeOfParallelism)
    {
        int workers = Math.Min(Algorithms.ParallelRanges.Threads(maxDegreeOfParallelism), 8);
        if (total < ParallelSortThreshold || workers < 2)
        {
            return [0, n];
        }

        int parts = workers * 4;
        int[] bounds = new int[parts + 1];
        int v = 0;
        for (int p = 1; p < parts; p++)
        {
            long goal = (long)total * p / parts;
            while (v < n && offsets[v] < goal)
            {
                v++;
            }

            bounds[p] = v;
        }

        bounds[parts] = n;
        return bounds;
    }

    /// <summary>Runs <paramref name="body"/> for each range, on as many threads as there are ranges over four.</summary>
    private static void ForEachRange(int parts, Action<int> body)
    {
        if (parts == 1)
        {
            body(0);
            return;
        }

        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parts / 4) }, body);
    }

    /// <summary>Sorts rows <c>[from, to)</c> by target (stably) and merges each row's repeated targets into its first
    /// arcs, writing each row's merged length to <paramref name="kept"/>.</summary>
    /// <returns>The arcs merged away.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long SortAndMergeRows(int from, int to, int[] offsets, int[] targets, double[]? weights, EdgeMerge merge, int[] kept)
    {
        long dropped = 0;
        for (int v = from; v < to; v++)
        {
            int start = offsets[v], end = offsets[v + 1];
            if (end - start > 1)
            {
                SortRowStable(targets, weights, start, end - start);
            }

            int write = start;
            for (int a = start; a < end; a++)
            {
                int t = targets[a];
                if (write > start && targets[write - 1] == t)
                {
                    if (weights is not null)
                    {
                        weights[write - 1] = merge switch
                        {
                            EdgeMerge.Max => Math.Max(weights[write - 1], weights[a]),
                            EdgeMerge.Sum => weights[write - 1] + weights[a],
                            _ => weights[a],
                        };
                    }

                    continue;
                }

                targets[write] = t;
                if (weights is not null)
                {
                    weights[write] = weights[a];
                }

                write++;
            }

            kept[v] = write - start;
            dropped += end - write;
        }

        return dropped;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortRowStable(int[] targets, double[]? weights, int start, int len)
    {
        // Already sorted (common for generated and sorted inputs): nothing to do.
        bool sorted = true;
        for (int i = start + 1; i < start + len; i++)
        {
            if (targets[i] < targets[i - 1])
            {
                sorted = false;
                break;
            }
        }

        if (sorted)
        {
            return;
        }

        if (len <= InsertionSortMax)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                RankSortRow(targets, weights, start, len);
            }
            else
            {
                InsertionSortRow(targets, weights, start, len);
            }

            return;
        }

        if (len >= RadixSortMin)
        {
            RadixSortRow(targets, weights, start, len);
            return;
        }

        if (weights is null)
        {
            Array.Sort(targets, start, len);
            return;
        }

        // Stable: key = (target, position in row).
        long[] keys = ArrayPool<long>.Shared.Rent(len);
        double[] w = ArrayPool<double>.Shared.Rent(len);
        for (int i = 0; i < len; i++)
        {
            keys[i] = ((long)targets[start + i] << 32) | (uint)i;
        }

        Array.Sort(keys, 0, len);
        Array.Copy(weights, start, w, 0, len);
        for (int i = 0; i < len; i++)
        {
            targets[start + i] = (int)(keys[i] >> 32);
            weights[start + i] = w[(int)(keys[i] & 0xFFFFFFFF)];
        }

        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<double>.Shared.Return(w);
    }

    /// <summary>Sorts a short row by target with insertion sort, which is stable and moves each weight with its
    /// target: O(len²) moves at worst, fewer than a general sort's overhead for a row of a few dozen arcs.</summary>
    /// <summary>Sorts a long row by least-significant-digit radix sort (stable; the weights move with the targets):
    /// O(len · digits), with digits of 8 bits (11 bits for rows of 8 192 arcs or more) up to the row's largest target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RadixSortRow(int[] targets, double[]? weights, int start, int len)
    {
        int top = 0;
        foreach (int t in targets.AsSpan(start, len))
        {
            top = Math.Max(top, t);
        }

        int bits = len >= 8192 ? 11 : 8;
        int buckets = 1 << bits;
        int mask = buckets - 1;
        int width = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)top);
        int[] spareTargets = ArrayPool<int>.Shared.Rent(len);
        double[]? spareWeights = weights is null ? null : ArrayPool<double>.Shared.Rent(len);
        Span<int> next = stackalloc int[1 << 11];
        next = next[..buckets];
        Span<int> from = targets.AsSpan(start, len), to = spareTargets.AsSpan(0, len);
        Span<double> fromWeights = weights is null ? default : weights.AsSpan(start, len);
        Span<double> toWeights = spareWeights is null ? default : spareWeights.AsSpan(0, len);
        bool inSpare = false;
        for (int shift = 0; shift < width; shift += bits)
        {
            next.Clear();
            foreach (int t in from)
            {
                next[(t >> shift) & mask]++;
            }

            int sum = 0;
            for (int d = 0; d < buckets; d++)
            {
                int count = next[d];
                next[d] = sum;
                sum += count;
            }

            for (int i = 0; i < from.Length; i++)
            {
                int at = next[(from[i] >> shift) & mask]++;
                to[at] = from[i];
                if (weights is not null)
                {
                    toWeights[at] = fromWeights[i];
                }
            }

            Span<int> swap = from;
            from = to;
            to = swap;
            Span<double> swapWeights = fromWeights;
            fromWeights = toWeights;
            toWeights = swapWeights;
            inSpare = !inSpare;
        }

        if (inSpare)
        {
            from.CopyTo(targets.AsSpan(start, len));
            if (weights is not null)
            {
                fromWeights.CopyTo(weights.AsSpan(start, len));
            }
        }

        ArrayPool<int>.Shared.Return(spareTargets);
        if (spareWeights is not null)
        {
            ArrayPool<double>.Shared.Return(spareWeights);
        }
    }

    /// <summary>Sorts a row of at most <see cref="InsertionSortMax"/> arcs by rank, without a branch on the data: each
    /// arc goes to the number of arcs before it in the order (smaller targets, and equal ones earlier in the row, so
    /// the sort is stable), counted eight at a time with 256-bit comparisons. O(len²/8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RankSortRow(int[] targets, double[]? weights, int start, int len)
    {
        Debug.Assert(len <= InsertionSortMax && InsertionSortMax == 32, "four blocks of eight lanes");
        Span<int> row = targets.AsSpan(start, len);
        Span<int> keys = stackalloc int[InsertionSortMax];
        Span<int> sorted = stackalloc int[InsertionSortMax];
        keys.Fill(int.MaxValue); // above every target, so padding never counts as before an arc
        row.CopyTo(keys);
        int blocks = (len + 7) >> 3;
        Vector256<int> lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        Span<int> ranks = stackalloc int[InsertionSortMax];
        for (int i = 0; i < len; i++)
        {
            Vector256<int> key = Vector256.Create(keys[i]);
            Vector256<int> position = Vector256.Create(i);
            int rank = 0;
            for (int b = 0; b < blocks; b++)
            {
                Vector256<int> block = Vector256.Create<int>(keys.Slice(b * 8, 8));
                Vector256<int> index = lanes + Vector256.Create(b * 8);
                Vector256<int> before = Vector256.LessThan(block, key) | (Vector256.Equals(block, key) & Vector256.LessThan(index, position));
                rank += BitOperations.PopCount(before.ExtractMostSignificantBits());
            }

            ranks[i] = rank;
            sorted[rank] = keys[i];
        }

        sorted[..len].CopyTo(row);
        if (weights is not null)
        {
            Span<double> rowWeights = weights.AsSpan(start, len);
            Span<double> sortedWeights = stackalloc double[InsertionSortMax];
            for (int i = 0; i < len; i++)
            {
                sortedWeights[ranks[i]] = rowWeights[i];
            }

            sortedWeights[..len].CopyTo(rowWeights);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void InsertionSortRow(int[] targets, double[]? weights, int start, int len)
    {
        Span<int> row = targets.AsSpan(start, len);
        if (weights is null)
        {
            for (int i = 1; i < row.Length; i++)
            {
                int t = row[i];
                int j = i - 1;
                while (j >= 0 && row[j] > t)
                {
                    row[j + 1] = row[j];
                    j--;
                }

                row[j + 1] = t;
            }

            return;
        }

        Span<double> rowWeights = weights.AsSpan(start, len);
        for (int i = 1; i < row.Length; i++)
        {
            int t = row[i];
            double w = rowWeights[i];
            int j = i - 1;
            while (j >= 0 && row[j] > t)
            {
                row[j + 1] = row[j];
                rowWeights[j + 1] = rowWeights[j];
                j--;
            }

            row[j + 1] = t;
            rowWeights[j + 1] = w;
        }
    }

    /// <summary>The arrays of a built graph, before a node index is attached.</summary>
    internal readonly record struct CsrRows(
        bool Directed,
        int[] OutOffsets,
        int[] OutTargets,
        double[]? OutWeights,
        int[] InOffsets,
        int[] InTargets,
        double[]? InWeights,
        long SelfLoops)
    {
        public CsrGraph ToGraph(NodeIndex nodes) =>
            CsrGraph.FromRows(nodes, Directed, OutOffsets, OutTargets, OutWeights, InOffsets, InTargets, InWeights);
    }
}
