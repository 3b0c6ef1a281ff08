using System.Diagnostics;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests;

/// <summary>The service's pages in a real browser: the service on Kestrel on a loopback port with data/zone6 and
/// data/zone6-2017 ingested, its home page, the wave's report, the comparison of the two waves and the directory opened
/// in Debian's chromium (driven by playwright-core from the front end's
/// <c>npm ci</c>). Screenshots go to <c>screenshots/</c> in the test output folder.</summary>
public sealed class ServicePagesBrowserTests
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HomeAndWavePages_OpenOverLoopback_WithNoExternalRequestAndAWorkingMap()
    {
        string root = RepositoryRoot();
        string frontend = Path.Combine(root, "frontend");
        Assert.SkipUnless(File.Exists(Chromium) && Directory.Exists(Path.Combine(frontend, "node_modules", "playwright-core")),
            "needs /usr/bin/chromium (apt chromium) and playwright-core from the front end's npm ci");

        await using RunningService service = await RunningService.StartAsync();
        string wave = Path.Combine(service.Inbox, "zone6");
        RunningService.CopyZone6(wave);
        await File.WriteAllTextAsync(Path.Combine(wave, "READY"), string.Empty, Ct);
        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(service.Inbox, "processed", "zone6"))));
        // The illustrative second wave, to open the comparison page.
        string later = Path.Combine(service.Inbox, "zone6-2017");
        Directory.CreateDirectory(later);
        foreach (string file in Directory.GetFiles(Path.Combine(root, "data", "zone6-2017"), "*.csv"))
        {
            File.Copy(file, Path.Combine(later, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(later, "READY"), string.Empty, Ct);
        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(service.Inbox, "processed", "zone6-2017"))));
        string served = await service.Client.GetStringAsync("/waves/zone6", Ct);
        Assert.SkipUnless(served.Contains("id=\"ng-data\"", StringComparison.Ordinal), "the report was built without its map (Node.js absent at build time)");

        DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(service.Inbox, "processed", "zone6")));
        string search = analysis.Network.Dataset.Actors.First(a => a.Name.Length > 3).Name;
        string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        string baseUrl = service.Client.BaseAddress!.ToString().TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", baseUrl, StringComparison.Ordinal);

        JsonElement r = await RunNodeAsync(Path.Combine(root, "tests", "NetworkGraph.Service.Tests", "browser", "check-service.mjs"), baseUrl, "zone6", search, shots, frontend, "zone6-2017");

        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        JsonElement home = r.GetProperty("home");
        Assert.Equal(200, home.GetProperty("status").GetInt32());
        Assert.Empty(home.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(home.GetProperty("external").EnumerateArray());
        Assert.Contains(home.GetProperty("waveLinks").EnumerateArray(), l => l.GetString() == baseUrl + "/waves/zone6?lang=en");

        JsonElement report = r.GetProperty("report");
        Assert.Equal(200, report.GetProperty("status").GetInt32());
        Assert.Empty(report.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(report.GetProperty("external").EnumerateArray());
        // The report is one self-contained page (its icon inline too): its only request is the page itself.
        Assert.All(report.GetProperty("requests").EnumerateArray(), u => Assert.True(
            u.GetString() == baseUrl + "/waves/zone6", u.GetString() + " requested by the report"));
        Assert.Equal(analysis.Network.Dataset.Actors.Length, report.GetProperty("nodes").GetInt32());
        JsonElement visible = report.GetProperty("visibleEdges");
        int all = visible.GetProperty("all").GetInt32();
        Assert.Equal(analysis.Network[SurveyLayer.All].Edges().Count(), all);
        Assert.Equal(analysis.Network[SurveyLayer.Referral].Edges().Count(), visible.GetProperty("referral").GetInt32());
        Assert.NotEqual(all, visible.GetProperty("referral").GetInt32());
        string expectedId = analysis.Network.Dataset.Actors.First(a => a.Name.Equals(search, StringComparison.OrdinalIgnoreCase)).Id;
        Assert.Equal(expectedId, report.GetProperty("focused").GetString());
        Assert.Equal(search, report.GetProperty("cardTitle").GetString());
        Assert.True(report.GetProperty("charts").GetInt32() >= 15);
        Assert.Empty(report.GetProperty("chartsWithoutTable").EnumerateArray());
        DatasetAnalysis second = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(service.Inbox, "processed", "zone6-2017")));
        JsonElement compare = r.GetProperty("compare");
        Assert.Equal(200, compare.GetProperty("status").GetInt32());
        Assert.Equal("fr", compare.GetProperty("lang").GetString());
        Assert.Empty(compare.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(compare.GetProperty("external").EnumerateArray());
        Assert.Equal(analysis.Network.Dataset.Actors.Length, compare.GetProperty("nodesA").GetInt32());
        Assert.Equal(second.Network.Dataset.Actors.Length, compare.GetProperty("nodesB").GetInt32());

        JsonElement directory = r.GetProperty("directory");
        Assert.Equal(200, directory.GetProperty("status").GetInt32());
        Assert.Equal("fr", directory.GetProperty("lang").GetString());
        Assert.Empty(directory.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(directory.GetProperty("external").EnumerateArray());
        string[] rows = [.. directory.GetProperty("actorRows").EnumerateArray().Select(x => x.GetString()!)];
        Assert.Equal(analysis.Network.Dataset.Actors.Select(a => a.Id).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(shots, "service-home.png")));
        Assert.True(File.Exists(Path.Combine(shots, "service-zone6.png")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NetworkGraph.sln) not found above " + AppContext.BaseDirectory);
    }

    private static async Task<JsonElement> RunNodeAsync(params string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync(Ct);
        string stdout = await process.StandardOutput.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, "node exited with " + process.ExitCode + ": " + await stderr);
        string last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
