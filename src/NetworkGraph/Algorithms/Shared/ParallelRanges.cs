using System.Diagnostics;

namespace NetworkGraph.Algorithms;

/// <summary>Fixed node ranges for deterministic parallel loops: reductions are summed per range, then over ranges in order.</summary>
internal static class ParallelRanges
{
    /// <summary>Nodes per range: small enough to balance skewed degrees, large enough to amortise scheduling.</summary>
    internal const int RangeSize = 4096;

    internal static int Count(int n) => (n + RangeSize - 1) / RangeSize;

    internal static (int Start, int End) Range(int index, int n)
    {
        int start = index * RangeSize;
        Debug.Assert(start < n || n == 0, "range inside the node set");
        return (start, Math.Min(n, start + RangeSize));
    }

    internal static ParallelOptions Options(int maxDegreeOfParallelism, CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism,
        CancellationToken = cancellationToken,
    };

    /// <summary>Sums per-range partials in range order (the result does not depend on the thread count).</summary>
    internal static double SumInOrder(double[] partials)
    {
        double sum = 0;
        foreach (double p in partials)
        {
            sum += p;
        }

        return sum;
    }

    /// <summary>The number of threads a <c>MaxDegreeOfParallelism</c> allows: every core for −1.</summary>
    internal static int Threads(int maxDegreeOfParallelism)
        => maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;

    internal static void ValidateDegreeOfParallelism(int value, string paramName)
    {
        if (value != -1 && value < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"MaxDegreeOfParallelism must be -1 (every core) or positive; was {value}.");
        }
    }
}
