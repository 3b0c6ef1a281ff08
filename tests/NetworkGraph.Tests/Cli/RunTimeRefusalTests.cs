using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>Exact all-pairs columns estimated to run for hours are refused before any work, with advice that fits what was asked.</summary>
public sealed class RunTimeRefusalTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error, TestContext.Current.CancellationToken);
        return (code, error.ToString());
    }

    [Fact]
    public void Refusal_AdvisesApproxBetweennessOnlyWhenItWasNotGiven()
    {
        using var temp = new TempDirectory();
        string input = temp.Combine("sparse.txt");
        var random = new Random(5);
        // About 370 000 nodes and 500 000 edges: exact weighted betweenness is estimated at over half an hour, so the
        // run is refused at once; --approx-above keeps every column exact unless asked otherwise.
        File.WriteAllLines(input, Enumerable.Range(0, 500_000).Select(_ => string.Create(CultureInfo.InvariantCulture, $"{random.Next(400_000)} {random.Next(400_000)}")));
        string outDir = temp.Combine("out");

        var (code, error) = Run("analyze", "--edges", input, "-o", outDir, "--metrics", "betweenness,betweenness_weighted", "--approx-above", "100000000", "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("exact betweenness, betweenness_weighted", error, StringComparison.Ordinal);
        Assert.Contains("--approx-betweenness EPS", error, StringComparison.Ordinal);

        (code, error) = Run("analyze", "--edges", input, "-o", outDir, "--metrics", "betweenness,betweenness_weighted", "--approx-above", "100000000", "--approx-betweenness", "0.01", "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("exact betweenness_weighted", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--approx-betweenness", error, StringComparison.Ordinal);
        Assert.Contains("--exact", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Refusal_ExactClosenessAboveTheLimit_RefusedBeforeComputingAndRunBelowIt()
    {
        using var temp = new TempDirectory();
        string input = temp.Combine("path.txt");
        File.WriteAllLines(input, Enumerable.Range(0, 2_999).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i} {i + 1}")));
        string[] args = ["analyze", "--edges", input, "-o", temp.Combine("out"), "--metrics", "degree,closeness", "--quiet"];
        var graph = GraphInput.Read(input).Graph;
        TimeSpan estimate = NodeMetrics.Plan(graph, new NodeMetricsOptions { Columns = [MetricColumns.Closeness] })[MetricColumns.Closeness]!.EstimatedTime;
        Assert.True(estimate > TimeSpan.Zero);

        var (code, _, error) = Run(args, estimate / 2);
        Assert.Equal(2, code);
        Assert.Contains("exact closeness on this graph (n = 3000", error, StringComparison.Ordinal);
        Assert.Contains("--exact", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));

        (code, _, error) = Run(args, estimate * 2);
        Assert.True(code == 0, error);
        Assert.True(File.Exists(temp.Combine("out", "metrics.csv")));
    }

    private static (int Code, string Output, string Error) Run(string[] args, TimeSpan limit)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, new CliContext(output, error, TestContext.Current.CancellationToken) { LongRunLimit = limit });
        return (code, output.ToString(), error.ToString());
    }
}
