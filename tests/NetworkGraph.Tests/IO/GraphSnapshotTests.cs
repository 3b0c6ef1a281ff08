using System.IO.MemoryMappedFiles;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Tests.IO;

public sealed class GraphSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CsrGraph RandomGraph(int seed, bool directed, bool weighted, int n = 60, int m = 300)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(directed);
        for (int v = 0; v < n; v++)
        {
            b.AddNode(v % 7 == 0 ? $"nœud-{v}" : $"n{v}");
        }

        for (int i = 0; i < m; i++)
        {
            b.AddEdge(rng.Next(n), rng.Next(n), weighted ? 0.25 + rng.Next(16) : 1.0);
        }

        return b.Build();
    }

    private static void AssertSameGraph(CsrGraph expected, CsrGraph actual)
    {
        Assert.Equal(expected.IsDirected, actual.IsDirected);
        Assert.Equal(expected.IsWeighted, actual.IsWeighted);
        Assert.Equal(expected.Nodes.Keys, actual.Nodes.Keys);
        Assert.Equal(expected.OutOffsetArray, actual.OutOffsetArray);
        Assert.Equal(expected.OutTargetArray, actual.OutTargetArray);
        Assert.Equal(expected.OutWeightArray, actual.OutWeightArray);
        Assert.Equal(expected.InOffsetArray, actual.InOffsetArray);
        Assert.Equal(expected.InTargetArray, actual.InTargetArray);
        Assert.Equal(expected.InWeightArray, actual.InWeightArray);
        if (!actual.IsDirected)
        {
            Assert.Same(actual.OutTargetArray, actual.InTargetArray);
        }

        foreach (string key in expected.Nodes.Keys)
        {
            Assert.Equal(expected.Nodes.IndexOf(key), actual.Nodes.IndexOf(key));
        }
    }

    private string SaveRandom(out CsrGraph graph)
    {
        graph = RandomGraph(5, directed: true, weighted: true);
        string path = Path.Combine(_dir, "g.ngs");
        GraphSnapshot.Save(graph, path);
        return path;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void SaveLoad_RoundTrips(bool directed, bool weighted)
    {
        CsrGraph g = RandomGraph(1, directed, weighted);
        string path = Path.Combine(_dir, "g.ngs");
        GraphSnapshot.Save(g, path);
        AssertSameGraph(g, GraphSnapshot.Load(path));
        Assert.Single(Directory.GetFiles(_dir)); // no temporary file left behind
    }

    [Fact]
    public void SaveLoad_IsolatedNodesAndEmptyGraph_RoundTrip()
    {
        var b = new CsrGraphBuilder(directed: true);
        b.AddNode("alone");
        b.AddNode("");
        CsrGraph g = b.Build();
        string path = Path.Combine(_dir, "isolated.ngs");
        GraphSnapshot.Save(g, path);
        AssertSameGraph(g, GraphSnapshot.Load(path));

        CsrGraph empty = new CsrGraphBuilder(directed: false).Build();
        GraphSnapshot.Save(empty, path);
        AssertSameGraph(empty, GraphSnapshot.Load(path));
    }

    [Fact]
    public void Load_Truncated_SaysSo()
    {
        string path = SaveRandom(out _);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal(0, ex.Line);
        Assert.StartsWith("the file is truncated", ex.Problem, StringComparison.Ordinal);
        Assert.Equal($"{path}: {ex.Problem}", ex.Message);
    }

    [Fact]
    public void Load_FlippedPayloadByte_ChecksumMismatch()
    {
        string path = SaveRandom(out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
        Assert.Contains("checksum does not match", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FlippedHeaderByte_HeaderChecksumMismatch()
    {
        string path = SaveRandom(out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[20] ^= 0x01; // inside the node count
        File.WriteAllBytes(path, bytes);
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
        Assert.Contains("header checksum", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, 61)]
    [InlineData(false, true, 60)]
    [InlineData(true, false, 59)]
    public void Save_SectionsAreAlignedAndUsableInPlaceThroughAMemoryMap(bool directed, bool weighted, int n)
    {
        // n chosen so that 4(n + 1) is not always a multiple of 8: the padding is exercised.
        CsrGraph g = RandomGraph(5, directed, weighted, n);
        string path = Path.Combine(_dir, "mapped.ngs");
        GraphSnapshot.Save(g, path);
        using var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using MemoryMappedViewAccessor view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        Assert.Equal(g.NodeCount, view.ReadInt64(16));
        Assert.Equal(g.ArcCount, view.ReadInt64(24));
        long at = 64;
        void Section<T>(T[] expected)
            where T : struct
        {
            Assert.Equal(0, at % 8);
            var actual = new T[expected.Length];
            view.ReadArray(at, actual, 0, actual.Length);
            Assert.Equal(expected, actual);
            long bytes = (long)expected.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            at += (bytes + 7) / 8 * 8;
        }

        Section(g.OutOffsetArray);
        Section(g.OutTargetArray);
        if (weighted)
        {
            Section(g.OutWeightArray!);
        }

        if (directed)
        {
            Section(g.InOffsetArray);
            Section(g.InTargetArray);
            if (weighted)
            {
                Section(g.InWeightArray!);
            }
        }

        (byte[] arena, int[] starts) = g.Nodes.ToUtf8();
        Section(starts);
        Assert.Equal(at + arena.Length, new FileInfo(path).Length);
    }

    [Fact]
    public void Load_OtherVersion_SaysWhichVersions()
    {
        string path = SaveRandom(out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[8] = 9;
        File.WriteAllBytes(path, bytes);
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
        Assert.Equal("snapshot format version 9 is not supported (this library reads version 2)", ex.Problem);
    }

    [Fact]
    public void Load_TrailingBytes_Rejected()
    {
        string path = SaveRandom(out _);
        File.AppendAllText(path, "extra");
        GraphFormatException ex = Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
        Assert.Contains("5 unexpected bytes", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b\n")]
    [InlineData("a text file that is long enough to hold a header of sixty-four bytes, but is not one")]
    public void Load_NotASnapshot_Rejected(string text)
    {
        string path = Path.Combine(_dir, "not.ngs");
        File.WriteAllText(path, text);
        Assert.Throws<GraphFormatException>(() => GraphSnapshot.Load(path));
    }

    [Fact]
    public void Save_ReplacesExistingFile()
    {
        string path = SaveRandom(out _);
        CsrGraph other = RandomGraph(9, directed: false, weighted: false, n: 5, m: 4);
        GraphSnapshot.Save(other, path);
        AssertSameGraph(other, GraphSnapshot.Load(path));
    }
}
