using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>The two maps of compare.html in Debian's chromium: one map per wave with one node per actor of that wave,
/// a shared actor drawn at the same place on both, and per layer as many gained and lost ties drawn as
/// <c>compare.json</c> lists.</summary>
public sealed class CompareMapTests
{
    [Theory]
    [InlineData(ReportLanguage.English, false)]
    [InlineData(ReportLanguage.French, false)]
    [InlineData(ReportLanguage.English, true)]
    public void ComparePage_DrawsBothWavesOnOneLayout_WithTheGainedAndLostTies(ReportLanguage language, bool renameOne)
    {
        BrowserTests.SkipWithoutBrowser();
        Assert.SkipWhen(HtmlPage.MapScript is null, "the front end was not built (Node.js absent)");
        DatasetAnalysis a = Zone6.Analysis;
        DatasetAnalysis b = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(Zone6.Root, "data", "zone6-2017")));
        // Renaming one first-wave actor to an id the second wave lacks leaves one actor on each map only.
        ActorMapping? mapping = renameOne ? new ActorMapping([new KeyValuePair<string, string>(a.Network.Dataset.Actors[0].Id, "renamed-in-first-wave")]) : null;
        WaveComparison comparison = WaveComparer.Compare(a, b, new WaveComparisonOptions { Permutations = 19, Mapping = mapping });
        using var writer = new StringWriter();
        CompareHtmlWriter.Write(writer, comparison, a, b, language, mapping);
        string[] shared = [.. b.Network.Dataset.Actors.Select(x => x.Id).Where(id => a.Network.Dataset.Actors.Any(y => (mapping?.Map(y.Id) ?? y.Id) == id)).Take(8)];
        Assert.True(shared.Length >= 2);

        string dir = Path.Combine(Path.GetTempPath(), "ng-cmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        JsonElement r;
        try
        {
            string file = Path.Combine(dir, "compare.html");
            File.WriteAllText(file, writer.ToString());
            string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(shots);
            string shot = Path.Combine(shots, $"compare-maps-{language.ToCode()}{(renameOne ? "-renamed" : string.Empty)}.png");
            r = BrowserTests.RunNode([Path.Combine(AppContext.BaseDirectory, "browser", "check-compare.mjs"), file, shot, BrowserTests.Frontend, string.Join(",", shared)]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.Equal(language.ToCode(), r.GetProperty("lang").GetString());
        Assert.Empty(r.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(r.GetProperty("requests").EnumerateArray());
        Assert.Equal(2, r.GetProperty("maps").GetInt32());
        Assert.Equal(a.Network.Dataset.Actors.Length, r.GetProperty("nodesA").GetInt32());
        Assert.Equal(b.Network.Dataset.Actors.Length, r.GetProperty("nodesB").GetInt32());
        string[] legend = [.. r.GetProperty("legend").EnumerateArray().Select(x => x.GetString()!)];
        MapText words = MapText.For(language);
        Assert.Equal(3, legend.Length);
        Assert.StartsWith(words.Unchanged, legend[0], StringComparison.Ordinal);
        Assert.StartsWith(words.Lost, legend[1], StringComparison.Ordinal);
        Assert.StartsWith(words.Gained, legend[2], StringComparison.Ordinal);

        JsonElement layers = r.GetProperty("layers");
        foreach (LayerChange change in comparison.Layers)
        {
            JsonElement layer = layers.GetProperty(SurveyNetwork.LayerName(change.Layer));
            Assert.Equal(change.Gained.Length, layer.GetProperty("gained").GetInt32());
            Assert.Equal(change.Lost.Length, layer.GetProperty("lost").GetInt32());
        }

        Assert.True(comparison.Layers.Sum(l => l.Gained.Length + l.Lost.Length) > 0, "the illustrative second wave changes some ties");
        var places = new List<(double X, double Y)>();
        foreach (string id in shared)
        {
            JsonElement[] where = [.. r.GetProperty("where").GetProperty(id).EnumerateArray()];
            Assert.Equal(2, where.Length);
            (double X, double Y) pa = (where[0].GetProperty("x").GetDouble(), where[0].GetProperty("y").GetDouble());
            (double X, double Y) pb = (where[1].GetProperty("x").GetDouble(), where[1].GetProperty("y").GetDouble());
            Assert.True(Math.Abs(pa.X - pb.X) < 0.5 && Math.Abs(pa.Y - pb.Y) < 0.5, $"{id} is drawn at {pa} on the first map and {pb} on the second");
            places.Add(pa);
        }

        Assert.True(places.Distinct().Count() > 1, "different actors sit at different places");
        JsonElement[] cameras = [.. r.GetProperty("camerasAfterMove").EnumerateArray()];
        foreach (string key in new[] { "x", "y", "ratio" })
        {
            Assert.Equal(cameras[0].GetProperty(key).GetDouble(), cameras[1].GetProperty(key).GetDouble(), 6);
        }

        Assert.Equal(0.3, cameras[1].GetProperty("x").GetDouble(), 6);
    }
}
