using System.Diagnostics;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>Opens the generated report.html of data/zone6 from disk in Debian's chromium (driven by playwright-core,
/// installed by the front end's <c>npm ci</c>) and checks what a coordinator would see. Screenshots go to
/// <c>screenshots/</c> in the test output folder.</summary>
public sealed class BrowserTests
{
    internal static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
    internal static readonly string Frontend = Path.Combine(Zone6.Root, "frontend");

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

            // zone 6 has isolated actors, so eigenvector centrality is empty on every layer: neither the size menu nor
            // the card offers it, and every row of the card holds a figure.
            string[] sizes = [.. r.GetProperty("sizeOptions").EnumerateArray().Select(o => o.GetString()!)];
            Assert.Contains("degree", sizes);
            Assert.DoesNotContain("eigenvector", sizes);
            JsonElement[] card = [.. r.GetProperty("cardRows").EnumerateArray()];
            Assert.Equal(sizes.Length, card.Length);
            Assert.All(card, row => Assert.NotEqual("–", row[1].GetString()));
            Assert.True(r.GetProperty("charts").GetInt32() >= 15);
            Assert.Empty(r.GetProperty("chartsWithoutTable").EnumerateArray());
            Assert.True(File.Exists(shot));
            JsonElement keys = r.GetProperty("keyboard");
            Assert.Equal("ng-map", keys.GetProperty("focused").GetString());
            double Camera(string step, string key) => keys.GetProperty(step).GetProperty(key).GetDouble();
            Assert.True(Camera("afterZoom", "ratio") < Camera("before", "ratio"), "+ zooms in");
            Assert.True(Camera("afterRight", "x") > Camera("afterZoom", "x"), "the right arrow moves the view right");
            Assert.Equal(1, Camera("afterReset", "ratio"), 6);
            Assert.Equal(0.5, Camera("afterReset", "x"), 6);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void ComparePage_OpensOffline_WithNoErrorAndNoRequest(ReportLanguage language)
    {
        SkipWithoutBrowser();
        DatasetAnalysis b = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(Zone6.Root, "data", "zone6-2017")));
        WaveComparison comparison = WaveComparer.Compare(Zone6.Analysis, b, new WaveComparisonOptions { Permutations = 99 });
        using var writer = new StringWriter();
        CompareHtmlWriter.Write(writer, comparison, Zone6.Analysis, b, language);
        JsonElement r = OpenPage("compare.html", writer.ToString(), $"compare-{language.ToCode()}.png", null, null);

        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.Equal(language.ToCode(), r.GetProperty("lang").GetString());
        Assert.Empty(r.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(r.GetProperty("requests").EnumerateArray());
        int changes = comparison.Layers.Sum(l => l.Gained.Length + l.Lost.Length);
        Assert.True(r.GetProperty("rows").GetInt32() >= changes, "every gained and lost tie has its row");
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void DirectoryPage_OpensOffline_SearchesSortsAndPrintsOnA4(ReportLanguage language)
    {
        SkipWithoutBrowser();
        ServiceDirectory directory = ServiceDirectory.Build(Zone6.Analysis.Network);
        using var writer = new StringWriter();
        DirectoryHtmlWriter.Write(writer, directory, "zone6", language);
        DirectoryEntry target = directory.Entries.First(e => e.Actor.Id == "mm_mosaique");
        string pdf = Path.Combine(AppContext.BaseDirectory, "screenshots", $"directory-{language.ToCode()}.pdf");
        JsonElement r = OpenPage("directory.html", writer.ToString(), $"directory-{language.ToCode()}.png", target.Actor.Name.ToUpperInvariant(), pdf);

        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.Equal(language.ToCode(), r.GetProperty("lang").GetString());
        Assert.Empty(r.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(r.GetProperty("requests").EnumerateArray());
        string[] rows = [.. r.GetProperty("actorRows").EnumerateArray().Select(x => x.GetString()!)];
        Assert.Equal(directory.Entries.Select(e => e.Actor.Id).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        string[] found = [.. r.GetProperty("visibleAfterSearch").EnumerateArray().Select(x => x.GetString()!)];
        Assert.Contains(target.Actor.Id, found);
        Assert.True(found.Length < rows.Length, "the search hides the actors that do not match");
        Assert.Equal(rows.Length, r.GetProperty("visibleAfterClear").GetInt32());
        string[] ascending = [.. r.GetProperty("sortedAscending").EnumerateArray().Select(x => x.GetString()!)];
        string[] descending = [.. r.GetProperty("sortedDescending").EnumerateArray().Select(x => x.GetString()!)];
        Assert.True(ascending.Length > 1, "the largest table has several rows to sort");
        Assert.Equal(ascending.Reverse(), descending);
        byte[] head = File.ReadAllBytes(pdf)[..5];
        Assert.Equal("%PDF-"u8.ToArray(), head);
    }

    internal static void SkipWithoutBrowser()
    {
        if (!File.Exists(Chromium) || !Directory.Exists(Path.Combine(Frontend, "node_modules", "playwright-core")))
        {
            Assert.Skip("needs /usr/bin/chromium (apt chromium) and playwright-core from the front end's npm ci");
        }
    }

    private static JsonElement OpenPage(string name, string html, string screenshot, string? search, string? pdf)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ng-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, name);
            File.WriteAllText(file, html);
            string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(shots);
            string[] args = [Path.Combine(AppContext.BaseDirectory, "browser", "check-page.mjs"), file, Path.Combine(shots, screenshot), Frontend, search ?? string.Empty, .. pdf is null ? Array.Empty<string>() : [pdf]];
            return RunNode(args);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static JsonElement RunCheck(string report, string screenshot, string search) =>
        RunNode([Path.Combine(AppContext.BaseDirectory, "browser", "check-report.mjs"), report, screenshot, search, Frontend]);

    internal static JsonElement RunNode(string[] args)
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
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the browser check did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, "node exited with " + process.ExitCode + ": " + stderr.Result);
        string last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
