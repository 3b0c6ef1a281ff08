using System.IO.Compression;
using System.Text;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.IO;

/// <summary>Corrupt gzip, extreme weights, unusable paths and fast weight parsing of the edge-list reader.</summary>
public sealed class EdgeListHostileInputTests
{
    private static byte[] ChainGzip(int edges, int first = 1)
    {
        var sb = new StringBuilder();
        for (int i = first; i < first + edges; i++)
        {
            sb.Append(i).Append(' ').Append(i + 1).Append('\n');
        }

        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        return packed.ToArray();
    }

    private static GraphFormatException FailsBothWays(byte[] bytes)
    {
        using var seekable = new MemoryStream(bytes);
        GraphFormatException a = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(seekable, "c.gz", ct: TestContext.Current.CancellationToken));
        using var pipe = new NonSeekableStream(new MemoryStream(bytes));
        GraphFormatException b = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(pipe, "c.gz", ct: TestContext.Current.CancellationToken));
        Assert.Equal(a.Message, b.Message);
        return a;
    }

    [Fact]
    public void Gzip_Whole_Accepted()
    {
        CsrGraph g = EdgeListReader.Read(new MemoryStream(ChainGzip(20000)), "c.gz", ct: TestContext.Current.CancellationToken);
        Assert.Equal(20001, g.NodeCount);
    }

    [Fact]
    public void Gzip_TruncatedMidStream_RefusedWithByteOffset()
    {
        byte[] whole = ChainGzip(20000);
        byte[] cut = whole[..(whole.Length / 2)];
        GraphFormatException ex = FailsBothWays(cut);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
        Assert.Contains($"byte {cut.Length}", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_TrailerCut_Refused()
    {
        byte[] whole = ChainGzip(20000);
        GraphFormatException ex = FailsBothWays(whole[..^8]);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_TrailerPartlyCut_Refused()
    {
        byte[] whole = ChainGzip(100);
        FailsBothWays(whole[..^3]);
    }

    [Fact]
    public void Gzip_CrcCorrupted_Refused()
    {
        byte[] bytes = ChainGzip(100);
        bytes[^6] ^= 0x55;
        GraphFormatException ex = FailsBothWays(bytes);
        Assert.Contains("CRC", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_LengthCorrupted_Refused()
    {
        byte[] bytes = ChainGzip(100);
        bytes[^2] ^= 0x01;
        FailsBothWays(bytes);
    }

    [Fact]
    public void Gzip_JunkAppended_RefusedWithByteOffset()
    {
        byte[] whole = ChainGzip(100);
        byte[] bytes = [.. whole, .. "junk after the end\n"u8];
        GraphFormatException ex = FailsBothWays(bytes);
        Assert.Contains($"byte {whole.Length}", ex.Problem, StringComparison.Ordinal);
    }

    private static CsrGraph ReadBothWays(byte[] bytes)
    {
        CsrGraph a = EdgeListReader.Read(new MemoryStream(bytes), "c.gz", ct: TestContext.Current.CancellationToken);
        using var pipe = new NonSeekableStream(new MemoryStream(bytes));
        CsrGraph b = EdgeListReader.Read(pipe, "c.gz", ct: TestContext.Current.CancellationToken);
        Assert.Equal(a.Edges().Select(e => (a.Nodes[e.Source], a.Nodes[e.Target])), b.Edges().Select(e => (b.Nodes[e.Source], b.Nodes[e.Target])));
        return a;
    }

    /// <summary>The gzip member with its header flag FNAME set and a file name inserted after the fixed header.</summary>
    private static byte[] WithFileName(byte[] member, string name)
    {
        byte[] header = member[..10];
        header[3] |= 0x08;
        return [.. header, .. Encoding.ASCII.GetBytes(name), 0, .. member[10..]];
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_AllRead()
    {
        // cat a.gz b.gz c.gz: small, empty, and larger than the reader's look-ahead, one with a file name in its header.
        byte[] bytes = [.. ChainGzip(3), .. ChainGzip(0), .. WithFileName(ChainGzip(20000, first: 100), "b.txt"), .. ChainGzip(2, first: 50)];
        CsrGraph g = ReadBothWays(bytes);
        Assert.Equal(3 + 20000 + 2, g.EdgeCount);
        Assert.Equal(4 + 20001 + 3, g.NodeCount);
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_FirstCrcCorrupted_RefusedNamingTheMember()
    {
        byte[] a = ChainGzip(100);
        a[^6] ^= 0x55;
        GraphFormatException ex = FailsBothWays([.. a, .. ChainGzip(5, first: 500)]);
        Assert.Contains("member 1", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("CRC", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_LastTruncated_RefusedWithByteOffset()
    {
        byte[] a = ChainGzip(100);
        byte[] b = ChainGzip(20000, first: 500);
        byte[] bytes = [.. a, .. b[..(b.Length / 2)]];
        GraphFormatException ex = FailsBothWays(bytes);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
        Assert.Contains($"byte {bytes.Length}", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("member 2", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_SecondHeaderCut_Refused()
    {
        byte[] a = ChainGzip(100);
        GraphFormatException ex = FailsBothWays([.. a, .. ChainGzip(5)[..6]]);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("header of member 2", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_JunkAfterLast_RefusedWithByteOffset()
    {
        byte[] members = [.. ChainGzip(100), .. ChainGzip(20000, first: 500)];
        GraphFormatException ex = FailsBothWays([.. members, .. "junk\n"u8]);
        Assert.Contains($"byte {members.Length}, but 5 more bytes", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_ConcatenatedMembers_EveryCutOrFlippedByteOutsideTheHeaders_Refused()
    {
        byte[] a = ChainGzip(30);
        byte[] b = ChainGzip(20, first: 100);
        byte[] whole = [.. a, .. b];
        for (int cut = 2; cut < whole.Length; cut++)
        {
            using var stream = new MemoryStream(whole[..cut]);
            if (cut == a.Length)
            {
                Assert.Equal(30, EdgeListReader.Read(stream, "c.gz", ct: TestContext.Current.CancellationToken).EdgeCount); // one whole member
            }
            else
            {
                Assert.True(Refused(stream), $"cut after byte {cut} of {whole.Length} (first member: {a.Length} bytes)");
            }
        }

        // Bytes 4–9 of a header (time, flags, system) are not checked by the format, nor the padding bits of the last
        // compressed byte before each trailer; every other byte is.
        bool Checked(int i) => i < 4 || (i >= 10 && i < a.Length - 9) || (i >= a.Length - 8 && i < a.Length + 4) || (i >= a.Length + 10 && i != whole.Length - 9);
        foreach (int at in Enumerable.Range(0, whole.Length).Where(Checked))
        {
            byte[] flipped = [.. whole];
            flipped[at] ^= 0x10;
            using var stream = new MemoryStream(flipped);
            Assert.True(Refused(stream), $"byte {at} of {whole.Length} flipped (first member: {a.Length} bytes)");
        }
    }

    private static bool Refused(Stream stream)
    {
        try
        {
            EdgeListReader.Read(stream, "c.gz", ct: TestContext.Current.CancellationToken);
            return false;
        }
        catch (GraphFormatException)
        {
            return true;
        }
    }

    [Fact]
    public void Gzip_BadHeaderCrc16_Refused()
    {
        byte[] member = ChainGzip(10);
        byte[] header = member[..10];
        header[3] |= 0x02;
        GraphFormatException ex = FailsBothWays([.. header, 0x12, 0x34, .. member[10..]]);
        Assert.Contains("CRC-16", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_TenBytes_ReportedAsTruncatedNotEmpty()
    {
        byte[] bytes = ChainGzip(10)[..10];
        GraphFormatException ex = FailsBothWays(bytes);
        Assert.DoesNotContain("empty", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_ThroughDevStdinLikePipe_TruncationRefused()
    {
        byte[] whole = ChainGzip(20000);
        using var pipe = new NonSeekableStream(new MemoryStream(whole[..20000]));
        Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(pipe, "/dev/stdin", ct: TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("x y 1e-310", 5)]
    [InlineData("x y 4.9e-324", 5)]
    [InlineData("x y 1e-151", 5)]
    [InlineData("a b\nx y 1.7e308", 5)]
    [InlineData("x y 1e151", 5)]
    [InlineData("x  y\t2e200", 6)]
    public void Weight_OutsideRange_RefusedAtItsColumn(string text, int column)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(stream, "w.txt", ct: TestContext.Current.CancellationToken));
        Assert.Equal(text.Count(c => c == '\n') + 1, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains("1e-150", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("INF")]
    [InlineData("-inf")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    public void Weight_InfinityOrNaN_RefusedAtItsColumn(string weight)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"a b 1.5\nx  y {weight}\n"));
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(stream, "w.txt", ct: TestContext.Current.CancellationToken));
        Assert.Equal(2, ex.Line);
        Assert.Equal(6, ex.Column);
        Assert.Contains($"weight '{weight}'", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-150")]
    [InlineData("1e150")]
    [InlineData("0.000001")]
    public void Weight_AtRangeEnds_Accepted(string weight)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"x y {weight}\n"));
        CsrGraph g = EdgeListReader.Read(stream, "w.txt", ct: TestContext.Current.CancellationToken);
        Assert.Equal(double.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), g.Edges().Single().Weight);
    }

    [Fact]
    public void Weights_ParsedExactlyAsDoubleParse()
    {
        var rng = new Random(7);
        var texts = new List<string>
        {
            "0.1", "0.2", "0.3", "2.5", "1.000000000000000000001", "9007199254740993", "123456789012345678901234567890",
            "1e22", "1e23", "4.9e-150", "1.7976931348623157e150", "3.14159265358979323846", "+2", "2.", ".5", "5E-3", "0.1e1",
            "00000000000000000000001.5", "1_000", "0x10", "1e", "--1", "1e+", "NaN", "Infinity", "1,5", "1.2.3",
        };
        for (int i = 0; i < 2000; i++)
        {
            double v = Math.Exp((rng.NextDouble() * 40) - 20);
            texts.Add(v.ToString(i % 3 == 0 ? "R" : i % 3 == 1 ? "F6" : "E10", System.Globalization.CultureInfo.InvariantCulture));
            texts.Add(rng.Next(1, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + rng.Next(0, 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (string t in texts)
        {
            bool expectedOk = double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double expected)
                && expected is >= 1e-150 and <= 1e150;
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"a b {t}\n"));
            if (expectedOk)
            {
                CsrGraph g = EdgeListReader.Read(stream, "w.txt", ct: TestContext.Current.CancellationToken);
                Assert.True(expected == g.Edges().Single().Weight, $"'{t}': expected {expected:R}, read {g.Edges().Single().Weight:R}");
            }
            else
            {
                Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(stream, "w.txt", ct: TestContext.Current.CancellationToken));
            }
        }
    }

    [Fact]
    public void Path_Directory_RefusedAsFormatError()
    {
        string dir = Directory.CreateTempSubdirectory("ng-edges-").FullName;
        try
        {
            GraphFormatException ex = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(dir, ct: TestContext.Current.CancellationToken));
            Assert.Contains("is a folder, not a file", ex.Problem, StringComparison.Ordinal);
            Assert.Equal(dir, ex.FilePath);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Path_Missing_RefusedAsFormatError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ng-missing-{Guid.NewGuid():N}.txt");
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(path, ct: TestContext.Current.CancellationToken));
        Assert.Contains("no such file", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_DanglingSymlink_RefusedAsFormatError()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = Directory.CreateTempSubdirectory("ng-edges-").FullName;
        try
        {
            string link = Path.Combine(dir, "edges.txt");
            File.CreateSymbolicLink(link, Path.Combine(dir, "gone.txt"));
            GraphFormatException ex = Assert.Throws<GraphFormatException>(() => EdgeListReader.Read(link, ct: TestContext.Current.CancellationToken));
            Assert.Contains("symbolic link", ex.Problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
