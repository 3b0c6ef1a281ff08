using System.Diagnostics;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.Algorithms;

/// <summary>
/// The working state behind <see cref="Centrality.ApproximateBetweenness"/>: draws shortest paths between random
/// node pairs with a balanced bidirectional breadth-first search and counts, per node, the paths it lies inside.
/// </summary>
/// <remarks>
/// Sample <c>i</c> draws everything it needs (its pair, its path) from a generator seeded by <c>(seed, i)</c> alone,
/// and the per-thread counts are integers, so the counts do not depend on which thread ran which sample.
/// </remarks>
internal sealed class RiondatoKornaropoulosSampler
{
    /// <summary>The universal constant of the VC-dimension sample bound, as used by Riondato and Kornaropoulos.</summary>
    public const double UniversalConstant = 0.5;

    private const int Chunk = 256;

    private readonly CsrGraph _graph;
    private readonly int _n;
    private readonly long _samples;
    private readonly ulong _seed;

    public RiondatoKornaropoulosSampler(CsrGraph graph, long samples, int seed)
    {
        _graph = graph;
        _n = graph.NodeCount;
        _samples = samples;
        _seed = (ulong)(uint)seed;
    }

    /// <summary>Computes <c>r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉</c> (requires <c>VD ≥ 3</c>).</summary>
    public static long SampleSize(int vertexDiameter, double epsilon, double delta)
    {
        Debug.Assert(vertexDiameter >= 3, "a path with an inner node exists");
        double r = UniversalConstant / (epsilon * epsilon) * (Math.Floor(Math.Log2(vertexDiameter - 2)) + 1 + Math.Log(1 / delta));
        return (long)Math.Ceiling(r);
    }

    /// <summary>Runs every sample and returns, per node, the number of sampled paths it lies inside.</summary>
    public long[] Run(int threads, IProgress<double>? progress, CancellationToken ct)
    {
        threads = (int)Math.Max(1, Math.Min(threads, (_samples + Chunk - 1) / Chunk));
        var workers = new Worker[threads];
        long nextChunk = 0;
        long done = 0;
        void Body(int t)
        {
            var worker = new Worker(this);
            workers[t] = worker;
            while (true)
            {
                long first = Interlocked.Add(ref nextChunk, Chunk) - Chunk;
                if (first >= _samples)
                {
                    break;
                }

                ct.ThrowIfCancellationRequested();
                long last = Math.Min(_samples, first + Chunk);
                for (long i = first; i < last; i++)
                {
                    worker.Sample(i);
                }

                if (progress is not null)
                {
                    long d = Interlocked.Add(ref done, last - first);
                    progress.Report((double)d / _samples);
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

        long[] counts = workers[0].Counts;
        for (int t = 1; t < threads; t++)
        {
            int[] other = workers[t].CountsInt;
            for (int v = 0; v < counts.Length; v++)
            {
                counts[v] += other[v];
            }
        }

        return counts;
    }

    /// <summary>
    /// Estimates the operations of <see cref="Run"/> by drawing the first <paramref name="probes"/> of its samples (the
    /// same pairs): the mean over them of the arcs the bidirectional searches expand and the nodes they reach, and apart
    /// the arcs scanned walking the chosen paths back, times
    /// the number of samples. O(probes · cost of one sample).
    /// </summary>
    public (double Searches, double Walks) EstimateOperations(int probes)
    {
        if (_samples == 0 || _n < 2)
        {
            return (0, 0);
        }

        var worker = new Worker(this);
        long count = Math.Min(_samples, probes);
        for (long i = 0; i < count; i++)
        {
            worker.Sample(i);
        }

        double scale = (double)_samples / count;
        return (worker.Work * scale, worker.WalkWork * scale);
    }

    /// <summary>The generator of sample <paramref name="sample"/>: a SplitMix64 stream seeded from <c>(seed, sample)</c> alone.</summary>
    private SplitMix64 SampleStream(long sample) =>
        new(unchecked((_seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)sample * 0xD1B54A32D192ED03UL) ^ 0x5851F42D4C957F2DUL));

    private sealed class Worker
    {
        private readonly RiondatoKornaropoulosSampler _owner;
        private readonly int[] _distF;
        private readonly int[] _distB;
        private readonly double[] _sigmaF;
        private readonly double[] _sigmaB;
        private readonly int[] _queueF;
        private readonly int[] _queueB;
        private readonly int[] _meet;

        public Worker(RiondatoKornaropoulosSampler owner)
        {
            _owner = owner;
            int n = owner._n;
            _distF = new int[n];
            _distB = new int[n];
            Array.Fill(_distF, -1);
            Array.Fill(_distB, -1);
            _sigmaF = new double[n];
            _sigmaB = new double[n];
            _queueF = new int[n];
            _queueB = new int[n];
            _meet = new int[n];
            CountsInt = new int[n];
        }

        public int[] CountsInt { get; }

        public long[] Counts => Array.ConvertAll(CountsInt, c => (long)c);

        /// <summary>Gets the arcs expanded and nodes reached by the searches of the samples drawn so far.</summary>
        public long Work { get; private set; }

        /// <summary>Gets the arcs scanned walking the chosen paths back (sequential reads) by the samples drawn so far.</summary>
        public long WalkWork { get; private set; }

        public void Sample(long index)
        {
            var rng = _owner.SampleStream(index);
            int n = _owner._n;
            int s = rng.NextInt(n);
            int t = rng.NextInt(n - 1);
            if (t >= s)
            {
                t++;
            }

            CsrGraph g = _owner._graph;
            int[] outOff = g.OutOffsetArray, outTgt = g.OutTargetArray, inOff = g.InOffsetArray, inTgt = g.InTargetArray;
            int[] distF = _distF, distB = _distB, qF = _queueF, qB = _queueB;
            double[] sigF = _sigmaF, sigB = _sigmaB;

            distF[s] = 0;
            sigF[s] = 1;
            qF[0] = s;
            distB[t] = 0;
            sigB[t] = 1;
            qB[0] = t;
            int fStart = 0, fEnd = 1, bStart = 0, bEnd = 1;
            long fCost = outOff[s + 1] - outOff[s], bCost = inOff[t + 1] - inOff[t];
            int meetCount = 0;
            while (fStart < fEnd && bStart < bEnd)
            {
                bool forward = fCost <= bCost;
                Work += forward ? fCost : bCost;
                if (forward)
                {
                    (fStart, fEnd, fCost) = Expand(outOff, outTgt, distF, sigF, qF, fStart, fEnd);
                    meetCount = Meet(qF, fStart, fEnd, distB, distB[qB[bStart]]);
                }
                else
                {
                    (bStart, bEnd, bCost) = Expand(inOff, inTgt, distB, sigB, qB, bStart, bEnd);
                    meetCount = Meet(qB, bStart, bEnd, distF, distF[qF[fStart]]);
                }

                if (meetCount > 0)
                {
                    break;
                }
            }

            if (meetCount > 0)
            {
                // Every shortest path crosses exactly one meeting node; pick it with weight σ_s(m)·σ_t(m).
                double total = 0;
                for (int i = 0; i < meetCount; i++)
                {
                    total += sigF[_meet[i]] * sigB[_meet[i]];
                }

                double u = rng.NextDouble() * total;
                int m = _meet[meetCount - 1];
                for (int i = 0; i < meetCount; i++)
                {
                    u -= sigF[_meet[i]] * sigB[_meet[i]];
                    if (u < 0)
                    {
                        m = _meet[i];
                        break;
                    }
                }

                if (m != s && m != t)
                {
                    CountsInt[m]++;
                }

                Walk(m, s, inOff, inTgt, distF, sigF, ref rng);
                Walk(m, t, outOff, outTgt, distB, sigB, ref rng);
            }

            Work += fEnd + bEnd;
            for (int i = 0; i < fEnd; i++)
            {
                distF[qF[i]] = -1;
            }

            for (int i = 0; i < bEnd; i++)
            {
                distB[qB[i]] = -1;
            }
        }

        /// <summary>Expands one whole level; returns the new frontier range and the sum of its degrees.</summary>
        private static (int Start, int End, long Cost) Expand(int[] off, int[] tgt, int[] dist, double[] sigma, int[] queue, int start, int end)
        {
            int tail = end;
            long cost = 0;
            for (int i = start; i < end; i++)
            {
                int v = queue[i];
                int dv1 = dist[v] + 1;
                double sv = sigma[v];
                for (int a = off[v]; a < off[v + 1]; a++)
                {
                    int w = tgt[a];
                    int dw = dist[w];
                    if (dw < 0)
                    {
                        dist[w] = dv1;
                        sigma[w] = sv;
                        queue[tail++] = w;
                        cost += off[w + 1] - off[w];
                    }
                    else if (dw == dv1)
                    {
                        sigma[w] += sv;
                    }
                }
            }

            return (end, tail, cost);
        }

        /// <summary>Collects the new frontier's nodes that lie on the other side's frontier (distance <paramref name="otherLevel"/>).</summary>
        private int Meet(int[] queue, int start, int end, int[] otherDist, int otherLevel)
        {
            int count = 0;
            for (int i = start; i < end; i++)
            {
                int w = queue[i];
                if (otherDist[w] == otherLevel)
                {
                    _meet[count++] = w;
                }
            }

            return count;
        }

        /// <summary>Walks from <paramref name="from"/> back to <paramref name="root"/>, choosing each previous node with
        /// probability proportional to its path count, and counts the inner nodes.</summary>
        private void Walk(int from, int root, int[] off, int[] tgt, int[] dist, double[] sigma, ref SplitMix64 rng)
        {
            int cur = from;
            while (cur != root)
            {
                int want = dist[cur] - 1;
                double u = rng.NextDouble() * sigma[cur];
                int pick = -1;
                int a = off[cur];
                for (; a < off[cur + 1]; a++)
                {
                    int p = tgt[a];
                    if (dist[p] == want)
                    {
                        pick = p;
                        u -= sigma[p];
                        if (u < 0)
                        {
                            break;
                        }
                    }
                }

                WalkWork += a - off[cur] + 1;

                Debug.Assert(pick >= 0, "a node on a shortest path has a predecessor");
                cur = pick;
                if (cur != root)
                {
                    CountsInt[cur]++;
                }
            }
        }
    }
}
