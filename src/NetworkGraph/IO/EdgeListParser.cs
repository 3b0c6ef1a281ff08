using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>The working state of <see cref="EdgeListReader"/>: block reading, tokenising, interning, staging.</summary>
/// <remarks>Not thread-safe; one instance reads one file.</remarks>
internal sealed unsafe class EdgeListParser
{
    private const int BlockSize = 4 << 20;
    private const byte Token = 0;
    private const byte Separator = 1;
    private const byte Newline = 2;
    private const byte Comment = 3;
    private const int MaxTokenInMessage = 40;

    private static readonly byte[] s_classes = CreateClasses();

    private readonly string _file;
    private readonly EdgeListOptions _options;
    private readonly NodeKeyTable _nodes = new();
    private readonly EdgeBuffer _edges = new();
    private long _lines;
    private long _edgeLines;
    private long _nodeLines;
    private long _selfLoops;

    public EdgeListParser(string file, EdgeListOptions options)
    {
        _file = file;
        _options = options;
    }

    public EdgeListReadResult Run(Stream stream, IProgress<double>? progress, Func<double>? fraction, CancellationToken ct)
    {
        int max = _options.MaxLineLength;
        int capacity = Math.Max(BlockSize, max + 2 + (1 << 16));
        byte[] buffer = GC.AllocateUninitializedArray<byte>(capacity + 1); // + 1: room for a final line break
        int start = 0, end = 0;
        bool first = true, eof = false;
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

            ParseRegion(buffer, start, stop);
            start = stop;
            if (progress is not null)
            {
                double f = fraction!();
                if (f - reported >= 0.01)
                {
                    reported = f;
                    progress.Report(f);
                }
            }
        }

        progress?.Report(1.0);
        if (_nodes.Count == 0)
        {
            throw new GraphFormatException(_file, 1, 1, "the file holds no node: it is empty, or has only blank and comment lines");
        }

        // Decode the node keys on another thread while the rows are sorted, once the staging memory is free.
        Task<NodeIndex>? index = null;
        CsrGraphBuilder.CsrRows rows = CsrGraphBuilder.BuildRows(
            _nodes.Count,
            _options.Directed,
            EdgeMerge.Last,
            _edges,
            () => index = Task.Run(_nodes.CreateIndex, CancellationToken.None));
        CsrGraph graph = rows.ToGraph(index!.GetAwaiter().GetResult());
        return new EdgeListReadResult(graph, _lines, _edgeLines, _nodeLines, _selfLoops);
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
    private void ParseRegion(byte[] buffer, int from, int to)
    {
        Debug.Assert(buffer[to - 1] == (byte)'\n', "regions end with a line break");
        ReadOnlySpan<byte> region = buffer.AsSpan(from, to - from);
        int garbage = FindGarbage(region, out bool isNul);
        int parseTo = garbage < 0 ? to : from + region[..garbage].LastIndexOf((byte)'\n') + 1;
        fixed (byte* b = buffer)
        {
            fixed (byte* classes = s_classes)
            {
                ParseLines(b + from, b + parseTo, classes);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseLines(byte* p, byte* end, byte* classes)
    {
        int max = _options.MaxLineLength;
        NodeKeyTable nodes = _nodes;
        EdgeBuffer edges = _edges;
        unchecked
        {
            while (p < end)
            {
                byte* line = p;
                int tokens = 0;
                int source = 0, target = 0;
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
                        int node = digitsOnly && length <= 9 && (length == 1 || *tokenStart != '0') && value < NodeKeyTable.DirectLimit
                            ? nodes.GetOrAddInteger(value, tokenStart, length)
                            : nodes.GetOrAdd(tokenStart, length);
                        if (tokens == 0)
                        {
                            source = node;
                        }
                        else
                        {
                            target = node;
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
                if (tokens == 2)
                {
                    _edgeLines++;
                    if (source == target)
                    {
                        _selfLoops++;
                    }
                    else
                    {
                        edges.Add(source, target);
                    }
                }
                else if (tokens == 3)
                {
                    _edgeLines++;
                    double weight = ParseWeight(line, weightStart, weightEnd);
                    if (source == target)
                    {
                        _selfLoops++;
                    }
                    else
                    {
                        edges.Add(source, target, weight);
                    }
                }
                else if (tokens == 1)
                {
                    _nodeLines++;
                }

                _lines++;
            }
        }
    }

    private double ParseWeight(byte* line, byte* start, byte* end)
    {
        var token = new ReadOnlySpan<byte>(start, (int)(end - start));
        if (token.Length == 1 && token[0] == (byte)'1')
        {
            return 1.0;
        }

        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight))
        {
            ThrowAt(line, start, $"weight '{Quote(token)}' is not a number");
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            ThrowAt(line, start, $"weight '{Quote(token)}' is not a positive finite number");
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
}
