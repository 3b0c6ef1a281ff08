using System.Collections.Concurrent;

namespace NetworkGraph.Algorithms;

/// <summary>Parallel loops over node ranges in chunks, so cheap per-node bodies do not pay one delegate call each.</summary>
internal static class Chunked
{
    /// <summary>Every core, no cancellation: for the linear-time helpers that take no options.</summary>
    public static ParallelOptions AllCores { get; } = new();

    /// <summary>Runs <paramref name="body"/> on contiguous ranges [from, to) covering [0, n), on at most
    /// <see cref="ParallelOptions.MaxDegreeOfParallelism"/> threads; stops between chunks when the token is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The token of <paramref name="parallel"/> was cancelled.</exception>
    public static void For(int n, int chunk, ParallelOptions parallel, Action<int, int> body)
    {
        if (n <= chunk || Workers(n, chunk, parallel) == 1)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            for (int from = 0; from < n; from += chunk)
            {
                body(from, Math.Min(n, from + chunk));
                parallel.CancellationToken.ThrowIfCancellationRequested();
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, n, chunk), parallel, range => body(range.Item1, range.Item2));
    }

    /// <summary>
    /// Runs <paramref name="body"/> on ranges handed out dynamically to at most one worker per allowed thread, each with
    /// its own state from <paramref name="init"/>; returns the workers' states (e.g. to merge private sums).
    /// </summary>
    /// <remarks><paramref name="init"/> runs once per worker, at most once per thread, so a state may be as large as a
    /// per-node array (a <c>Parallel.ForEach</c> local init runs once per task, and tasks are replaced as they go).
    /// Workers stop taking ranges once the token is cancelled.</remarks>
    /// <exception cref="OperationCanceledException">The token of <paramref name="parallel"/> was cancelled.</exception>
    public static TLocal[] ForWorkers<TLocal>(int n, int chunk, ParallelOptions parallel, Func<TLocal> init, Action<int, int, TLocal> body)
    {
        CancellationToken cancellationToken = parallel.CancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
        int workers = Workers(n, chunk, parallel);
        var locals = new TLocal[workers];
        int next = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            TLocal local = init();
            while (!cancellationToken.IsCancellationRequested)
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
        cancellationToken.ThrowIfCancellationRequested();
        return locals;
    }

    /// <summary>The number of workers: one per chunk, at most the allowed threads (every core for -1).</summary>
    private static int Workers(int n, int chunk, ParallelOptions parallel)
    {
        int threads = ParallelRanges.Threads(parallel.MaxDegreeOfParallelism);
        return (int)Math.Clamp(((long)n + chunk - 1) / chunk, 1, Math.Max(1, threads));
    }
}
