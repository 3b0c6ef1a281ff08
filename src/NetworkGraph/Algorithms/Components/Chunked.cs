using System.Collections.Concurrent;

namespace NetworkGraph.Algorithms;

/// <summary>Parallel loops over node ranges in chunks, so cheap per-node bodies do not pay one delegate call each.</summary>
internal static class Chunked
{
    /// <summary>Runs <paramref name="body"/> on contiguous ranges [from, to) covering [0, n).</summary>
    public static void For(int n, int chunk, Action<int, int> body)
    {
        if (n <= chunk || Environment.ProcessorCount == 1)
        {
            body(0, n);
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, n, chunk), range => body(range.Item1, range.Item2));
    }

    /// <summary>Runs <paramref name="body"/> on ranges with one scratch object per worker.</summary>
    public static void For<TLocal>(int n, int chunk, Func<TLocal> init, Action<int, int, TLocal> body)
    {
        if (n <= chunk || Environment.ProcessorCount == 1)
        {
            body(0, n, init());
            return;
        }

        Parallel.ForEach(
            Partitioner.Create(0, n, chunk),
            init,
            (range, _, local) =>
            {
                body(range.Item1, range.Item2, local);
                return local;
            },
            _ => { });
    }
}
