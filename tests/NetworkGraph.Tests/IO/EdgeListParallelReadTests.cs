using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Microsoft.Win32.SafeHandles;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.IO;

/// <summary>A file read in stretches at once, with the edges kept between the passes or parsed twice, gives the
/// graph, the counts and the errors of the read on one thread.</summary>
public sealed class EdgeListParallelReadTests
{
    private static readonly string[] Words = ["a", "b", "node-1", "é", "x.y", "-3", "+3", "07", "0", "8388607", "8388608", "4294967296", "\uFEFFbom"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Property(MaxTest = 60)]
    public void RandomFile_InStretches_SameAsOneThread(int seed, bool directed, bool stage, byte stretches)
    {
        var rng = new Random(seed);
        using var dir = new TempDirectory();
        string path = dir.Combine("edges.txt");
        File.WriteAllBytes(path, RandomText(rng, rng.Next(50, 400)));
        var options = new EdgeListOptions { Directed = directed, MaxDegreeOfParallelism = 2 + (stretches % 7) };

        EdgeListReadResult expected = ReadOnOneThread(path, options);
        EdgeListReadResult? actual = ReadInStretches(path, options, minChunkBytes: 64, stage);

        Assert.NotNull(actual);
        AssertSame(expected, actual);
    }

    [Property(MaxTest = 60)]
    public void BadLine_InStretches_SameErrorAsOneThread(int seed, bool stage)
    {
        var rng = new Random(seed);
        using var dir = new TempDirectory();
        string path = dir.Combine("edges.txt");
        string[] bad = ["1 2 x", "1 2 3 4", "1 2 -1", "1 2 1e999", "a\0b c", "5 6 2e-200"];
        List<byte> bytes = [.. RandomText(rng, rng.Next(100, 300))];
        for (int errors = rng.Next(1, 3); errors > 0; errors--)
        {
            int at = bytes.IndexOf((byte)'\n', rng.Next(bytes.Count)) + 1;
            byte[] line = Encoding.UTF8.GetBytes(bad[rng.Next(bad.Length)] + "\n");
            bytes.InsertRange(at, rng.Next(6) == 0 ? [0xC3, 0x28, (byte)'\n'] : line);
        }

        File.WriteAllBytes(path, [.. bytes]);
        var options = new EdgeListOptions { MaxDegreeOfParallelism = 4 };
        var expected = Assert.Throws<GraphFormatException>(() => ReadOnOneThread(path, options));
        var actual = Assert.Throws<GraphFormatException>(() => ReadInStretches(path, options, minChunkBytes: 64, stage));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal((expected.Line, expected.Column), (actual.Line, actual.Column));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void LargeFileWithRepeatedTies_ByDefault_SameAsOneThread(bool directed, bool weighted)
    {
        // More than a million arcs, so that the rows are also sorted, merged and trimmed on several threads; ties
        // repeat often, so the last weight given must win across stretches.
        var rng = new Random(7);
        var text = new StringBuilder();
        var given = new List<(int, int)>();
        for (int i = 0; i < 700_000; i++)
        {
            (int s, int t) = i % 10 == 9 ? given[rng.Next(given.Count)] : (rng.Next(60_000), rng.Next(60_000));
            given.Add((s, t));
            text.Append(s).Append(' ').Append(t);
            if (weighted)
            {
                text.Append(' ').Append((rng.Next(1, 1000) / 8.0).ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        using var dir = new TempDirectory();
        string path = dir.Combine("large.txt");
        File.WriteAllText(path, text.ToString());
        var options = new EdgeListOptions { Directed = directed, MaxDegreeOfParallelism = 2 };

        EdgeListReadResult expected = ReadOnOneThread(path, options);
        Assert.True(expected.RepeatedEdges > 10_000);
        AssertSame(expected, EdgeListReader.ReadFile(path, options, minChunkBytes: 1 << 20, stageBytes: 1L << 30, null, Ct));
        AssertSame(expected, EdgeListReader.ReadFile(path, options, minChunkBytes: 1 << 20, stageBytes: 0, null, Ct));
    }

    [Fact]
    public void Progress_InStretches_RisesToOne()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("edges.txt");
        File.WriteAllBytes(path, RandomText(new Random(3), 20_000));
        var seen = new List<double>();
        var progress = new SynchronousProgress(seen);

        EdgeListReader.ReadFile(path, new EdgeListOptions { MaxDegreeOfParallelism = 3 }, minChunkBytes: 4096, stageBytes: 0, progress, Ct);

        Assert.Contains(seen, v => v is > 0 and < 1);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(1.0, seen[^1]);
    }

    [Fact]
    public void Cancelled_InStretches_Throws()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("edges.txt");
        File.WriteAllBytes(path, RandomText(new Random(4), 5_000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            EdgeListReader.ReadFile(path, new EdgeListOptions { MaxDegreeOfParallelism = 2 }, minChunkBytes: 1024, stageBytes: 1 << 20, null, cancelled.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void InvalidThreadCount_IsRefused(int threads)
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("edges.txt");
        File.WriteAllText(path, "1 2\n");
        Assert.Throws<ArgumentOutOfRangeException>(() => EdgeListReader.Read(path, new EdgeListOptions { MaxDegreeOfParallelism = threads }));
    }

    private static EdgeListReadResult ReadOnOneThread(string path, EdgeListOptions options)
        => EdgeListReader.ReadWithStatistics(path, options with { MaxDegreeOfParallelism = 1 }, ct: Ct);

    /// <summary>Reads through the parallel path itself, so that a fallback to one thread cannot pass unseen.</summary>
    private static EdgeListReadResult? ReadInStretches(string path, EdgeListOptions options, long minChunkBytes, bool stage)
    {
        using SafeFileHandle file = File.OpenHandle(path);
        var parser = new EdgeListParser(path, options);
        return parser.RunParallel(file, RandomAccess.GetLength(file), options.MaxDegreeOfParallelism, minChunkBytes, stage ? 1L << 30 : 0, null, Ct);
    }

    private static void AssertSame(EdgeListReadResult expected, EdgeListReadResult? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Lines, expected.EdgeLines, expected.NodeLines, expected.SelfLoops), (actual.Lines, actual.EdgeLines, actual.NodeLines, actual.SelfLoops));
        CsrGraph g = expected.Graph, h = actual.Graph;
        Assert.Equal((g.IsDirected, g.IsWeighted, g.NodeCount, g.EdgeCount), (h.IsDirected, h.IsWeighted, h.NodeCount, h.EdgeCount));
        Assert.Equal(g.Nodes.Keys, h.Nodes.Keys);
        Assert.Equal(g.Edges(), h.Edges());
    }

    /// <summary>Random lines (<see cref="RandomEdgeListText"/>), after a byte-order mark one time in three; some ids
    /// start with U+FEFF, which is part of the id anywhere but at the start of the file.</summary>
    private static byte[] RandomText(Random rng, int lines)
        => Encoding.UTF8.GetBytes((rng.Next(3) == 0 ? "\uFEFF" : string.Empty) + RandomEdgeListText.Create(rng, lines, Words, rng.Next(2) == 0 ? 30 : 3000));
}
