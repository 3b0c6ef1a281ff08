using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// The working state of <see cref="Centrality.PageRank"/>: NetworkX's power iteration, pulled over in-edges.
/// </summary>
/// <remarks>
/// One iteration is one parallel sweep over fixed node ranges. For each node v it reads the contributions
/// <c>c[u] = x[u] / S[u]</c> of its in-neighbours (S = out-strength), writes the new rank, its L1 change and the next
/// contribution <c>c'[v]</c>, and the dangling mass of the range; the range partials are summed in range order, so the
/// result does not depend on the number of threads. Memory: four doubles per node besides the graph.
/// </remarks>
internal sealed class PageRankIteration
{
    private readonly int[] _inOffsets;
    private readonly int[] _inTargets;
    private readonly double[]? _inWeights;
    private readonly double[] _inverseStrength;
    private readonly int _n;
    private readonly double _alpha;
    private double[] _rank;
    private double[] _nextRank;
    private double[] _contribution;
    private double[] _nextContribution;
    private readonly double[] _errorPartials;
    private readonly double[] _danglingPartials;
    private double _dangling;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal PageRankIteration(CsrGraph graph, double alpha, bool weighted)
    {
        _n = graph.NodeCount;
        _alpha = alpha;
        _inOffsets = graph.InOffsetArray;
        _inTargets = graph.InTargetArray;
        _inWeights = null;
        int[] outOffsets = graph.OutOffsetArray;
        double[]? outWeights = weighted ? graph.OutWeightArray : null;
        _inverseStrength = new double[_n];
        _rank = new double[_n];
        _nextRank = new double[_n];
        _contribution = new double[_n];
        _nextContribution = new double[_n];
        int ranges = ParallelRanges.Count(_n);
        _errorPartials = new double[ranges];
        _danglingPartials = new double[ranges];
        double[]? largest = outWeights is null ? null : new double[_n];
        double start = 1.0 / _n;
        for (int u = 0; u < _n; u++)
        {
            double s;
            if (outWeights is null)
            {
                s = outOffsets[u + 1] - outOffsets[u];
            }
            else
            {
                // Weights are divided by the node's largest one before summing, so a subnormal weight (1e-310) does
                // not make 1/s overflow and huge ones (1.7e308) do not overflow the sum: s is in [1, out-degree].
                double max = 0;
                for (int a = outOffsets[u]; a < outOffsets[u + 1]; a++)
                {
                    max = Math.Max(max, outWeights[a]);
                }

                largest![u] = max;
                s = 0;
                if (max > 0 && double.IsFinite(max))
                {
                    for (int a = outOffsets[u]; a < outOffsets[u + 1]; a++)
                    {
                        s += outWeights[a] / max;
                    }
                }
            }

            _inverseStrength[u] = s != 0 ? 1.0 / s : 0.0;
            _rank[u] = start;
            _contribution[u] = start * _inverseStrength[u];
            if (s == 0)
            {
                _dangling += start;
            }
        }

        if (largest is not null)
        {
            // In-arc weights rescaled by their source's largest out-weight: the transition probability of arc u → v
            // is then (w / max_u) / s_u with every factor finite and not subnormal.
            double[] inWeights = graph.InWeightArray!;
            int[] inOffsets = graph.InOffsetArray, inTargets = graph.InTargetArray;
            var scaled = new double[inWeights.Length];
            for (int v = 0; v < _n; v++)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    double max = largest[inTargets[a]];
                    scaled[a] = max > 0 && double.IsFinite(max) ? inWeights[a] / max : 0;
                }
            }

            _inWeights = scaled;
        }
    }

    internal double[] Rank => _rank;

    /// <summary>Runs one iteration and returns the L1 change of the rank vector.</summary>
    internal double Step(ParallelOptions parallelOptions)
    {
        double n = _n;
        double teleport = (_alpha * _dangling / n) + ((1 - _alpha) / n);
        int ranges = _errorPartials.Length;
        if (ranges == 1 || parallelOptions.MaxDegreeOfParallelism == 1)
        {
            for (int r = 0; r < ranges; r++)
            {
                Sweep(r, teleport);
            }
        }
        else
        {
            Parallel.For(0, ranges, parallelOptions, r => Sweep(r, teleport));
        }

        (_rank, _nextRank) = (_nextRank, _rank);
        (_contribution, _nextContribution) = (_nextContribution, _contribution);
        _dangling = ParallelRanges.SumInOrder(_danglingPartials);
        return ParallelRanges.SumInOrder(_errorPartials);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs a few dozen times: straight to optimised code
    private void Sweep(int range, double teleport)
    {
        (int start, int end) = ParallelRanges.Range(range, _n);
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_inOffsets);
        ref int targets = ref MemoryMarshal.GetArrayDataReference(_inTargets);
        ref double contribution = ref MemoryMarshal.GetArrayDataReference(_contribution);
        double[] rank = _rank, nextRank = _nextRank, nextContribution = _nextContribution, inverseStrength = _inverseStrength;
        Debug.Assert(end <= rank.Length && end <= nextRank.Length && end <= inverseStrength.Length, "range inside arrays");
        double alpha = _alpha, error = 0, dangling = 0;
        double[]? weights = _inWeights;
        for (int v = start; v < end; v++)
        {
            int a = Unsafe.Add(ref offsets, v), stop = Unsafe.Add(ref offsets, v + 1);
            double sum;
            if (weights is null)
            {
                sum = GatherSum(ref contribution, ref targets, a, stop);
            }
            else
            {
                sum = 0;
                ref double w = ref MemoryMarshal.GetArrayDataReference(weights);
                for (; a < stop; a++)
                {
                    sum += Unsafe.Add(ref contribution, Unsafe.Add(ref targets, a)) * Unsafe.Add(ref w, a);
                }
            }

            double x = (alpha * sum) + teleport;
            error += Math.Abs(x - rank[v]);
            nextRank[v] = x;
            double inv = inverseStrength[v];
            nextContribution[v] = x * inv;
            if (inv == 0)
            {
                dangling += x;
            }
        }

        _errorPartials[range] = error;
        _danglingPartials[range] = dangling;
    }

    /// <summary>Σ c[targets[a]] over a row, with four independent partial sums (the adds overlap the gathers' latency);
    /// a fixed order per row, so deterministic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double GatherSum(ref double c, ref int targets, int a, int stop)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (; a + 3 < stop; a += 4)
        {
            s0 += Unsafe.Add(ref c, Unsafe.Add(ref targets, a));
            s1 += Unsafe.Add(ref c, Unsafe.Add(ref targets, a + 1));
            s2 += Unsafe.Add(ref c, Unsafe.Add(ref targets, a + 2));
            s3 += Unsafe.Add(ref c, Unsafe.Add(ref targets, a + 3));
        }

        for (; a < stop; a++)
        {
            s0 += Unsafe.Add(ref c, Unsafe.Add(ref targets, a));
        }

        return (s0 + s1) + (s2 + s3);
    }
}
