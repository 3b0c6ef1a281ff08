using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using System.Text.Unicode;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>The working state of <see cref="EdgeListReader"/>: block reading, tokenising, interning, and filling
/// the rows.</summary>
/// <remarks>
/// <para>Two ways to fill the rows. When the text can be read twice (<see cref="RunTwoPass"/>), a first pass
/// validates every line, interns the node keys and counts each row's arcs; the second pass parses again and
/// writes every arc straight into its place in the final target array, so nothing is staged and the peak memory
/// is the finished graph plus the node keys. Otherwise (<see cref="RunStaged"/>, e.g. a pipe) the edges are staged
/// (8 bytes per edge, 16 when weighted) and scattered afterwards.</para>
/// <para>Not thread-safe; one instance reads one file.</para>
/// </remarks>
internal sealed unsafe partial class EdgeListParser
{
    private const int BlockSize = 4 << 20;
    private const byte Token = 0;
    private const byte Separator = 1;
    private const byte Newline = 2;
    private const byte Comment = 3;
    private const int MaxTokenInMessage = 40;

    /// <summary>Node keys parsed before they are looked up and their edges handed to the sink (at most half as many
    /// edges): small enough for the batch to stay in the L2 cache.</summary>
    private const int BatchSize = 1 << 13;

    private static readonly byte[] Classes = CreateClasses();

    private readonly string _file;
    private readonly EdgeListOptions _options;
    private readonly NodeKeyTable _nodes = new();
    private readonly int[] _batchKeys = new int[BatchSize];
    private readonly int[] _batchEdgeAt = new int[BatchSize / 2];
    private readonly int[] _batchSources = new int[BatchSize / 2];
    private readonly int[] _batchTargets = new int[BatchSize / 2];
    private readonly double[] _batchWeights = new double[BatchSize / 2];
    private int _resolvedKeys;
    private int[]? _keyMap; // when set, turns the nodes of this parser's own key table into the graph's nodes (−1: none)
    private long _lines;
    private long _edgeLines;
    private long _nodeLines;
    private long _selfLoops;

    public EdgeListParser(string file, EdgeListOptions options)
    {
        _file = file;
        _options = options;
    }

    /// <summary>Reads staged: one pass, the edges kept in an <see cref="EdgeBuffer"/> until the rows are built.</summary>
    public EdgeListReadResult RunStaged(Stream stream, IProgress<double>? progress, Func<double>? fraction, CancellationToken ct)
    {
        var sink = new StagingSink(new EdgeBuffer());
        ReadAll(stream, ref sink, progress, fraction, 0, 1, ct);
        CheckNotEmpty();

        // Decode the node keys on another thread while the rows are sorted, once the staging memory is free.
        Task<NodeIndex>? index = null;
        CsrGraphBuilder.CsrRows rows = CsrGraphBuilder.BuildRows(
            _nodes.Count,
            _options.Directed,
            EdgeMerge.Last,
            sink.Edges,
            () => index = Task.Run(_nodes.CreateIndex, CancellationToken.None),
            _options.MaxDegreeOfParallelism);
        CsrGraph graph = rows.ToGraph(index!.GetAwaiter().GetResult());
        return new EdgeListReadResult(graph, _lines, _edgeLines, _nodeLines, _selfLoops);
    }

    /// <summary>Reads in two passes over the same text (see the remarks of the class).</summary>
    /// <param name="open">Opens the text from its start; called twice (the caller disposes what it opens).</param>
    /// <param name="progress">Receives the fraction done: the first pass counts for the first half.</param>
    /// <param name="fraction">The fraction of the underlying file read in the current pass.</param>
    /// <param name="ct">Cancels the read.</param>
    public EdgeListReadResult RunTwoPass(Func<Stream> open, IProgress<double>? progress, Func<double>? fraction, CancellationToken ct)
    {
        bool directed = _options.Directed;
        var counting = new CountingSink(directed);
        ReadAll(open(), ref counting, progress, fraction, 0, 0.5, ct);
        CheckNotEmpty();
        int n = _nodes.Count;
        int[] counts = counting.Counts;
        int[] offsets = new int[n + 1];
        counts.AsSpan(0, Math.Min(n, counts.Length)).CopyTo(offsets.AsSpan(1));
        long arcs = RowStarts(offsets);
        int[] targets = GC.AllocateUninitializedArray<int>((int)arcs);
        double[]? weights = counting.Weighted ? GC.AllocateUninitializedArray<double>((int)arcs) : null;
        long selfLoops = _selfLoops;
        ScatterPass(open(), directed, offsets, targets, weights, progress, fraction, ct);
        return Finish(offsets, targets, weights, _lines, _edgeLines, _nodeLines, selfLoops);
    }

    /// <summary>Turns each row's arc count, in <c>offsets[v + 1]</c>, into the rows' starts, in place.</summary>
    /// <returns>The number of arcs.</returns>
    /// <exception cref="NotSupportedException">More arcs than an array holds.</exception>
    private static long RowStarts(int[] offsets)
    {
        long arcs = 0;
        for (int v = 1; v < offsets.Length; v++)
        {
            arcs += offsets[v];
            if (arcs > Array.MaxLength)
            {
                throw new NotSupportedException($"The graph would hold more than {Array.MaxLength} arcs.");
            }

            offsets[v] = (int)arcs;
        }

        return arcs;
    }

    /// <summary>Whether every row's write cursor (<c>cursors[2v]</c>) has reached its end (<c>cursors[2v + 1]</c>).</summary>
    private static bool RowsFilled(int[] cursors)
    {
        for (int i = 0; i < cursors.Length; i += 2)
        {
            if (cursors[i] != cursors[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sorts and merges the filled rows, decodes the node keys meanwhile, and builds the result.</summary>
    private EdgeListReadResult Finish(int[] offsets, int[] targets, double[]? weights, long lines, long edgeLines, long nodeLines, long selfLoops)
    {
        Task<NodeIndex> index = Task.Run(_nodes.CreateIndex, CancellationToken.None);
        CsrGraphBuilder.CsrRows rows = CsrGraphBuilder.FinishRows(offsets.Length - 1, _options.Directed, EdgeMerge.Last, offsets, targets, weights, selfLoops, _options.MaxDegreeOfParallelism);
        CsrGraph graph = rows.ToGraph(index.GetAwaiter().GetResult());
        return new EdgeListReadResult(graph, lines, edgeLines, nodeLines, selfLoops);
    }

    /// <summary>The second pass, in its own frame so that nothing of it outlives it (the rows are trimmed next, and
    /// the untrimmed target array must be collectable then). Throws when the text no longer matches the first pass:
    /// other line counts, other nodes, or other arcs per row.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ScatterPass(Stream text, bool directed, int[] offsets, int[] targets, double[]? weights, IProgress<double>? progress, Func<double>? fraction, CancellationToken ct)
    {
        (long, long, long, long) first = (_lines, _edgeLines, _nodeLines, _selfLoops);
        (_lines, _edgeLines, _nodeLines, _selfLoops) = (0, 0, 0, 0);
        int n = offsets.Length - 1;

        // Each row's write cursor beside its end, so that placing an arc touches one cache line for both.
        int[] cursors = GC.AllocateUninitializedArray<int>(2 * n);
        for (int v = 0; v < n; v++)
        {
            cursors[2 * v] = offsets[v];
            cursors[(2 * v) + 1] = offsets[v + 1];
        }

        var scatter = new ScatterSink(directed, cursors, targets, weights);
        ReadAll(text, ref scatter, progress, fraction, 0.5, 1, ct);
        bool same = !scatter.Changed && _nodes.Count == n && (_lines, _edgeLines, _nodeLines, _selfLoops) == first && RowsFilled(cursors);
        if (!same)
        {
            throw FileChanged();
        }
    }

    private IOException FileChanged() =>
        new($"{_file}: the file changed while it was being read (its second reading differs from the first).");

    private void CheckNotEmpty()
    {
        if (_nodes.Count == 0)
        {
            throw new GraphFormatException(_file, 1, 1, "the file holds no node: it is empty, or has only blank and comment lines");
        }
    }

    /// <summary>Reads the whole stream in blocks and parses its lines into <paramref name="sink"/>.</summary>
    /// <param name="stream">The text.</param>
    /// <param name="sink">Receives the edges.</param>
    /// <param name="progress">Receives the fraction done, scaled to [<paramref name="progressFrom"/>, <paramref name="progressTo"/>].</param>
    /// <param name="fraction">The fraction of the input read so far.</param>
    /// <param name="progressFrom">The progress reported at the start.</param>
    /// <param name="progressTo">The progress reported at the end.</param>
    /// <param name="ct">Cancels the read, checked once per block.</param>
    /// <param name="textStart">Whether the stream starts the text, where a byte-order mark may stand.</param>
    private void ReadAll<TSink>(Stream stream, ref TSink sink, IProgress<double>? progress, Func<double>? fraction, double progressFrom, double progressTo, CancellationToken ct, bool textStart = true)
        where TSink : struct, IEdgeSink
    {
        int max = _options.MaxLineLength;
        int capacity = Math.Max(BlockSize, max + 2 + (1 << 16));
        byte[] buffer = GC.AllocateUninitializedArray<byte>(capacity + 1); // + 1: room for a final line break
        int start = 0, end = 0;
        bool first = textStart, eof = false;
        double reported = 0;
        while (!eof)
        {
            ct.ThrowIfCancellationRequested();
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            int read = stream.Read(buffer, end, capacity - end);
            if (read == 0)
            {
                eof = true;
            }

            end += read;
            if (first)
            {
                if (end < 3 && !eof)
                {
                    continue;
                }

                first = false;
                if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            int stop; // one past the last line break of the complete lines in the buffer
            if (eof)
            {
                if (end > start && buffer[end - 1] != (byte)'\n')
                {
                    buffer[end++] = (byte)'\n';
                }

                stop = end;
            }
            else
            {
                stop = buffer.AsSpan(start, end - start).LastIndexOf((byte)'\n') + start + 1;
            }

            if (stop <= start)
            {
                if (end - start > max)
                {
                    ThrowOverlong(buffer, start, end);
                }

                continue;
            }

            ParseRegion(buffer, start, stop, ref sink);
            start = stop;
            if (progress is not null && fraction is not null)
            {
                double f = progressFrom + ((progressTo - progressFrom) * fraction());
                if (f - reported >= 0.01)
                {
                    reported = f;
                    progress.Report(f);
                }
            }
        }

        if (progressTo >= 1)
        {
            progress?.Report(1.0);
        }
    }

    private static byte[] CreateClasses()
    {
        byte[] classes = new byte[256];
        classes[' '] = Separator;
        classes['\t'] = Separator;
        classes['\r'] = Separator;
        classes['\v'] = Separator;
        classes['\f'] = Separator;
        classes['\n'] = Newline;
        classes['#'] = Comment;
        return classes;
    }

    /// <summary>Counts the characters (UTF-8 lead bytes) in a range: the 0-based column of its end.</summary>
    private static long CountChars(ReadOnlySpan<byte> bytes)
    {
        long n = 0;
        foreach (byte b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                n++;
            }
        }

        return n;
    }

    private static string Quote(ReadOnlySpan<byte> token)
    {
        string text = Encoding.UTF8.GetString(token);
        return text.Length <= MaxTokenInMessage ? text : string.Concat(text.AsSpan(0, MaxTokenInMessage), "…");
    }

    /// <summary>Finds the first NUL byte or invalid UTF-8 sequence, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindGarbage(ReadOnlySpan<byte> span, out bool isNul)
    {
        isNul = false;
        int i = span.IndexOfAnyExceptInRange((byte)1, (byte)0x7F);
        if (i < 0)
        {
            return -1;
        }

        if (span[i] == 0)
        {
            isNul = true;
            return i;
        }

        // Non-ASCII text from i on: find the first NUL, and any invalid UTF-8 before it.
        int nul = span[i..].IndexOf((byte)0);
        ReadOnlySpan<byte> rest = nul < 0 ? span[i..] : span.Slice(i, nul);
        if (!Utf8.IsValid(rest))
        {
            int pos = 0;
            while (pos < rest.Length)
            {
                OperationStatus status = Rune.DecodeFromUtf8(rest[pos..], out _, out int consumed);
                if (status != OperationStatus.Done)
                {
                    return i + pos;
                }

                pos += consumed;
            }
        }

        if (nul >= 0)
        {
            isNul = true;
            return i + nul;
        }

        return -1;
    }

    /// <summary>Parses the complete lines in <c>buffer[from..to)</c>; <c>buffer[to − 1]</c> is a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRegion<TSink>(byte[] buffer, int from, int to, ref TSink sink)
        where TSink : struct, IEdgeSink
    {
        Debug.Assert(buffer[to - 1] == (byte)'\n', "regions end with a line break");
        ReadOnlySpan<byte> region = buffer.AsSpan(from, to - from);
        int garbage = FindGarbage(region, out bool isNul);
        int parseTo = garbage < 0 ? to : from + region[..garbage].LastIndexOf((byte)'\n') + 1;
        fixed (byte* b = buffer)
        {
            fixed (byte* classes = Classes)
            {
                ParseLines(b + from, b + parseTo, classes, ref sink);
            }
        }

        if (garbage >= 0)
        {
            long column = CountChars(buffer.AsSpan(parseTo, from + garbage - parseTo)) + 1;
            string problem = isNul
                ? "NUL byte: this is a binary file, not a text edge list"
                : string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 byte 0x{buffer[from + garbage]:X2}: the file must be UTF-8 text");
            throw new GraphFormatException(_file, _lines + 1, column, problem);
        }
    }

    /// <summary>Tokenises the lines in <c>[p, end)</c>. Ids go into the key batch as they come (a canonical integer
    /// below <see cref="NodeKeyTable.DirectLimit"/> as its value, still to be looked up; any other id looked up at once,
    /// after the integer keys before it, so that nodes keep their first-appearance order), edges into the edge batch;
    /// <see cref="FlushBatch"/> then looks the integers up in one tight loop, whose cache misses overlap, and hands
    /// the edges to the sink.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseLines<TSink>(byte* p, byte* end, byte* classes, ref TSink sink)
        where TSink : struct, IEdgeSink
    {
        int max = _options.MaxLineLength;
        int[] keys = _batchKeys;
        int[] edgeAt = _batchEdgeAt;
        double[] batchWeights = _batchWeights;
        int keyCount = 0;
        int edgeCount = 0;
        bool needsWeights = sink.NeedsWeights;
        unchecked
        {
            while (p < end)
            {
                byte* line = p;
                int tokens = 0;
                byte* weightStart = null;
                byte* weightEnd = null;
                while (true)
                {
                    byte kind = classes[*p];
                    if (kind == Separator)
                    {
                        p++;
                        continue;
                    }

                    if (kind == Newline)
                    {
                        break;
                    }

                    if (kind == Comment)
                    {
                        p += new ReadOnlySpan<byte>(p, (int)(end - p)).IndexOf((byte)'\n');
                        break;
                    }

                    // A token: digits first (the integer fast path), then any other token bytes.
                    byte* tokenStart = p;
                    uint value = 0;
                    uint digit;
                    while ((digit = (uint)(*p - '0')) <= 9)
                    {
                        value = (value * 10) + digit;
                        p++;
                    }

                    bool digitsOnly = p != tokenStart;
                    if (classes[*p] == Token)
                    {
                        digitsOnly = false;
                        do
                        {
                            p++;
                        }
                        while (classes[*p] == Token);
                    }

                    int length = (int)(p - tokenStart);
                    if (tokens < 2)
                    {
                        if (digitsOnly && NodeKeyTable.TakesDirectPath(length, *tokenStart, value))
                        {
                            keys[keyCount++] = (int)value;
                        }
                        else
                        {
                            // Keep first-appearance order: the integer keys before this one are numbered first.
                            ResolveKeys(keys, _resolvedKeys, keyCount);
                            _resolvedKeys = keyCount + 1;
                            keys[keyCount++] = _nodes.GetOrAdd(tokenStart, length);
                        }
                    }
                    else if (tokens == 2)
                    {
                        weightStart = tokenStart;
                        weightEnd = p;
                    }
                    else
                    {
                        ThrowAt(line, tokenStart, $"more than 3 columns: expected 'source target [weight]', found a 4th token '{Quote(new ReadOnlySpan<byte>(tokenStart, length))}'");
                    }

                    tokens++;
                }

                // p is at the line break.
                if (p - line > max)
                {
                    CheckLength(line, p);
                }

                p++;
                if (tokens >= 2)
                {
                    _edgeLines++;

                    // Without NeedsWeights an earlier pass has validated the weights and found them all 1.
                    batchWeights[edgeCount] = tokens == 3 && needsWeights ? ParseWeight(line, weightStart, weightEnd) : 1.0;
                    edgeAt[edgeCount++] = keyCount - 2;
                }
                else if (tokens == 1)
                {
                    _nodeLines++;
                }

                _lines++;
                if (keyCount > BatchSize - 2)
                {
                    FlushBatch(keyCount, edgeCount, ref sink);
                    keyCount = 0;
                    edgeCount = 0;
                }
            }

            if (keyCount > 0)
            {
                FlushBatch(keyCount, edgeCount, ref sink);
            }
        }
    }

    /// <summary>Numbers the batched keys, drops the self-loops (counting them), and hands the edges to the sink.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void FlushBatch<TSink>(int keyCount, int edgeCount, ref TSink sink)
        where TSink : struct, IEdgeSink
    {
        int[] keys = _batchKeys;
        ResolveKeys(keys, _resolvedKeys, keyCount);
        _resolvedKeys = 0;
        if (_keyMap is { } map)
        {
            for (int k = 0; k < keyCount; k++)
            {
                int local = keys[k];
                keys[k] = (uint)local < (uint)map.Length ? map[local] : -1;
            }
        }

        int[] edgeAt = _batchEdgeAt;
        int[] sources = _batchSources;
        int[] targets = _batchTargets;
        double[] weights = _batchWeights;
        int kept = 0;
        for (int e = 0; e < edgeCount; e++)
        {
            int at = edgeAt[e];
            int source = keys[at], target = keys[at + 1];
            if (source == target)
            {
                _selfLoops++;
                continue;
            }

            sources[kept] = source;
            targets[kept] = target;
            weights[kept] = weights[e];
            kept++;
        }

        if (kept > 0)
        {
            sink.AddBatch(sources, targets, weights, kept);
        }
    }

    /// <summary>Replaces the integer keys in <c>[from, to)</c> by their nodes, looked up (and added when new) in
    /// order. The keys before <paramref name="from"/> are nodes already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveKeys(int[] keys, int from, int to)
    {
        _nodes.GetOrAddIntegers(keys.AsSpan(from, to - from));
    }

    private double ParseWeight(byte* line, byte* start, byte* end)
    {
        var token = new ReadOnlySpan<byte>(start, (int)(end - start));
        if (token.Length == 1 && token[0] == (byte)'1')
        {
            return 1.0;
        }

        if (!DecimalParser.TryParse(token, out double weight))
        {
            ThrowAt(line, start, $"weight '{Quote(token)}' is not a number");
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            ThrowAt(line, start, $"weight '{Quote(token)}' is not a positive finite number");
        }

        if (!(weight >= EdgeListReader.MinWeight && weight <= EdgeListReader.MaxWeight))
        {
            ThrowAt(line, start, $"weight '{Quote(token)}' is out of range: a weight must be a number from 1e-150 to 1e150 (rescale the weights, e.g. to another unit)");
        }

        return weight;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckLength(byte* line, byte* lineBreak)
    {
        long length = lineBreak - line;
        if (length > 0 && lineBreak[-1] == (byte)'\r')
        {
            length--;
        }

        if (length > _options.MaxLineLength)
        {
            ThrowAt(line, line + _options.MaxLineLength, $"line longer than {_options.MaxLineLength} bytes: not an edge list, or line breaks are missing");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOverlong(byte[] buffer, int start, int end)
    {
        fixed (byte* b = buffer)
        {
            byte* line = b + start;
            int garbage = FindGarbage(new ReadOnlySpan<byte>(line, end - start), out _);
            if (garbage >= 0)
            {
                // Binary data without line breaks: report the garbage, which is the real problem.
                ParseRegionGarbage(buffer, start, start + garbage);
            }

            ThrowAt(line, line + _options.MaxLineLength, $"line longer than {_options.MaxLineLength} bytes: not an edge list, or line breaks are missing");
        }
    }

    private void ParseRegionGarbage(byte[] buffer, int lineStart, int at)
    {
        long column = CountChars(buffer.AsSpan(lineStart, at - lineStart)) + 1;
        string problem = buffer[at] == 0
            ? "NUL byte: this is a binary file, not a text edge list"
            : string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 byte 0x{buffer[at]:X2}: the file must be UTF-8 text");
        throw new GraphFormatException(_file, _lines + 1, column, problem);
    }

    [DoesNotReturn]
    private void ThrowAt(byte* line, byte* at, string problem)
    {
        long column = CountChars(new ReadOnlySpan<byte>(line, (int)(at - line))) + 1;
        throw new GraphFormatException(_file, _lines + 1, column, problem);
    }

    /// <summary>Receives the edges of the lines parsed, a batch at a time (self-loops are counted by the parser, not
    /// passed on). Batching keeps the random accesses of counting and scattering in tight loops of their own, where
    /// the processor overlaps their cache misses, instead of one miss at a time between the parsing of two lines.</summary>
    private interface IEdgeSink
    {
        /// <summary>Gets whether the weight column must be parsed (false only when an earlier pass found all weights 1).</summary>
        bool NeedsWeights { get; }

        /// <summary>Takes the first <paramref name="count"/> edges of the arrays (weight 1 where the line had none).</summary>
        void AddBatch(int[] sources, int[] targets, double[] weights, int count);
    }

    /// <summary>Stages the edges for <see cref="CsrGraphBuilder.BuildRows"/>.</summary>
    private readonly struct StagingSink(EdgeBuffer edges) : IEdgeSink
    {
        public EdgeBuffer Edges { get; } = edges;

        public bool NeedsWeights => true;

        public void AddBatch(int[] sources, int[] targets, double[] weights, int count)
        {
            EdgeBuffer edges = Edges;
            for (int i = 0; i < count; i++)
            {
                edges.Add(sources[i], targets[i], weights[i]);
            }
        }
    }

    /// <summary>First pass: counts the arcs of each row, and notes whether a weight other than 1 occurs.</summary>
    private struct CountingSink(bool directed, long stageLimit = 0) : IEdgeSink
    {
        private readonly bool _directed = directed;

        public int[] Counts { get; private set; } = new int[1024];

        /// <summary>Gets the edges kept for the second pass, or <see langword="null"/> when they were not kept (none
        /// asked for, or more than the stage limit).</summary>
        public EdgeBuffer? Staged { get; private set; } = stageLimit > 0 ? new EdgeBuffer() : null;

        public bool Weighted { get; private set; }

        public readonly bool NeedsWeights => true;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddBatch(int[] sources, int[] targets, double[] weights, int count)
        {
            int[] counts = Counts;
            int top = -1;
            for (int i = 0; i < count; i++)
            {
                top = Math.Max(top, Math.Max(sources[i], targets[i]));
            }

            if (top >= counts.Length)
            {
                counts = Grow(top);
            }

            if (!Weighted)
            {
                for (int i = 0; i < count; i++)
                {
                    if (weights[i] != 1.0)
                    {
                        Weighted = true;
                        break;
                    }
                }
            }

            if (Staged is { } staged)
            {
                if (staged.Count + count > stageLimit)
                {
                    staged.Clear();
                    Staged = null;
                }
                else
                {
                    for (int i = 0; i < count; i++)
                    {
                        staged.Add(sources[i], targets[i], weights[i]);
                    }
                }
            }

            if (_directed)
            {
                for (int i = 0; i < count; i++)
                {
                    counts[sources[i]]++;
                }
            }
            else
            {
                for (int i = 0; i < count; i++)
                {
                    counts[sources[i]]++;
                    counts[targets[i]]++;
                }
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int[] Grow(int node)
        {
            int[] counts = Counts;
            Array.Resize(ref counts, (int)Math.Min(Array.MaxLength, Math.Max(2L * counts.Length, node + 1L)));
            Counts = counts;
            return counts;
        }
    }

    /// <summary>Second pass: writes each arc at its row's cursor; notes (and drops) arcs the first pass did not count,
    /// which means the file changed in between.</summary>
    private struct ScatterSink(bool directed, int[] cursors, int[] targets, double[]? weights) : IEdgeSink
    {
        /// <summary>How many edges ahead the rows' cursors are prefetched.</summary>
        private const int PrefetchDistance = 16;

        private readonly bool _directed = directed;
        private readonly int[] _cursors = cursors; // 2v: row v's next slot; 2v + 1: its end
        private readonly int[] _targets = targets;
        private readonly double[]? _weights = weights;

        public bool Changed { get; private set; }

        public readonly bool NeedsWeights => _weights is not null;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddBatch(int[] sources, int[] targets, double[] weights, int count)
        {
            int[] cursors = _cursors;
            int[] rows = _targets;
            double[]? rowWeights = _weights;
            uint n = (uint)cursors.Length / 2;
            bool changed = false;
            for (int i = 0; i < count; i++)
            {
                if (Sse.IsSupported && i + PrefetchDistance < count)
                {
                    // Two stages: the cursors of the arc 16 ahead, then the slots of the arc 8 ahead (whose cursors
                    // came in meanwhile).
                    Prefetch(cursors, sources[i + PrefetchDistance], n);
                    Prefetch(cursors, targets[i + PrefetchDistance], n);
                    PrefetchSlot(cursors, rows, rowWeights, sources[i + (PrefetchDistance / 2)], n);
                    if (!_directed)
                    {
                        PrefetchSlot(cursors, rows, rowWeights, targets[i + (PrefetchDistance / 2)], n);
                    }
                }

                int source = sources[i], target = targets[i];
                if ((uint)source >= n || (uint)target >= n
                    || cursors[2 * source] >= cursors[(2 * source) + 1]
                    || (!_directed && cursors[2 * target] >= cursors[(2 * target) + 1]))
                {
                    changed = true;
                    continue;
                }

                int a = cursors[2 * source]++;
                rows[a] = target;
                if (rowWeights is not null)
                {
                    rowWeights[a] = weights[i];
                }

                if (!_directed)
                {
                    int b = cursors[2 * target]++;
                    rows[b] = source;
                    if (rowWeights is not null)
                    {
                        rowWeights[b] = weights[i];
                    }
                }
            }

            if (changed)
            {
                Changed = true;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void PrefetchSlot(int[] cursors, int[] rows, double[]? rowWeights, int node, uint n)
        {
            if ((uint)node < n)
            {
                uint slot = (uint)cursors[2 * node];
                if (slot < (uint)rows.Length)
                {
                    fixed (int* at = &rows[slot])
                    {
                        Sse.Prefetch0(at);
                    }

                    if (rowWeights is not null)
                    {
                        fixed (double* w = &rowWeights[slot])
                        {
                            Sse.Prefetch0(w);
                        }
                    }
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Prefetch(int[] cursors, int node, uint n)
        {
            if ((uint)node < n)
            {
                fixed (int* at = &cursors[2 * node])
                {
                    Sse.Prefetch0(at);
                }
            }
        }
    }
}
