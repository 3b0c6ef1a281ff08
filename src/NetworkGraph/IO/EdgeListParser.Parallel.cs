using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <content>The parallel read of a file: consecutive stretches of its lines parsed at once, one per thread.</content>
internal sealed partial class EdgeListParser
{
    /// <summary>The smallest stretch of a file given to a thread of its own.</summary>
    internal const long DefaultMinChunkBytes = 8L << 20;

    /// <summary>The memory the edges kept between the two passes may take: an eighth of the memory available to the
    /// process.</summary>
    internal static long DefaultStageBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8;

    /// <summary>
    /// Reads a plain-text file in two passes like <see cref="RunTwoPass"/>, each pass splitting the file into
    /// stretches of whole lines that are parsed at the same time, one parser (with its own key table) per stretch.
    /// </summary>
    /// <remarks>
    /// <para>After the first pass, the stretches' key tables are merged in file order into the first one, which
    /// gives every node its number in first-appearance order over the whole file; each stretch's arc counts then
    /// give it a range of every row (the ranges of a row follow each other in file order), so that in the second
    /// pass every stretch writes its arcs into its own ranges without locks, and each row holds its arcs in file
    /// order, as one sequential pass would leave them. The first error is the one of the earliest stretch that
    /// failed, its line counted from the start of the file: the result, and every error, are those of the
    /// sequential read.</para>
    /// <para>Extra memory: per stretch after the first, a key table; per stretch, the row cursors (8 bytes per
    /// node) and a 4 MiB block.</para>
    /// </remarks>
    /// <param name="file">The open file, not compressed.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <param name="workers">The number of threads to use, at least 2.</param>
    /// <param name="minChunkBytes">The smallest stretch given to a thread.</param>
    /// <param name="stageBytes">The memory the edges may take when kept from the first pass for the second (16 bytes
    /// an edge); above it, the second pass parses the text again.</param>
    /// <param name="progress">Receives the fraction done.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The result, or <see langword="null"/> when the file does not split (too short, or its lines too long).</returns>
    public EdgeListReadResult? RunParallel(SafeFileHandle file, long length, int workers, long minChunkBytes, long stageBytes, IProgress<double>? progress, CancellationToken ct)
    {
        long[] bounds = SplitAtLines(file, length, (int)Math.Min(workers, Math.Max(1, length / Math.Max(1, minChunkBytes))));
        int parts = bounds.Length - 1;
        if (parts < 2)
        {
            return null;
        }

        bool directed = _options.Directed;
        var parsers = new EdgeListParser[parts];
        parsers[0] = this;
        for (int p = 1; p < parts; p++)
        {
            parsers[p] = new EdgeListParser(_file, _options);
        }

        var read = new PassCounter(length);
        IProgress<double>? shared = progress is null ? null : new MonotonicProgress(progress);

        // First pass: each stretch validates its lines, numbers its own keys and counts its rows' arcs.
        var counts = new int[parts][];
        var staged = new EdgeBuffer?[parts];
        bool weighted = false;
        RunStretches(parsers, (p, token) =>
        {
            using var stream = new FileStretch(file, bounds[p], bounds[p + 1], read);
            var counting = new CountingSink(directed, stageBytes / 16 / parts);
            parsers[p].ReadAll(stream, ref counting, shared, read.Fraction, 0, 0.5, token, textStart: p == 0);
            return (counting.Counts, counting.Weighted, counting.Staged);
        }, (p, result) =>
        {
            counts[p] = result.Counts;
            weighted |= result.Weighted;
            staged[p] = result.Staged;
        }, ct);

        for (int p = 1; p < parts; p++)
        {
            parsers[p]._keyMap = _nodes.Merge(parsers[p]._nodes);
        }

        // What each stretch saw (its key table after the merge), for the check after the second pass.
        var firstPass = new (long Lines, long EdgeLines, long NodeLines, long SelfLoops, int Nodes)[parts];
        for (int p = 0; p < parts; p++)
        {
            EdgeListParser parser = parsers[p];
            firstPass[p] = (parser._lines, parser._edgeLines, parser._nodeLines, parser._selfLoops, parser._nodes.Count);
        }

        CheckNotEmpty();
        int n = _nodes.Count;

        // Each row's arcs, stretch after stretch: the row starts, then each stretch's cursor and end in every row.
        int[] offsets = new int[n + 1];
        for (int p = 0; p < parts; p++)
        {
            int[] local = counts[p];
            int[]? map = parsers[p]._keyMap;
            for (int v = 0; v < local.Length && v < firstPass[p].Nodes; v++)
            {
                offsets[(map is null ? v : map[v]) + 1] += local[v];
            }
        }

        long arcs = RowStarts(offsets);

        var cursors = new int[parts][];
        int[] running = offsets.AsSpan(0, n).ToArray();
        for (int p = 0; p < parts; p++)
        {
            int[] local = counts[p];
            int[]? map = parsers[p]._keyMap;
            int[] own = GC.AllocateUninitializedArray<int>(2 * n);
            for (int v = 0; v < n; v++)
            {
                own[2 * v] = running[v];
            }

            for (int v = 0; v < local.Length && v < firstPass[p].Nodes; v++)
            {
                running[map is null ? v : map[v]] += local[v];
            }

            for (int v = 0; v < n; v++)
            {
                own[(2 * v) + 1] = running[v];
            }

            cursors[p] = own;
            counts[p] = [];
        }

        running = [];
        int[] targets = GC.AllocateUninitializedArray<int>((int)arcs);
        double[]? weights = weighted ? GC.AllocateUninitializedArray<double>((int)arcs) : null;
        // Second pass: each stretch writes its arcs into its own ranges, from the edges it kept when every stretch
        // could keep them, else parsing its lines again.
        bool changed = false;
        if (Array.TrueForAll(staged, edges => edges is not null))
        {
            long total = staged.Sum(edges => edges!.Count);
            var done = new PassCounter(total);
            double[]? ones = weights is null ? null : new double[Math.Min(total, EdgeBuffer.ChunkSize)];
            ones?.AsSpan().Fill(1.0);
            RunStretches(parsers, (p, token) =>
            {
                EdgeBuffer edges = staged[p]!;
                int[]? map = parsers[p]._keyMap;
                var scatter = new ScatterSink(directed, cursors[p], targets, weights);
                for (int c = 0; c < edges.ChunkCount; c++)
                {
                    token.ThrowIfCancellationRequested();
                    int count = edges.GetChunk(c, out int[] sources, out int[] chunkTargets, out double[]? chunkWeights);
                    if (map is not null)
                    {
                        MapKeys(sources.AsSpan(0, count), map);
                        MapKeys(chunkTargets.AsSpan(0, count), map);
                    }

                    scatter.AddBatch(sources, chunkTargets, chunkWeights ?? ones ?? [], count);
                    edges.ReleaseChunk(c);
                    done.Add(count);
                    shared?.Report(0.5 + (0.5 * done.Fraction()));
                }

                edges.Clear();
                return scatter.Changed;
            }, (p, result) => changed |= result, ct);
            shared?.Report(1.0);
        }
        else
        {
            staged.AsSpan().Clear();
            read.Reset();
            RunStretches(parsers, (p, token) =>
            {
                EdgeListParser parser = parsers[p];
                (parser._lines, parser._edgeLines, parser._nodeLines, parser._selfLoops) = (0, 0, 0, 0);
                using var stream = new FileStretch(file, bounds[p], bounds[p + 1], read);
                var scatter = new ScatterSink(directed, cursors[p], targets, weights);
                parser.ReadAll(stream, ref scatter, shared, read.Fraction, 0.5, 1, token, textStart: p == 0);
                return scatter.Changed;
            }, (p, result) => changed |= result, ct);
        }

        for (int p = 0; p < parts && !changed; p++)
        {
            EdgeListParser parser = parsers[p];
            changed = (parser._lines, parser._edgeLines, parser._nodeLines, parser._selfLoops, parser._nodes.Count) != firstPass[p]
                || !RowsFilled(cursors[p]);
        }

        if (changed)
        {
            throw FileChanged();
        }

        cursors = [];
        long lines = 0, edgeLines = 0, nodeLines = 0, selfLoops = 0;
        foreach ((long l, long e, long nl, long s, _) in firstPass)
        {
            (lines, edgeLines, nodeLines, selfLoops) = (lines + l, edgeLines + e, nodeLines + nl, selfLoops + s);
        }

        return Finish(offsets, targets, weights, lines, edgeLines, nodeLines, selfLoops);
    }

    /// <summary>Runs one parse per stretch at once and hands each result over in stretch order; rethrows the error of
    /// the earliest stretch that failed, with its line counted from the start of the file (a failed stretch stops the
    /// ones after it, whose errors would come later).</summary>
    private static void RunStretches<TResult>(
        EdgeListParser[] parsers,
        Func<int, CancellationToken, TResult> parse,
        Action<int, TResult> take,
        CancellationToken ct)
    {
        int parts = parsers.Length;
        var results = new TResult[parts];
        var errors = new Exception?[parts];
        var stops = new CancellationTokenSource[parts];
        for (int p = 0; p < parts; p++)
        {
            stops[p] = CancellationTokenSource.CreateLinkedTokenSource(ct);
        }

        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            {
                try
                {
                    results[p] = parse(p, stops[p].Token);
                }
#pragma warning disable CA1031 // Every stretch's failure is kept, and the earliest one rethrown below.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors[p] = e;
                    for (int q = p + 1; q < parts; q++)
                    {
                        stops[q].Cancel();
                    }
                }
            });
        }
        finally
        {
            foreach (CancellationTokenSource stop in stops)
            {
                stop.Dispose();
            }
        }

        ct.ThrowIfCancellationRequested();
        long linesBefore = 0;
        for (int p = 0; p < parts; p++)
        {
            if (errors[p] is { } error)
            {
                if (error is GraphFormatException { Line: > 0 } format && p > 0)
                {
                    throw new GraphFormatException(format.FilePath, format.Line + linesBefore, format.Column, format.Problem);
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }

            linesBefore += parsers[p]._lines;
            take(p, results[p]);
        }
    }

    /// <summary>Turns a stretch's own node numbers into the graph's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MapKeys(Span<int> keys, int[] map)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = map[keys[i]];
        }
    }

    /// <summary>Cuts <c>[0, length)</c> into up to <paramref name="parts"/> stretches of about equal length, each
    /// starting a line. A cut is dropped when no line break follows it within the longest line accepted (the
    /// sequential parse then reports the long line).</summary>
    /// <returns>The stretch bounds: 0, the cuts, <paramref name="length"/>.</returns>
    private long[] SplitAtLines(SafeFileHandle file, long length, int parts)
    {
        var bounds = new List<long> { 0 };
        byte[] window = new byte[1 << 16];
        long limit = _options.MaxLineLength + 2L;
        for (int p = 1; p < parts; p++)
        {
            long at = Math.Max(bounds[^1], length * p / parts);
            long cut = -1;
            for (long scanned = 0; cut < 0 && scanned <= limit && at + scanned < length;)
            {
                int got = RandomAccess.Read(file, window, at + scanned);
                if (got == 0)
                {
                    break;
                }

                int lineBreak = window.AsSpan(0, got).IndexOf((byte)'\n');
                if (lineBreak >= 0)
                {
                    cut = at + scanned + lineBreak + 1;
                }

                scanned += got;
            }

            if (cut > bounds[^1] && cut < length)
            {
                bounds.Add(cut);
            }
        }

        bounds.Add(length);
        return [.. bounds];
    }

    /// <summary>The work done so far in one pass over all its stretches (bytes read, or kept edges placed), out of a total.</summary>
    private sealed class PassCounter(long total)
    {
        private long _bytes;

        public void Add(int bytes) => Interlocked.Add(ref _bytes, bytes);

        public void Reset() => Volatile.Write(ref _bytes, 0);

        public double Fraction() => total == 0 ? 1 : Math.Clamp((double)Volatile.Read(ref _bytes) / total, 0, 1);
    }

    /// <summary>Forwards, from any thread, only the values above the last one forwarded.</summary>
    private sealed class MonotonicProgress(IProgress<double> inner) : IProgress<double>
    {
        private readonly Lock _gate = new();
        private double _last = double.NegativeInfinity;

        public void Report(double value)
        {
            lock (_gate)
            {
                if (value <= _last)
                {
                    return;
                }

                _last = value;
                inner.Report(value);
            }
        }
    }

    /// <summary>A read-only, forward-only view of <c>[start, end)</c> of a file, read at explicit offsets, so that
    /// several views of one file are read at once.</summary>
    private sealed class FileStretch(SafeFileHandle file, long start, long end, PassCounter read) : ForwardReadStream
    {
        private long _position = start;

        public override int Read(Span<byte> buffer)
        {
            int want = (int)Math.Min(buffer.Length, end - _position);
            if (want <= 0)
            {
                return 0;
            }

            int got = RandomAccess.Read(file, buffer[..want], _position);
            _position += got;
            read.Add(got);
            return got;
        }
    }
}
