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

    /// <summary>
    /// Runs <paramref name="body"/> on ranges handed out dynamically to at most one worker per core, each with
    /// its own state from <paramref name="init"/>; returns the workers' states (e.g. to merge private sums).
    /// </summary>
    /// <remarks><paramref name="init"/> runs once per worker, at most once per core, so a state may be as large as a
    /// per-node array (a <c>Parallel.ForEach</c> local init runs once per task, and tasks are replaced as they go).</remarks>
    public static TLocal[] ForWorkers<TLocal>(int n, int chunk, Func<TLocal> init, Action<int, int, TLocal> body)
    {
        int workers = (int)Math.Clamp(((long)n + chunk - 1) / chunk, 1, Environment.ProcessorCount);
        var locals = new TLocal[workers];
        int next = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            TLocal local = init();
            while (true)
            {
                int from = Interlocked.Add(ref next, chunk) - chunk;
                if (from >= n)
                {
                    break;
                }

                body(from, Math.Min(n, from + chunk), local);
            }

            locals[w] = local;
        });
        return locals;
    }
}
