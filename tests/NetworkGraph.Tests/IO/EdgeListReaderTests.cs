using System.IO.Compression;
using System.Text;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.IO;

public sealed class EdgeListReaderTests
{
    private static EdgeListReadResult ReadText(string text, bool directed = false, int maxLineLength = 1 << 20)
        => ReadBytes(Encoding.UTF8.GetBytes(text), directed, maxLineLength);

    private static EdgeListReadResult ReadBytes(byte[] bytes, bool directed = false, int maxLineLength = 1 << 20)
    {
        using var stream = new MemoryStream(bytes);
        return EdgeListReader.ReadWithStatistics(stream, "edges.txt", new EdgeListOptions { Directed = directed, MaxLineLength = maxLineLength }, ct: TestContext.Current.CancellationToken);
    }

    private static GraphFormatException Fails(string text, bool directed = false)
        => Assert.Throws<GraphFormatException>(() => ReadText(text, directed));

    private static GraphFormatException FailsBytes(byte[] bytes)
        => Assert.Throws<GraphFormatException>(() => ReadBytes(bytes));

    private static List<(string, string, double)> EdgeKeys(CsrGraph g)
        => [.. g.Edges().Select(e => (g.Nodes[e.Source], g.Nodes[e.Target], e.Weight))];

    [Fact]
    public void Read_SimpleUndirected_NodesInFirstAppearanceOrder()
    {
        EdgeListReadResult r = ReadText("b a\nc b\n");
        CsrGraph g = r.Graph;
        Assert.False(g.IsDirected);
        Assert.False(g.IsWeighted);
        Assert.Equal(["b", "a", "c"], g.Nodes.Keys);
        Assert.Equal(2, g.EdgeCount);
        Assert.True(g.HasEdge(1, 0));
        Assert.True(g.HasEdge(0, 2));
        Assert.Equal(2, r.EdgeLines);
        Assert.Equal(2, r.Lines);
    }

    [Fact]
    public void Read_Directed_KeepsDirection()
    {
        CsrGraph g = ReadText("a b\nb c\n", directed: true).Graph;
        Assert.True(g.IsDirected);
        Assert.True(g.HasEdge(0, 1));
        Assert.False(g.HasEdge(1, 0));
        Assert.Equal([0], g.InNeighbors(1).ToArray());
    }

    [Fact]
    public void Read_CrlfBomCommentsTabsBlankLines_Parsed()
    {
        string text = "\uFEFF# header comment\r\n\r\na\tb  2.5 # trailing comment\r\n   \r\nc#comment glued to a token\r\n\t b \t c\t1e-3\r\n";
        EdgeListReadResult r = ReadText(text);
        CsrGraph g = r.Graph;
        Assert.Equal(["a", "b", "c"], g.Nodes.Keys);
        Assert.True(g.IsWeighted);
        Assert.Equal([("a", "b", 2.5), ("b", "c", 1e-3)], EdgeKeys(g));
        Assert.Equal(1, r.NodeLines);
        Assert.Equal(2, r.EdgeLines);
        Assert.Equal(6, r.Lines);
    }

    [Fact]
    public void Read_SingleIdLines_DeclareIsolatedNodes()
    {
        CsrGraph g = ReadText("lonely\na b\nb\nalso-lonely").Graph;
        Assert.Equal(["lonely", "a", "b", "also-lonely"], g.Nodes.Keys);
        Assert.Equal(1, g.EdgeCount);
        Assert.Equal(0, g.Degree(0));
        Assert.Equal(0, g.Degree(3));
    }

    [Fact]
    public void Read_NoFinalLineBreak_LastLineRead()
    {
        CsrGraph g = ReadText("a b\nc d 3").Graph;
        Assert.Equal([("a", "b", 1.0), ("c", "d", 3.0)], EdgeKeys(g));
    }

    [Fact]
    public void Read_RepeatedEdges_LastWeightWins()
    {
        EdgeListReadResult r = ReadText("a b 3\nb a 5\na b 2\nc d 4\nd c\n");
        Assert.Equal([("a", "b", 2.0), ("c", "d", 1.0)], EdgeKeys(r.Graph));
        Assert.Equal(3, r.RepeatedEdges);
    }

    [Fact]
    public void Read_RepeatedEdgesDirected_LastWeightWinsPerDirection()
    {
        CsrGraph g = ReadText("a b 3\nb a 5\na b 2\n", directed: true).Graph;
        Assert.Equal([("a", "b", 2.0), ("b", "a", 5.0)], EdgeKeys(g));
    }

    [Fact]
    public void Read_SelfLoops_DroppedCountedAndNodeDeclared()
    {
        EdgeListReadResult r = ReadText("x x\na b\nb b 2\n");
        Assert.Equal(2, r.SelfLoops);
        Assert.Equal(["x", "a", "b"], r.Graph.Nodes.Keys);
        Assert.Equal(1, r.Graph.EdgeCount);
        Assert.False(r.Graph.IsWeighted); // the weight-2 line was a self-loop
    }

    [Fact]
    public void Read_IdsAreTokensComparedExactly()
    {
        // 7, 07 and +7 are three different ids; large integers and unicode ids work too.
        CsrGraph g = ReadText("7 07\n+7 7\n99999999999 7\nsœur café\n4294967297 1\n").Graph;
        Assert.Equal(["7", "07", "+7", "99999999999", "sœur", "café", "4294967297", "1"], g.Nodes.Keys);
        Assert.Equal(5, g.EdgeCount);
    }

    [Fact]
    public void Read_IntegerAndHashedIdsMixed_StayDistinct()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(i).Append(" n").Append(i).Append(" \n");
            sb.Append(i * 7919 % 20000000).Append(' ').Append(i).Append('\n');
        }

        CsrGraph g = ReadText(sb.ToString()).Graph;
        var distinct = new HashSet<string>(g.Nodes.Keys);
        Assert.Equal(g.NodeCount, distinct.Count);
        Assert.Equal("0", g.Nodes[0]);
        Assert.Equal("n0", g.Nodes[1]);
        Assert.True(g.Nodes.TryGetIndex("n2999", out int n2999));
        Assert.True(g.Nodes.TryGetIndex("2999", out int i2999));
        Assert.True(g.HasEdge(n2999, i2999));
    }

    [Theory]
    [InlineData("a b abc\n", 1, 5, "weight 'abc' is not a number")]
    [InlineData("a b 1\nc d 1,5\n", 2, 5, "weight '1,5' is not a number")]
    [InlineData("a b NaN\n", 1, 5, "weight 'NaN' is not a positive finite number")]
    [InlineData("a b Infinity\n", 1, 5, "weight 'Infinity' is not a positive finite number")]
    [InlineData("a b 1e400\n", 1, 5, "weight '1e400' is not a positive finite number")]
    [InlineData("a b 0\n", 1, 5, "weight '0' is not a positive finite number")]
    [InlineData("a b -2\n", 1, 5, "weight '-2' is not a positive finite number")]
    [InlineData("# c\n\n  x\ty\t\t-0.0\n", 3, 8, "weight '-0.0' is not a positive finite number")]
    [InlineData("a b 1 extra\n", 1, 7, "more than 3 columns: expected 'source target [weight]', found a 4th token 'extra'")]
    [InlineData("a b\r\nc d 2 3 # x\r\n", 2, 7, "more than 3 columns: expected 'source target [weight]', found a 4th token '3'")]
    [InlineData("é b x\n", 1, 5, "weight 'x' is not a number")]
    public void Read_MalformedLine_ReportsLineAndColumn(string text, long line, long column, string problem)
    {
        GraphFormatException ex = Fails(text);
        Assert.Equal("edges.txt", ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(problem, ex.Problem);
        Assert.Equal($"edges.txt:{line}:{column}: {problem}", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("# only a comment\n\n   \n")]
    public void Read_NoNode_SaysSo(string text)
    {
        GraphFormatException ex = Fails(text);
        Assert.Equal(1, ex.Line);
        Assert.Equal(1, ex.Column);
        Assert.Contains("no node", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NulByte_ReportsPosition()
    {
        byte[] bytes = [.. "a b\nc d\nef\0gh\n"u8];
        GraphFormatException ex = FailsBytes(bytes);
        Assert.Equal(3, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("NUL byte", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsPosition()
    {
        byte[] bytes = [.. "a b\n"u8, .. "é x"u8, 0xFF, .. " y\n"u8];
        GraphFormatException ex = FailsBytes(bytes);
        Assert.Equal(2, ex.Line);
        Assert.Equal(4, ex.Column); // é counts as one character
        Assert.Equal("invalid UTF-8 byte 0xFF: the file must be UTF-8 text", ex.Problem);
    }

    [Fact]
    public void Read_ErrorBeforeGarbageInSameBlock_ReportsFirstError()
    {
        byte[] bytes = [.. "a b bad\n"u8, 0, .. "\n"u8];
        GraphFormatException ex = FailsBytes(bytes);
        Assert.Equal(1, ex.Line);
        Assert.Equal(5, ex.Column);
    }

    [Fact]
    public void Read_BinaryGarbage_Rejected()
    {
        byte[] bytes = new byte[10_000];
        new Random(3).NextBytes(bytes);
        bytes[0] = (byte)'x'; // not the gzip magic
        bytes[1] = (byte)'y';
        GraphFormatException ex = FailsBytes(bytes);
        Assert.True(ex.Line >= 1);
        Assert.True(ex.Column >= 1);
    }

    [Fact]
    public void Read_OverlongLine_Rejected()
    {
        string text = "a b\n" + new string('x', 100) + " y\n";
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => ReadText(text, maxLineLength: 64));
        Assert.Equal(2, ex.Line);
        Assert.Equal(65, ex.Column);
        Assert.Contains("line longer than 64 bytes", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlongLineLongerThanBuffer_Rejected()
    {
        byte[] bytes = new byte[(5 << 20) + 10];
        bytes.AsSpan().Fill((byte)'z');
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => ReadBytes(bytes));
        Assert.Equal(1, ex.Line);
        Assert.Equal((1 << 20) + 1, ex.Column);
    }

    [Fact]
    public void Read_LineOfExactlyMaxLength_Accepted()
    {
        string text = "a " + new string('b', 62) + "\r\n";
        CsrGraph g = ReadText(text, maxLineLength: 64).Graph;
        Assert.Equal(2, g.NodeCount);
    }

    [Fact]
    public void Read_Gzip_DetectedByMagicBytes()
    {
        EdgeListReadResult r = ReadBytes(Gzip("a b 2\nb c\n"u8));
        Assert.Equal([("a", "b", 2.0), ("b", "c", 1.0)], EdgeKeys(r.Graph));
    }

    [Fact]
    public void Read_GzipFileWithAnyName_Read()
    {
        using var temp = new NetworkGraph.Tests.Support.TempDirectory();
        string path = temp.Combine("edges.txt");
        try
        {
            File.WriteAllBytes(path, Gzip("x y\ny z 4\n"u8));

            var progress = new RecordingProgress();
            CsrGraph g = EdgeListReader.Read(path, new EdgeListOptions { Directed = true }, progress, TestContext.Current.CancellationToken);
            Assert.Equal(["x", "y", "z"], g.Nodes.Keys);
            Assert.True(g.IsDirected);
            Assert.Equal(1.0, progress.Values[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_CorruptGzip_FormatError()
    {
        byte[] bytes = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        GraphFormatException ex = FailsBytes(bytes);
        Assert.Equal("edges.txt", ex.FilePath);
    }

    [Fact]
    public void Read_NonSeekableStream_Works()
    {
        using var inner = new MemoryStream(Encoding.UTF8.GetBytes("p q\nq r\n"));
        using var stream = new NonSeekableStream(inner);
        CsrGraph g = EdgeListReader.Read(stream, "pipe", ct: TestContext.Current.CancellationToken);
        Assert.Equal(2, g.EdgeCount);
    }

    [Fact]
    public void Read_GzipThroughPipe_StagedPathGivesSameGraph()
    {
        byte[] bytes = Gzip("a b 2\nb c\nc a 0.5\na b 3\nd\n"u8);
        using var seekable = new MemoryStream(bytes);
        using var pipe = new NonSeekableStream(new MemoryStream(bytes));
        CsrGraph twoPass = EdgeListReader.Read(seekable, "g.gz", ct: TestContext.Current.CancellationToken);
        CsrGraph staged = EdgeListReader.Read(pipe, "g.gz", ct: TestContext.Current.CancellationToken);
        Assert.Equal(["a", "b", "c", "d"], twoPass.Nodes.Keys);
        Assert.Equal(twoPass.Nodes.Keys, staged.Nodes.Keys);
        Assert.Equal(EdgeKeys(twoPass), EdgeKeys(staged));
        Assert.Contains(("a", "b", 3.0), EdgeKeys(twoPass));
    }

    [Theory]
    [InlineData("a b\nb c\n", "a b\nb c\nc a\n")] // a line appended
    [InlineData("a b\nb c\n", "a b\nb z\n")] // a new node
    [InlineData("a b\nb c\n", "a b\n")] // a line removed
    [InlineData("a b\nb c\n", "a b\nb b\n")] // an edge became a self-loop
    public void Read_FileChangesBetweenPasses_IOExceptionNamesTheFile(string before, string after)
    {
        using var stream = new ChangingStream(Encoding.UTF8.GetBytes(before), Encoding.UTF8.GetBytes(after));
        IOException ex = Assert.Throws<IOException>(() => EdgeListReader.Read(stream, "moving.txt", ct: TestContext.Current.CancellationToken));
        Assert.Contains("moving.txt", ex.Message, StringComparison.Ordinal);
        Assert.Contains("changed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileUnchangedBetweenPasses_Reads()
    {
        byte[] text = Encoding.UTF8.GetBytes("a b\nb c\n");
        using var stream = new ChangingStream(text, text);
        Assert.Equal(2, EdgeListReader.Read(stream, "still.txt", ct: TestContext.Current.CancellationToken).EdgeCount);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new MemoryStream("a b\n"u8.ToArray());
        Assert.ThrowsAny<OperationCanceledException>(() => EdgeListReader.Read(stream, "x", ct: cts.Token));
    }

    [Fact]
    public void Read_LinesAcrossBlockBoundaries_AllRead()
    {
        // About 5 MiB of text: crosses the 4 MiB block boundary in the middle of a line.
        var sb = new StringBuilder();
        var rng = new Random(11);
        var expected = new HashSet<(string, string)>();
        int lines = 0;
        while (sb.Length < 5 << 20)
        {
            string a = "node-" + rng.Next(50_000), b = rng.Next(50_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(a).Append(' ').Append(b).Append(lines % 3 == 0 ? "\r\n" : "\n");
            expected.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
            lines++;
        }

        EdgeListReadResult r = ReadText(sb.ToString());
        Assert.Equal(lines, r.EdgeLines);
        Assert.Equal(expected.Count, r.Graph.EdgeCount);
        foreach ((string a, string b, _) in EdgeKeys(r.Graph))
        {
            Assert.Contains(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a), expected);
        }
    }

    [Fact]
    public void Read_MissingFile_FormatError()
        => Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(Path.Combine(Path.GetTempPath(), "no-such-file-ng.txt"), ct: TestContext.Current.CancellationToken));

    [Fact]
    public void Read_BadOptions_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => EdgeListReader.Read(stream, "x", new EdgeListOptions { MaxLineLength = 3 }, ct: TestContext.Current.CancellationToken));
    }

    private sealed class RecordingProgress : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value) => Values.Add(value);
    }

    /// <summary>Compresses <paramref name="plain"/> as a gzip stream.</summary>
    private static byte[] Gzip(ReadOnlySpan<byte> plain)
    {
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(plain);
        }

        return packed.ToArray();
    }
}
