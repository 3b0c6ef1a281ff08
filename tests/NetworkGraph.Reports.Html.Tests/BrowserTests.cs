using System.Diagnostics;
using System.Text.Json;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>Opens the generated report.html of data/zone6 from disk in Debian's chromium (driven by playwright-core,
/// installed by the front end's <c>npm ci</c>) and checks what a coordinator would see. Screenshots go to
/// <c>screenshots/</c> in the test output folder.</summary>
public sealed class BrowserTests
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
    private static readonly string Frontend = Path.Combine(Zone6.Root, "frontend");

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void Report_OpensOffline_WithMapSearchFiltersAndTables(ReportLanguage language)
    {
        if (!File.Exists(Chromium) || !Directory.Exists(Path.Combine(Frontend, "node_modules", "playwright-core")) || HtmlPage.MapScript is null)
        {
            Assert.Skip("needs /usr/bin/chromium (apt chromium) and the front end built with Node.js (npm ci)");
        }

        string dir = Path.Combine(Path.GetTempPath(), "ng-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string report = Path.Combine(dir, "report.html");
            File.WriteAllText(report, Zone6.Html(language));
            string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(shots);
            string shot = Path.Combine(shots, $"zone6-{language.ToCode()}.png");
            string search = Zone6.Analysis.Network.Dataset.Actors.First(a => a.Name.Length > 3).Name;

            JsonElement r = RunCheck(report, shot, search);

            Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
            Assert.Equal(language.ToCode(), r.GetProperty("lang").GetString());
            Assert.Empty(r.GetProperty("consoleErrors").EnumerateArray());
            Assert.Empty(r.GetProperty("requests").EnumerateArray());
            Assert.Equal(Zone6.Analysis.Network.Dataset.Actors.Length, r.GetProperty("nodes").GetInt32());
            JsonElement visible = r.GetProperty("visibleEdges");
            int all = visible.GetProperty("all").GetInt32();
            Assert.Equal(Zone6.Analysis.Network[Surveys.SurveyLayer.All].Edges().Count(), all);
            Assert.NotEqual(all, visible.GetProperty("referral").GetInt32());
            string expectedId = Zone6.Analysis.Network.Dataset.Actors.First(a => a.Name.Equals(search, StringComparison.OrdinalIgnoreCase)).Id;
            Assert.Equal(expectedId, r.GetProperty("focused").GetString());
            Assert.True(r.GetProperty("charts").GetInt32() >= 15);
            Assert.Empty(r.GetProperty("chartsWithoutTable").EnumerateArray());
            Assert.True(File.Exists(shot));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static JsonElement RunCheck(string report, string screenshot, string search)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "browser", "check-report.mjs"), report, screenshot, search, Frontend })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the browser check did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, "node exited with " + process.ExitCode + ": " + stderr.Result);
        string last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
