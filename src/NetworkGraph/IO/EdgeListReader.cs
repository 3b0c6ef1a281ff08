using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>
/// Reads a plain edge list (docs/en/edge-list-format.md) into a <see cref="CsrGraph"/>, at close to memory speed.
/// </summary>
/// <remarks>
/// <para><b>Format.</b> UTF-8 text (an optional byte-order mark is skipped), lines ending in LF or CRLF,
/// the last line break optional. On each line, <c>#</c> starts a comment that runs to the end of the line
/// (anywhere on the line, even inside a token). What is left is split on spaces and tabs (also CR, VT and FF)
/// into at most three tokens:</para>
/// <list type="bullet">
/// <item>none: a blank or comment line, ignored;</item>
/// <item><c>id</c>: declares a node (so isolated nodes exist and count in every normalisation);</item>
/// <item><c>source target</c>: an edge of weight 1;</item>
/// <item><c>source target weight</c>: an edge whose weight is a number in invariant culture (<c>2</c>, <c>2.5</c>,
/// <c>1e-3</c>) between <see cref="MinWeight"/> and <see cref="MaxWeight"/> (so that sums, products and PageRank's
/// normalisations of a graph's weights neither overflow nor lose every digit).</item>
/// </list>
/// <para>Ids are any tokens, compared byte for byte (<c>7</c> and <c>07</c> are different nodes). Nodes are
/// numbered in order of first appearance. A repeated edge keeps the weight it was given last (as NetworkX's
/// <c>read_edgelist</c> and <c>add_edge</c>); in an undirected graph <c>b a</c> repeats <c>a b</c>. A self-loop
/// line declares its node and is otherwise dropped (counted in <see cref="EdgeListReadResult.SelfLoops"/>).
/// The graph is weighted when a weight other than 1 appears. A file compressed with gzip (detected by its
/// magic bytes, whatever its name) is decompressed on the fly, and its trailer (CRC-32 and length) checked at the
/// end: a truncated file, bytes appended after the end, or a wrong CRC are format errors giving the byte offset.</para>
/// <para><b>Errors</b> are <see cref="GraphFormatException"/>s naming the file, the line and the column (both
/// 1-based; the column of the offending token, counted in characters): a weight that is not a number, or outside
/// [<see cref="MinWeight"/>, <see cref="MaxWeight"/>]; a path that is a folder, a dangling symbolic link or no file; more than three tokens; a NUL byte or invalid UTF-8 (the position of the bad byte);
/// a line longer than <see cref="EdgeListOptions.MaxLineLength"/>; a file with no node at all. A file whose
/// second reading holds other lines, nodes or arc counts than the first (it was rewritten meanwhile) gives an
/// <see cref="IOException"/>.</para>
/// <para><b>Cost.</b> Tokens are parsed in place in 4 MiB blocks (no string per line or token); ids are interned
/// through a hash table over their UTF-8 bytes, and plain integer ids below 2^23 through a direct array, looked up a
/// batch at a time; the arcs of a batch are then counted or placed in loops of their own, with their rows prefetched
/// (docs/design/edge-list-parse.md). Weights are parsed from the bytes, correctly rounded (the value
/// <see cref="double.Parse(string, System.Globalization.NumberStyles, IFormatProvider?)"/> gives). A file, or
/// any seekable stream, is read in <b>two passes</b>: the first validates every line, interns the ids and counts
/// each node's arcs; the second writes every arc straight into its slot of the final target array. A plain file of
/// 16 MiB or more is cut into stretches of whole lines parsed at once on up to
/// <see cref="EdgeListOptions.MaxDegreeOfParallelism"/> threads (their key tables merged in file order, each stretch
/// writing into its own range of every row); its second pass scatters the edges kept from the first (16 bytes per
/// edge, when that fits in an eighth of the memory available) instead of parsing again. The graph and every error are
/// the same whatever the number of threads. Then the rows are sorted and repeated ties merged (in parallel), and the
/// in-rows of a directed graph made by transposition: O(L) for L bytes of text plus O(n + m) and the row sorts.
/// Without kept edges, the peak memory is the finished CSR arrays plus the node keys
/// (kept as UTF-8, about 4 + key length bytes per node, plus an 8–16-byte hash slot), plus, when ties repeat, the
/// untrimmed target array until it is trimmed. The CSR arrays take 8.5 bytes per directed edge
/// (docs/design/edge-list-reader-memory.md). A stream that cannot seek (a pipe) is read once, staging the edges (8 bytes per edge, 16 when
/// weighted) before they are scattered.</para>
/// </remarks>
/// <example>
/// <code>
/// CsrGraph g = EdgeListReader.Read("referrals.txt", new EdgeListOptions { Directed = true });
/// </code>
/// </example>
public static class EdgeListReader
{
    /// <summary>The smallest weight accepted, 1e-150: far from the subnormal range, so that a product of two weights
    /// (or a weight divided by a strength) stays a normal number.</summary>
    public const double MinWeight = 1e-150;

    /// <summary>The largest weight accepted, 1e150: a sum of up to 2^31 weights, or the square of one, stays finite.</summary>
    public const double MaxWeight = 1e150;

    /// <summary>Reads an edge-list file (plain or gzip-compressed) into a graph.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults (undirected).</param>
    /// <param name="progress">Receives the fraction of the file read, from 0 to 1.</param>
    /// <param name="ct">Cancels the read (checked once per 4 MiB block).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="GraphFormatException">The file is not a valid edge list (file, line, column and reason in the message).</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static CsrGraph Read(string path, EdgeListOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
        => ReadWithStatistics(path, options, progress, ct).Graph;

    /// <summary>Reads an edge list from a stream (plain or gzip-compressed) into a graph.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="displayName">The name used in error messages, e.g. the file name.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults (undirected).</param>
    /// <param name="progress">Receives the fraction read, from 0 to 1, when the stream can seek.</param>
    /// <param name="ct">Cancels the read (checked once per 4 MiB block).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="GraphFormatException">The text is not a valid edge list.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static CsrGraph Read(Stream stream, string displayName, EdgeListOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
        => ReadWithStatistics(stream, displayName, options, progress, ct).Graph;

    /// <summary>Reads an edge-list file like <see cref="Read(string, EdgeListOptions?, IProgress{double}?, CancellationToken)"/>,
    /// and also reports the lines, self-loops and repeated edges seen.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults (undirected).</param>
    /// <param name="progress">Receives the fraction of the file read, from 0 to 1.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The graph and the reader's counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="GraphFormatException">The file is not a valid edge list.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static EdgeListReadResult ReadWithStatistics(string path, EdgeListOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = Validate(options);
        if (Internal.InputFile.Problem(path) is { } problem)
        {
            throw new GraphFormatException(path, problem);
        }

        return ReadFile(path, options, EdgeListParser.DefaultMinChunkBytes, EdgeListParser.DefaultStageBytes(), progress, ct);
    }

    /// <summary>Reads a file whose path and options are valid; a plain-text file of at least two stretches of
    /// <paramref name="minChunkBytes"/> is parsed in stretches at once when more than one thread is allowed.</summary>
    internal static EdgeListReadResult ReadFile(string path, EdgeListOptions options, long minChunkBytes, long stageBytes, IProgress<double>? progress, CancellationToken ct)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        int workers = Math.Min(8, Algorithms.ParallelRanges.Threads(options.MaxDegreeOfParallelism));
        if (workers > 1 && file.CanSeek && file.Length >= 2 * minChunkBytes && !StartsAsGzip(file))
        {
            var parser = new EdgeListParser(path, options);
            if (parser.RunParallel(file.SafeFileHandle, file.Length, workers, minChunkBytes, stageBytes, progress, ct) is { } result)
            {
                return result;
            }
        }

        return ReadCore(file, path, options, progress, ct);
    }

    private static bool StartsAsGzip(FileStream file)
    {
        Span<byte> head = stackalloc byte[2];
        return RandomAccess.Read(file.SafeFileHandle, head, 0) == 2 && head[0] == 0x1F && head[1] == 0x8B;
    }

    /// <summary>Reads an edge list from a stream like <see cref="Read(Stream, string, EdgeListOptions?, IProgress{double}?, CancellationToken)"/>,
    /// and also reports the lines, self-loops and repeated edges seen.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="displayName">The name used in error messages.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults (undirected).</param>
    /// <param name="progress">Receives the fraction read, from 0 to 1, when the stream can seek.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The graph and the reader's counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="GraphFormatException">The text is not a valid edge list.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static EdgeListReadResult ReadWithStatistics(Stream stream, string displayName, EdgeListOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options = Validate(options);
        return ReadCore(stream, displayName, options, progress, ct);
    }

    private static EdgeListOptions Validate(EdgeListOptions? options)
    {
        options ??= new EdgeListOptions();
        if (options.MaxLineLength < 16)
        {
            throw new ArgumentException($"MaxLineLength must be at least 16; was {options.MaxLineLength}.", nameof(options));
        }

        Algorithms.ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));

        return options;
    }

    private static EdgeListReadResult ReadCore(Stream stream, string displayName, EdgeListOptions options, IProgress<double>? progress, CancellationToken ct)
    {
        Stream raw = stream;
        long rawStart = raw.CanSeek ? raw.Position : 0;
        long rawLength = raw.CanSeek ? raw.Length - rawStart : 0;
        Func<double>? fraction = raw.CanSeek && rawLength > 0 && progress is not null
            ? () => Math.Clamp((double)(raw.Position - rawStart) / rawLength, 0, 1)
            : null;

        // Peek at the first two bytes for the gzip magic number 1f 8b.
        byte[] head = new byte[2];
        int got = 0;
        while (got < 2)
        {
            int n = raw.Read(head, got, 2 - got);
            if (n == 0)
            {
                break;
            }

            got += n;
        }

        bool gzip = got == 2 && head[0] == 0x1F && head[1] == 0x8B;
        var parser = new EdgeListParser(displayName, options);
        GzipCheckedStream? inflating = null;
        try
        {
            if (raw.CanSeek)
            {
                // Two passes over the text: no staging, the arcs go straight into the final arrays.
                return parser.RunTwoPass(
                    () =>
                    {
                        inflating?.Dispose();
                        raw.Position = rawStart;
                        inflating = gzip ? new GzipCheckedStream(raw, displayName) : null;
                        return inflating ?? raw;
                    },
                    fraction is null ? null : progress,
                    fraction,
                    ct);
            }

            Stream text = new PrefixedReadStream(head, got, raw);
            if (gzip)
            {
                text = new GzipCheckedStream(text, displayName);
            }

            using (text)
            {
                return parser.RunStaged(text, null, null, ct);
            }
        }
        finally
        {
            inflating?.Dispose();
        }
    }
}
