using NetworkGraph.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>The conventions of a .NET tool: usage, version, help, aliases, suggestions, refusals.</summary>
public sealed class CliConventionsTests
{
    private static string SmallGraph => Fixtures.EdgeListPath("lesmis");

    [Fact]
    public void Run_NoArguments_UsageOnStderrExitsTwo()
    {
        var (code, output, error) = CliRunner.Run();
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.Contains("analyze", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsVersionExitsZero()
    {
        var (code, output, error) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void AnalyzeHelp_ListsEveryOptionWithDefaultExampleAndExitCodes()
    {
        var (code, output, _) = CliRunner.Run("analyze", "--help");
        Assert.Equal(0, code);
        foreach (string option in new[] { "--edges", "-o, --out", "--metrics", "--outputs", "--lang", "--approx-betweenness", "--exact", "--exact-betweenness", "--approx-above", "--pagerank-tol", "--threads", "--seed", "--quiet" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", output, StringComparison.Ordinal);
        Assert.Contains("130", output, StringComparison.Ordinal);
        Assert.Contains("Default: all", output, StringComparison.Ordinal);
        Assert.Contains("Example:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ShortOutAndEqualsSyntaxAndOutputs_WritesOnlyTheChosenFiles()
    {
        using var temp = new TempDirectory();
        string a = temp.Combine("a"), b = temp.Combine("b");
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", a, "--metrics=degree", "--outputs", "metrics.csv,report.json", "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal(["metrics.csv", "report.json"], Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, $"--out={b}", "--metrics", "degree", "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal(5, Directory.GetFiles(b).Length);
    }

    [Theory]
    [InlineData("--metric", "--metrics")]
    [InlineData("--ouputs", "--outputs")]
    [InlineData("--directd", "--directed")]
    public void Analyze_MistypedOption_SuggestsTheClosest(string typed, string suggested)
    {
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", "unused", typed, "degree");
        Assert.Equal(2, code);
        Assert.Contains($"did you mean '{suggested}'", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Run_MistypedCommand_SuggestsAnalyze()
    {
        var (code, _, error) = CliRunner.Run("analyse", "--edges", SmallGraph);
        Assert.Equal(2, code);
        Assert.Contains("'analyze'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SeveralBadMetrics_AllReportedAtOnce()
    {
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", "unused", "--metrics", "degree,bogus,pagernak");
        Assert.Equal(2, code);
        Assert.Contains("'bogus'", error, StringComparison.Ordinal);
        Assert.Contains("'pagernak' (did you mean pagerank?)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metrics", ",")]
    [InlineData("--metrics", "")]
    [InlineData("--outputs", " , ")]
    [InlineData("--outputs", "metrics.csv,report.pdf")]
    public void Analyze_EmptyOrBadList_Refused(string option, string value)
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", temp.Combine("out"), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData("--lang", "de", "--lang", "fr")]
    [InlineData("--lang", "fr", "--lang", "en")]
    [InlineData("--seed", "1", "--seed", "2")]
    [InlineData("--quiet", "--quiet")]
    public void Analyze_RepeatedOption_Refused(params string[] repeated)
    {
        var (code, _, error) = CliRunner.Run(["analyze", "--edges", SmallGraph, "-o", "unused", .. repeated]);
        Assert.Equal(2, code);
        Assert.Contains($"option {repeated[0]} was given more than once", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--approx-betweenness", "1e-9", "[0.001, 1)")]
    [InlineData("--approx-betweenness", "1", "[0.001, 1)")]
    [InlineData("--approx-betweenness", "0", "[0.001, 1)")]
    [InlineData("--pagerank-tol", "0", "(0, 1)")]
    [InlineData("--threads", "0", "positive integer")]
    [InlineData("--approx-above", "-5", "≥ 0")]
    public void Analyze_OutOfRangeValue_ClearMessageExitsTwo(string option, string value, string range)
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", temp.Combine("out"), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains(range, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_LibraryOptions_AreWiredFromTheCommandLine()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "--edges", SmallGraph, "-o", temp.Combine("out"), "--exact-betweenness", "--approx-above", "1000", "--pagerank-tol", "1e-6", "--metrics", "pagerank", "--quiet");
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Analyze_EdgesIsAFolder_SaysSoExitsTwo()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "--edges", temp.Path, "-o", temp.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains($"{temp.Path}: is a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EdgesIsADanglingLink_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string link = temp.Combine("edges.txt");
        File.CreateSymbolicLink(link, temp.Combine("gone.txt"));
        var (code, _, error) = CliRunner.Run("analyze", "--edges", link, "-o", temp.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains($"{link}: is a symbolic link", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_NotATerminal_OneLineEveryTenSeconds()
    {
        TimeSpan now = TimeSpan.Zero;
        using var error = new StringWriter();
        var progress = new ConsoleProgress(error, quiet: false, terminal: false, clock: () => now);
        for (int second = 0; second <= 25; second++)
        {
            now = TimeSpan.FromSeconds(second);
            progress.Report(new NetworkGraph.Analysis.MetricsProgress("betweenness", second / 100.0));
        }

        string[] lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // at 2 s, 12 s and 22 s
        Assert.DoesNotContain("left", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Terminal_ShowsTimeLeft()
    {
        TimeSpan now = TimeSpan.Zero;
        using var error = new StringWriter();
        var progress = new ConsoleProgress(error, quiet: false, terminal: true, clock: () => now);
        progress.Report(new NetworkGraph.Analysis.MetricsProgress("closeness", 0));
        now = TimeSpan.FromSeconds(10);
        progress.Report(new NetworkGraph.Analysis.MetricsProgress("closeness", 0.25));
        Assert.Contains("closeness 25% (10 s, about 30 s left)", error.ToString(), StringComparison.Ordinal);
    }
}
