using System.Globalization;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

public sealed class AnalyzeEdgesTests
{
    [Theory]
    [InlineData("analyze", "--help")]
    [InlineData("analyze", "--edges", "whatever.txt", "-h")]
    public void AnalyzeHelp_PrintsUsageAndSucceeds(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(0, code);
        Assert.Contains("networkgraph analyze --edges FILE", output);
        Assert.Equal("", error);
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Analyze_FixtureGraph_EveryColumnEqualsNetworkX(string name)
    {
        using var temp = new TempDirectory();
        string outDir = temp.Path;
        string[] args = ["analyze", "--edges", Fixtures.EdgeListPath(name), "--out", outDir, "--quiet"];
        if (Fixtures.GraphJson(name).GetProperty("directed").GetBoolean())
        {
            args = [.. args, "--directed"];
        }

        var (code, _, error) = CliRunner.Run(args);
        Assert.True(code == 0, error);
        var (header, rows) = CliRunner.ReadCsv(Path.Combine(outDir, "metrics.csv"));
        Assert.Equal(["id", .. MetricColumns.All], header);
        Assert.Equal(Fixtures.ExpectedIds(name), rows.Select(r => r[0]));
        foreach (string column in MetricColumns.All.Where(c => c != MetricColumns.Community))
        {
            double?[] expected = Fixtures.ExpectedColumn(name, column);
            int index = Array.IndexOf(header, column);
            double tolerance = column is MetricColumns.Eigenvector ? 1e-6 : 1e-9;
            for (int v = 0; v < rows.Length; v++)
            {
                string cell = rows[v][index];
                double actual = cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
                Fixtures.AssertClose(expected[v], actual, tolerance, $"{name} {column} of '{rows[v][0]}'");
            }
        }

        // Communities: labels are 0.., and report.json's modularity is that of the written partition.
        int communityIndex = Array.IndexOf(header, MetricColumns.Community);
        int[] labels = rows.Select(r => int.Parse(r[communityIndex], CultureInfo.InvariantCulture)).ToArray();
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        JsonElement root = report.RootElement;
        Assert.Equal(labels.Max() + 1, root.GetProperty("communities").GetInt32());
        double modularity = NetworkGraph.Algorithms.Communities.Modularity(Fixtures.LoadGraph(name), labels);
        Assert.Equal(modularity, root.GetProperty("modularity").GetDouble(), 12);
        JsonElement expectedGraph = Fixtures.GraphJson(name);
        Assert.Equal(expectedGraph.GetProperty("weak_components").GetInt32(), root.GetProperty("components").GetInt32());
        Assert.Equal(expectedGraph.GetProperty("strong_components").GetInt32(), root.GetProperty("strong_components").GetInt32());
        Fixtures.AssertClose(expectedGraph.GetProperty("density").GetDouble(), root.GetProperty("density").GetDouble(), 1e-12, "density");
        foreach (string file in new[] { "report.json", "metrics.csv", "report.html", "network.graphml", "network.gexf" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        JsonElement timings = root.GetProperty("timings");
        Assert.True(timings.TryGetProperty("load", out _));
        Assert.True(timings.TryGetProperty("components", out _));
        foreach (string column in MetricColumns.All)
        {
            Assert.True(timings.GetProperty(column).GetDouble() >= 0, column);
        }
    }

    [Fact]
    public void Analyze_MetricsSubset_WritesOnlyThoseColumnsInContractOrder()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Path;
        var (code, _, error) = CliRunner.Run("analyze", "--edges", Fixtures.EdgeListPath("florentine"), "--out", outDir, "--metrics", "pagerank,degree", "--quiet");
        Assert.True(code == 0, error);
        var (header, rows) = CliRunner.ReadCsv(Path.Combine(outDir, "metrics.csv"));
        Assert.Equal(["id", "degree", "pagerank"], header);
        Assert.Equal(16, rows.Length);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var stages = report.RootElement.GetProperty("timings").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["load", "degree", "pagerank", "components"], stages);
    }

    [Theory]
    [InlineData("a b c d\n", 1, 7, "column")]
    [InlineData("a b 1\nb c x1\n", 2, 5, "x1")]
    [InlineData("a b NaN\n", 1, 5, "NaN")]
    [InlineData("a b -2\n", 1, 5, "-2")]
    [InlineData("a b 0\n", 1, 5, "0")]
    [InlineData("# only a comment\n", 1, 1, "empty")]
    public void Analyze_MalformedEdgeList_ExitsTwoNamingLineAndColumn(string text, int line, int column, string mention)
    {
        using var temp = new TempDirectory();
        string dir = temp.Path;
        string file = Path.Combine(dir, "bad.txt");
        File.WriteAllText(file, text);
        string outDir = Path.Combine(dir, "out");
        var (code, _, error) = CliRunner.Run("analyze", "--edges", file, "--out", outDir);
        Assert.Equal(2, code);
        Assert.Contains($"{file}:{line}:{column}", error, StringComparison.Ordinal);
        Assert.Contains(mention, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.GetDirectories(dir));
    }

    [Fact]
    public void Analyze_EmptyFile_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string dir = temp.Path;
        string file = Path.Combine(dir, "empty.txt");
        File.WriteAllText(file, string.Empty);
        var (code, _, error) = CliRunner.Run("analyze", "--edges", file, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains(file, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_BinaryGarbage_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string dir = temp.Path;
        string file = Path.Combine(dir, "garbage.bin");
        File.WriteAllBytes(file, [0x61, 0x20, 0x62, 0x0A, 0x00, 0xFF, 0xFE, 0x01, 0x02, 0x0A]);
        var (code, _, error) = CliRunner.Run("analyze", "--edges", file, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains($"{file}:2:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "--edges", "x.txt")]
    [InlineData("analyze", "--out", "o")]
    [InlineData("analyze", "--edges", "x.txt", "--out", "o", "--metrics", "degree,bogus")]
    [InlineData("analyze", "--edges", "x.txt", "--out", "o", "--approx-betweenness", "2")]
    [InlineData("analyze", "--edges", "x.txt", "--out", "o", "--frobnicate")]
    [InlineData("frobnicate")]
    public void Run_BadArguments_ExitsTwoWithOneMessage(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("networkgraph: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingFile_ExitsTwo()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "--edges", "/nonexistent/graph.txt", "--out", temp.Path);
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/graph.txt", error, StringComparison.Ordinal);
    }
}

public sealed class AnalyzeCancellationTests
{
    [Fact]
    public void Analyze_Cancelled_Exits130AndWritesNothing()
    {
        using var temp = new TempDirectory();
        string dir = temp.Path;
        string outDir = Path.Combine(dir, "out");
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        int code = NetworkGraph.Cli.CliApp.Run(
            ["analyze", "--edges", NetworkGraph.Tests.Support.Fixtures.EdgeListPath("lesmis"), "--out", outDir],
            output,
            error,
            cancelled.Token);
        Assert.Equal(130, code);
        Assert.Contains("cancelled", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.GetDirectories(dir));
    }
}
