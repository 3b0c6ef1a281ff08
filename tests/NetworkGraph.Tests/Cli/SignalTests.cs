using System.Diagnostics;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>The tool as a process: SIGTERM and SIGINT end it with code 130 and leave no staging folder.</summary>
public sealed class SignalTests
{
    private static Process Start(string input, string outDir)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "NetworkGraph.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { dll, "analyze", "--edges", input, "--out", outDir, "--quiet", "--metrics", "community,clustering,core" })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static void Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Signal_DuringTheRun_Exits130AndLeavesNothing(string signal)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");
        using var temp = new TempDirectory();
        string input = temp.Combine("random.txt");
        var random = new Random(2);
        File.WriteAllLines(input, Enumerable.Range(0, 300_000).Select(_ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Next(60_000)} {random.Next(60_000)}")));
        string outDir = temp.Combine("out");
        using Process process = Start(input, outDir);
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        Signal(process, signal);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "ended");
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {error}");
        Assert.Equal(["random.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void CtrlC_WhileBlockedOnAFifo_Exits130()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are POSIX");
        using var temp = new TempDirectory();
        string fifo = temp.Combine("edges.fifo");
        using (Process mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        using Process process = Start(fifo, temp.Combine("out"));
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        Signal(process, "INT");
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!ended)
        {
            process.Kill();
        }

        Assert.True(ended, "a Ctrl-C ends a run blocked on a FIFO");
        Assert.Equal(130, process.ExitCode);
    }
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CtrlC_WhileBlockedOnAFifoAsActorsCsv_Exits130(int interrupts)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are POSIX");
        using var folder = new Surveys.SurveyFolder();
        string actors = Path.Combine(folder.Path, "actors.csv");
        File.Delete(actors);
        using (Process mkfifo = Process.Start("mkfifo", [actors]))
        {
            mkfifo.WaitForExit();
        }

        string dll = Path.Combine(AppContext.BaseDirectory, "NetworkGraph.Cli.dll");
        string outDir = Path.Combine(folder.Path, "out");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { dll, "analyze", folder.Path, "--out", outDir, "--quiet" })
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info)!;
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        for (int i = 0; i < interrupts; i++)
        {
            Signal(process, "INT");
            Thread.Sleep(TimeSpan.FromMilliseconds(200));
        }

        bool ended = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!ended)
        {
            process.Kill();
        }

        Assert.True(ended, "a Ctrl-C ends a run blocked on actors.csv as a FIFO");
        Assert.Equal(130, process.ExitCode);
        Assert.False(Directory.Exists(outDir));
    }
}
