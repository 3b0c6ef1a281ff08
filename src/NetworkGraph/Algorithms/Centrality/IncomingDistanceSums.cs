using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// For every node v, the hop distances d(u, v) from all other nodes u, summarised as the number of nodes that reach v,
/// the sum of their distances and the sum of their reciprocals: the inputs of closeness and harmonic centrality.
/// </summary>
/// <remarks>
/// <para>Bit-parallel multi-source BFS (Then et al., "The more the merrier: efficient multi-source graph traversal",
/// PVLDB 8(4), 2014): 64 targets are searched at once, one bit each, backwards along arcs. Each level is one pull sweep:
/// a node joins the searches of the bits set in its out-neighbours' frontier words and not yet in its own seen word;
/// nodes seen by all 64 searches are skipped. When the frontier is small (its arcs cost less than a sixteenth of a sweep),
/// the level is pushed instead: the frontier's in-neighbours are updated directly, so long thin graphs (paths, chains)
/// do not pay a whole sweep per level (direction-optimising BFS, Beamer, Asanović and Patterson, SC 2012). A batch costs O((n + m)·L) word operations for L levels (the largest
/// eccentricity in the batch), so the whole is O((n/64)·(n + m)·L) instead of O(n·(n + m)) for one BFS per node.
/// Per-thread memory: three words per node.</para>
/// <para>Deterministic: each node's sums depend only on its own search, and the reciprocal sum is accumulated level by
/// level (Σ_d count_d / d) in increasing d.</para>
/// </remarks>
internal sealed class IncomingDistanceSums
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _inOffsets;
    private readonly int[] _inTargets;
    private readonly int _n;
    private readonly long _sweepCost;
    private int[] _frontierNodes;
    private int[] _nextNodes;
    private readonly ulong[] _seen;
    private ulong[] _frontier;
    private ulong[] _next;
    private readonly long[] _levelCount = new long[64];
    private long _sequentialWork;
    private long _randomWork;
    private long _pairWork;

    private IncomingDistanceSums(CsrGraph graph)
    {
        // Searching backwards from v along arcs u -> v: a node u joins when one of its out-neighbours is on the frontier.
        _offsets = graph.OutOffsetArray;
        _targets = graph.OutTargetArray;
        _inOffsets = graph.InOffsetArray;
        _inTargets = graph.InTargetArray;
        _n = graph.NodeCount;
        _sweepCost = (long)_n + graph.ArcCount;
        _frontierNodes = new int[_n];
        _nextNodes = new int[_n];
        _seen = new ulong[_n];
        _frontier = new ulong[_n];
        _next = new ulong[_n];
    }

    /// <summary>Computes the sums for every node, in parallel over batches of 64 nodes.</summary>
    internal static (long[] Reached, long[] DistanceSum, double[] ReciprocalSum) Compute(
        CsrGraph graph, int maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var reached = new long[n];
        var distanceSum = new long[n];
        var reciprocalSum = new double[n];
        int batches = (n + 63) / 64;
        int done = 0;
        Parallel.For(
            0,
            batches,
            ParallelRanges.Options(maxDegreeOfParallelism, cancellationToken),
            () => new IncomingDistanceSums(graph),
            (batch, _, state) =>
            {
                int first = batch * 64;
                state.Run(first, Math.Min(64, n - first), reached, distanceSum, reciprocalSum);
                if (progress is not null)
                {
                    progress.Report(Interlocked.Increment(ref done) / (double)batches);
                }

                return state;
            },
            _ => { });
        return (reached, distanceSum, reciprocalSum);
    }

    /// <summary>
    /// Counts the word operations of <see cref="Compute"/> by running a few of its batches: the mean over up to
    /// <paramref name="sampleBatches"/> evenly spaced batches, times the number of batches, sequential (every node of a
    /// pull sweep, three words per node cleared per batch) and random (the arcs a pull sweep scans, the frontier's nodes
    /// and in-arcs a push reads) and per pair found (a bit counted into its level) apart. Time O((n + m)·L) per sampled
    /// batch for L levels.
    /// </summary>
    internal static (double Sequential, double Random, double Pairs) EstimateWordOperations(CsrGraph graph, int sampleBatches)
    {
        int n = graph.NodeCount;
        int batches = (n + 63) / 64;
        if (batches == 0)
        {
            return (0, 0, 0);
        }

        int samples = Math.Clamp(sampleBatches, 1, batches);
        var state = new IncomingDistanceSums(graph);
        long[] reached = new long[n], distanceSum = new long[n];
        double[] reciprocalSum = new double[n];
        for (int i = 0; i < samples; i++)
        {
            int batch = (int)((long)i * batches / samples);
            int first = batch * 64;
            state.Run(first, Math.Min(64, n - first), reached, distanceSum, reciprocalSum);
        }

        double scale = (double)batches / samples;
        return (state._sequentialWork * scale, state._randomWork * scale, state._pairWork * scale);
    }

    /// <summary>Runs one batch, adding its word operations to <see cref="_sequentialWork"/> and <see cref="_randomWork"/> (see <see cref="EstimateWordOperations"/>).</summary>
    private void Run(int first, int count, long[] reached, long[] distanceSum, double[] reciprocalSum)
    {
        Debug.Assert(count is > 0 and <= 64, "one word of searches");
        ulong all = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        Array.Clear(_seen);
        Array.Clear(_frontier);
        Array.Clear(_next);
        int frontierCount = count;
        long frontierArcs = 0;
        _sequentialWork += 3L * _n;
        for (int i = 0; i < count; i++)
        {
            int v = first + i;
            _seen[v] = 1UL << i;
            _frontier[v] = 1UL << i;
            _frontierNodes[i] = v;
            frontierArcs += _inOffsets[v + 1] - _inOffsets[v];
            reached[v] = 1;
        }

        long[] levelCount = _levelCount;
        for (int level = 1; frontierCount > 0; level++)
        {
            Array.Clear(levelCount);
            if (16 * (frontierArcs + frontierCount) < _sweepCost)
            {
                _randomWork += frontierCount + frontierArcs;
                _sequentialWork += count;
                (frontierCount, frontierArcs) = Push(frontierCount);
            }
            else
            {
                (frontierCount, frontierArcs, long scanned) = Pull(all);
                _sequentialWork += _n + count;
                _randomWork += scanned;
            }
            (_frontier, _next) = (_next, _frontier);
            (_frontierNodes, _nextNodes) = (_nextNodes, _frontierNodes);
            for (int i = 0; i < count; i++)
            {
                long c = levelCount[i];
                if (c != 0)
                {
                    _pairWork += c;
                    reached[first + i] += c;
                    distanceSum[first + i] += c * level;
                    reciprocalSum[first + i] += c / (double)level;
                }
            }
        }
    }

    /// <summary>One level by a sweep over every node. On return <c>_next</c> holds the new frontier and <c>_frontier</c> is zero; <c>Scanned</c> counts the arcs read.</summary>
    private (int Count, long Arcs, long Scanned) Pull(ulong all)
    {
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref int targets = ref MemoryMarshal.GetArrayDataReference(_targets);
        ref int inOffsets = ref MemoryMarshal.GetArrayDataReference(_inOffsets);
        ref ulong seen = ref MemoryMarshal.GetArrayDataReference(_seen);
        ref ulong frontier = ref MemoryMarshal.GetArrayDataReference(_frontier);
        ref ulong next = ref MemoryMarshal.GetArrayDataReference(_next);
        int[] nextNodes = _nextNodes;
        long[] levelCount = _levelCount;
        int found = 0;
        long arcs = 0;
        long scanned = 0;
        for (int u = 0; u < _n; u++)
        {
            ulong s = Unsafe.Add(ref seen, u);
            if (s == all)
            {
                continue;
            }

            ulong acc = 0;
            int end = Unsafe.Add(ref offsets, u + 1);
            scanned += end - Unsafe.Add(ref offsets, u);
            for (int a = Unsafe.Add(ref offsets, u); a < end; a++)
            {
                acc |= Unsafe.Add(ref frontier, Unsafe.Add(ref targets, a));
            }

            ulong fresh = acc & ~s;
            if (fresh != 0)
            {
                Unsafe.Add(ref next, u) = fresh;
                Unsafe.Add(ref seen, u) = s | fresh;
                nextNodes[found++] = u;
                arcs += Unsafe.Add(ref inOffsets, u + 1) - Unsafe.Add(ref inOffsets, u);
                do
                {
                    levelCount[BitOperations.TrailingZeroCount(fresh)]++;
                    fresh &= fresh - 1;
                }
                while (fresh != 0);
            }
        }

        Array.Clear(_frontier);
        return (found, arcs, scanned);
    }

    /// <summary>One level by pushing the frontier's words to its in-neighbours. Same postcondition as <see cref="Pull"/>.</summary>
    private (int Count, long Arcs) Push(int frontierCount)
    {
        int[] inOffsets = _inOffsets, inTargets = _inTargets, frontierNodes = _frontierNodes, nextNodes = _nextNodes;
        ulong[] seen = _seen, frontier = _frontier, next = _next;
        int found = 0;
        for (int i = 0; i < frontierCount; i++)
        {
            int x = frontierNodes[i];
            ulong f = frontier[x];
            frontier[x] = 0;
            for (int a = inOffsets[x], end = inOffsets[x + 1]; a < end; a++)
            {
                int u = inTargets[a];
                ulong fresh = f & ~seen[u];
                if (fresh != 0)
                {
                    if (next[u] == 0)
                    {
                        nextNodes[found++] = u;
                    }

                    next[u] |= fresh;
                }
            }
        }

        long arcs = 0;
        long[] levelCount = _levelCount;
        for (int i = 0; i < found; i++)
        {
            int u = nextNodes[i];
            ulong fresh = next[u];
            seen[u] |= fresh;
            arcs += inOffsets[u + 1] - inOffsets[u];
            do
            {
                levelCount[BitOperations.TrailingZeroCount(fresh)]++;
                fresh &= fresh - 1;
            }
            while (fresh != 0);
        }

        return (found, arcs);
    }
}
