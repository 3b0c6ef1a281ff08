using NetworkGraph.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>OUT_DIR is checked before computing, outputs land all or none, staging folders never linger.</summary>
public sealed class OutputStageTests
{
    private static string SmallGraph => Fixtures.EdgeListPath("lesmis");

    private static (int Code, string Error) Analyze(string input, string outDir, params string[] more)
    {
        var (code, _, error) = CliRunner.Run(["analyze", "--edges", input, "--out", outDir, "--quiet", "--metrics", "degree", .. more]);
        return (code, error);
    }

    [Fact]
    public void Out_Empty_ExitsTwo()
    {
        var (code, error) = Analyze(SmallGraph, "");
        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_ExistingFile_ExitsTwoBeforeReadingTheInput()
    {
        using var temp = new TempDirectory();
        string file = temp.Combine("taken.txt");
        File.WriteAllText(file, "keep me");
        string corrupt = temp.Combine("bad.txt");
        File.WriteAllText(corrupt, "a b not-a-weight\n");
        var (code, error) = Analyze(corrupt, file);
        Assert.Equal(2, code);
        Assert.Contains($"--out {file}: is a file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bad.txt", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Out_DevNull_ExitsTwo()
    {
        var (code, error) = Analyze(SmallGraph, "/dev/null");
        Assert.Equal(2, code);
        Assert.Contains("--out /dev/null", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_TheInputItself_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string input = temp.Combine("edges.txt");
        File.Copy(SmallGraph, input);
        var (code, error) = Analyze(input, input);
        Assert.Equal(2, code);
        Assert.Contains($"--out {input}", error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(SmallGraph), File.ReadAllBytes(input));
    }

    [Fact]
    public void Out_DanglingLink_ExitsTwoNamingTheLink()
    {
        using var temp = new TempDirectory();
        string link = temp.Combine("out");
        Directory.CreateSymbolicLink(link, temp.Combine("missing"));
        var (code, error) = Analyze(SmallGraph, link);
        Assert.Equal(2, code);
        Assert.Contains($"--out {link}: is a symbolic link", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_LoopingLink_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string a = temp.Combine("a"), b = temp.Combine("b");
        Directory.CreateSymbolicLink(a, b);
        Directory.CreateSymbolicLink(b, a);
        var (code, error) = Analyze(SmallGraph, a);
        Assert.Equal(2, code);
        Assert.Contains($"--out {a}: is a symbolic link that loops", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_ReadOnlyParent_ExitsTwoNamingTheUsersPath()
    {
        Assert.SkipWhen(Environment.UserName == "root", "needs permissions that bind the user");
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs POSIX permissions");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempDirectory();
        string parent = temp.Combine("locked");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        string outDir = Path.Combine(parent, "out");
        var (code, error) = Analyze(SmallGraph, outDir);
        Assert.Equal(2, code);
        Assert.Contains($"--out {outDir}: cannot write", error, StringComparison.Ordinal);
        Assert.DoesNotContain(StagingFolders.Prefix, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_UnderAReadOnlyFileSystem_ExitsTwoNamingTheUsersPath()
    {
        // /sys refuses new entries even to root, so this runs where the permission test above cannot.
        Assert.SkipUnless(OperatingSystem.IsLinux() && Directory.Exists("/sys/kernel"), "needs Linux's /sys");
        string outDir = "/sys/networkgraph-out";
        var (code, error) = Analyze(SmallGraph, outDir);
        Assert.Equal(2, code);
        Assert.Contains($"--out {outDir}: cannot write", error, StringComparison.Ordinal);
        Assert.DoesNotContain(StagingFolders.Prefix, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Out_ContainsAFolderNamedLikeAnOutput_NothingLands()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Combine("out");
        Directory.CreateDirectory(Path.Combine(outDir, "metrics.csv"));
        var (code, error) = Analyze(SmallGraph, outDir);
        Assert.Equal(2, code);
        Assert.Contains("metrics.csv", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void Commit_OneFileCannotLand_OutDirIsAsBefore()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "a.csv"), "old");
        OutputTarget target = OutputTarget.Check(outDir, [], []);
        using (var staged = new StagedOutput(target))
        {
            File.WriteAllText(staged.PathOf("a.csv"), "new");
            File.WriteAllText(staged.PathOf("b.json"), "new");
            Directory.CreateDirectory(Path.Combine(outDir, "b.json")); // appears after the check
            Assert.Throws<IOException>(staged.Commit);
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Out_LongValidName_Works()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Combine(new string('o', 245));
        var (code, error) = Analyze(SmallGraph, outDir);
        Assert.True(code == 0, error);
        Assert.Equal(5, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public void Run_StaleStagingOfADeadProcess_IsRemoved()
    {
        using var temp = new TempDirectory();
        string stale = temp.Combine(StagingFolders.Prefix + int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "network.graphml"), "<partial");
        var (code, error) = Analyze(SmallGraph, temp.Combine("out"));
        Assert.True(code == 0, error);
        Assert.False(Directory.Exists(stale));
        Assert.Equal(["out"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_StagingOfALiveProcess_IsKept()
    {
        using var temp = new TempDirectory();
        using var live = System.Diagnostics.Process.GetProcessById(1);
        string other = temp.Combine(StagingFolders.Prefix + "1");
        Directory.CreateDirectory(other);
        var (code, error) = Analyze(SmallGraph, temp.Combine("out"));
        Assert.True(code == 0, error);
        Assert.True(Directory.Exists(other));
    }

    [Fact]
    public void Analyze_BlockedOnAFifo_CtrlCExits130()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are POSIX");
        using var temp = new TempDirectory();
        string fifo = temp.Combine("edges.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        string outDir = temp.Combine("out");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int code = CliApp.Run(["analyze", "--edges", fifo, "--out", outDir], output, error, cts.Token);
        Assert.Equal(130, code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "cancelled promptly");
        Assert.False(Directory.Exists(outDir));

        // Release the reader still blocked in open(): it then sees end of file.
        using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
        }
    }

    [Fact]
    public void Analyze_CtrlCDuringParallelStages_Exits130()
    {
        using var temp = new TempDirectory();
        string input = temp.Combine("random.txt");
        var random = new Random(1);
        // Large enough that Leiden and clustering are still running when the token fires (about 5 s of work on 2 cores).
        File.WriteAllLines(input, Enumerable.Range(0, 1_500_000).Select(_ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Next(300_000)} {random.Next(300_000)}")));
        string outDir = temp.Combine("out");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["analyze", "--edges", input, "--out", outDir, "--metrics", "community,clustering", "--quiet"], output, error, cts.Token);
        Assert.True(code == 130, error.ToString());
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(["random.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
