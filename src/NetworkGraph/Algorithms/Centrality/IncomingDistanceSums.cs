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
/// nodes seen by all 64 searches are skipped. A batch costs O((n + m)·L) word operations for L levels (the largest
/// eccentricity in the batch), so the whole is O((n/64)·(n + m)·L) instead of O(n·(n + m)) for one BFS per node.
/// Per-thread memory: three words per node.</para>
/// <para>Deterministic: each node's sums depend only on its own search, and the reciprocal sum is accumulated level by
/// level (Σ_d count_d / d) in increasing d.</para>
/// </remarks>
internal sealed class IncomingDistanceSums
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int _n;
    private ulong[] _seen;
    private ulong[] _frontier;
    private ulong[] _next;
    private readonly long[] _levelCount = new long[64];

    private IncomingDistanceSums(CsrGraph graph)
    {
        // Searching backwards from v along arcs u -> v: a node u joins when one of its out-neighbours is on the frontier.
        _offsets = graph.OutOffsetArray;
        _targets = graph.OutTargetArray;
        _n = graph.NodeCount;
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

    private void Run(int first, int count, long[] reached, long[] distanceSum, double[] reciprocalSum)
    {
        Debug.Assert(count is > 0 and <= 64, "one word of searches");
        ulong all = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        Array.Clear(_seen);
        Array.Clear(_frontier);
        for (int i = 0; i < count; i++)
        {
            _seen[first + i] = 1UL << i;
            _frontier[first + i] = 1UL << i;
            reached[first + i] = 1;
        }

        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref int targets = ref MemoryMarshal.GetArrayDataReference(_targets);
        long[] levelCount = _levelCount;
        for (int level = 1; ; level++)
        {
            ref ulong seen = ref MemoryMarshal.GetArrayDataReference(_seen);
            ref ulong frontier = ref MemoryMarshal.GetArrayDataReference(_frontier);
            ref ulong next = ref MemoryMarshal.GetArrayDataReference(_next);
            bool grew = false;
            Array.Clear(levelCount);
            for (int u = 0; u < _n; u++)
            {
                ulong s = Unsafe.Add(ref seen, u);
                if (s == all)
                {
                    Unsafe.Add(ref next, u) = 0;
                    continue;
                }

                ulong acc = 0;
                int end = Unsafe.Add(ref offsets, u + 1);
                for (int a = Unsafe.Add(ref offsets, u); a < end; a++)
                {
                    acc |= Unsafe.Add(ref frontier, Unsafe.Add(ref targets, a));
                }

                ulong fresh = acc & ~s;
                Unsafe.Add(ref next, u) = fresh;
                if (fresh != 0)
                {
                    Unsafe.Add(ref seen, u) = s | fresh;
                    grew = true;
                    do
                    {
                        levelCount[BitOperations.TrailingZeroCount(fresh)]++;
                        fresh &= fresh - 1;
                    }
                    while (fresh != 0);
                }
            }

            if (!grew)
            {
                return;
            }

            (_frontier, _next) = (_next, _frontier);
            for (int i = 0; i < count; i++)
            {
                long c = levelCount[i];
                if (c != 0)
                {
                    reached[first + i] += c;
                    distanceSum[first + i] += c * level;
                    reciprocalSum[first + i] += c / (double)level;
                }
            }
        }
    }
}
