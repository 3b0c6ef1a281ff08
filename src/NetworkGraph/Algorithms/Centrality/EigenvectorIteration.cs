using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// The working state of <see cref="Centrality.Eigenvector"/>: power iteration on <c>Aᵀ + I</c> (in-edges, unweighted),
/// normalised to a unit Euclidean vector each step.
/// </summary>
/// <remarks>
/// The shift by I makes the iteration converge on periodic graphs (bipartite graphs, directed cycles), where the plain
/// power iteration on A oscillates between two vectors: for an irreducible A, <c>A + I</c> is primitive, and its
/// dominant eigenvalue <c>ρ + 1</c> is strictly larger in modulus than every other <c>|λ + 1|</c>. Per iteration: one
/// pull sweep over in-edges and one O(n) normalisation, parallel over fixed node ranges with partial sums added in range
/// order (deterministic).
/// </remarks>
internal sealed class EigenvectorIteration
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int _n;
    private readonly double[] _partials;
    private double[] _x;
    private double[] _y;

    internal EigenvectorIteration(CsrGraph graph)
    {
        _n = graph.NodeCount;
        _offsets = graph.InOffsetArray;
        _targets = graph.InTargetArray;
        _partials = new double[ParallelRanges.Count(_n)];
        _x = new double[_n];
        _y = new double[_n];
        Array.Fill(_x, 1.0 / Math.Sqrt(_n));
    }

    internal double[] Vector => _x;

    /// <summary>Runs one iteration and returns the Euclidean distance between the new and the previous unit vector.</summary>
    internal double Step(ParallelOptions parallelOptions)
    {
        int ranges = _partials.Length;
        bool sequential = ranges == 1 || parallelOptions.MaxDegreeOfParallelism == 1;
        ForEachRange(ranges, sequential, parallelOptions, Multiply);
        double norm = Math.Sqrt(ParallelRanges.SumInOrder(_partials));
        double scale = 1.0 / norm;
        ForEachRange(ranges, sequential, parallelOptions, r => Normalise(r, scale));
        (_x, _y) = (_y, _x);
        return Math.Sqrt(ParallelRanges.SumInOrder(_partials));
    }

    private static void ForEachRange(int ranges, bool sequential, ParallelOptions parallelOptions, Action<int> body)
    {
        if (sequential)
        {
            for (int r = 0; r < ranges; r++)
            {
                body(r);
            }
        }
        else
        {
            Parallel.For(0, ranges, parallelOptions, body);
        }
    }

    private void Multiply(int range)
    {
        (int start, int end) = ParallelRanges.Range(range, _n);
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref int targets = ref MemoryMarshal.GetArrayDataReference(_targets);
        ref double x = ref MemoryMarshal.GetArrayDataReference(_x);
        double[] y = _y;
        double squares = 0;
        for (int v = start; v < end; v++)
        {
            double sum = Unsafe.Add(ref x, v);
            for (int a = Unsafe.Add(ref offsets, v), stop = Unsafe.Add(ref offsets, v + 1); a < stop; a++)
            {
                sum += Unsafe.Add(ref x, Unsafe.Add(ref targets, a));
            }

            y[v] = sum;
            squares += sum * sum;
        }

        _partials[range] = squares;
    }

    private void Normalise(int range, double scale)
    {
        (int start, int end) = ParallelRanges.Range(range, _n);
        double[] x = _x, y = _y;
        double squares = 0;
        for (int v = start; v < end; v++)
        {
            double value = y[v] * scale;
            y[v] = value;
            double d = value - x[v];
            squares += d * d;
        }

        _partials[range] = squares;
    }
}
