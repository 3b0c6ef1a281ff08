using System.Collections.Immutable;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Reports;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Waves;

/// <summary>Comparing data/zone6 with the derived wave data/zone6-2017 finds exactly the edits of the derivation script,
/// whose expected changes (data/zone6-2017/expected_changes.json) are computed by the script independently.</summary>
public sealed class WaveComparisonTests
{
    private static readonly NodeMetricsOptions Options = new() { Columns = [MetricColumns.Degree, MetricColumns.PageRank], MaxDegreeOfParallelism = 1 };
    private static readonly Lazy<DatasetAnalysis> Zone6 = new(() => Analyze("zone6"));
    private static readonly Lazy<DatasetAnalysis> Zone6In2017 = new(() => Analyze("zone6-2017"));

    private static DatasetAnalysis Analyze(string name) => DatasetAnalysis.Analyze(DatasetInput.Read(RepositoryPaths.Data(name)), Options);

    private static JsonDocument CompareJson(WaveComparison comparison)
    {
        using var stream = new MemoryStream();
        CompareJsonWriter.Write(comparison, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static string[] Pairs(JsonElement array, string first, string second) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(first).GetString() + ">" + e.GetProperty(second).GetString())];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Compare_Zone6With2017_FindsExactlyTheScriptedEdits()
    {
        WaveComparison comparison = WaveComparer.Compare(Zone6.Value, Zone6In2017.Value, new WaveComparisonOptions { Permutations = 99 });
        using JsonDocument actual = CompareJson(comparison);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Data("zone6-2017", "expected_changes.json")));
        JsonElement a = actual.RootElement;
        JsonElement e = expected.RootElement;
        int changed = 0;
        foreach (JsonProperty layer in e.GetProperty("layers").EnumerateObject())
        {
            foreach (string key in new[] { "gained", "lost" })
            {
                string[] want = Pairs(layer.Value.GetProperty(key), "from", "to");
                Assert.Equal(want, Pairs(a.GetProperty("layers").GetProperty(layer.Name).GetProperty(key), "from", "to"));
                changed += want.Length;
            }
        }

        Assert.True(changed > 0);
        Assert.Equal(Strings(e.GetProperty("isolated").GetProperty("resolved")), Strings(a.GetProperty("isolated").GetProperty("resolved")));
        Assert.Equal(Strings(e.GetProperty("isolated").GetProperty("new")), Strings(a.GetProperty("isolated").GetProperty("new")));
        foreach (string key in new[] { "linked", "lost" })
        {
            Assert.Equal(
                Pairs(e.GetProperty("hospital_ambulatory").GetProperty(key), "hospital", "ambulatory"),
                Pairs(a.GetProperty("hospital_ambulatory").GetProperty(key), "hospital", "ambulatory"));
        }
    }

    [Fact]
    public void Compare_Zone6With2017_DeltasAreTheReportDifferences()
    {
        WaveComparison comparison = WaveComparer.Compare(Zone6.Value, Zone6In2017.Value, new WaveComparisonOptions { Permutations = 0 });
        using JsonDocument actual = CompareJson(comparison);
        foreach (var (summaryA, summaryB) in Zone6.Value.Survey.Layers.Zip(Zone6In2017.Value.Survey.Layers))
        {
            JsonElement layer = actual.RootElement.GetProperty("layers").GetProperty(NetworkGraph.Surveys.SurveyNetwork.LayerName(summaryA.Layer));
            Assert.Equal(summaryB.Density - summaryA.Density, layer.GetProperty("density_delta").GetDouble(), 12);
            if (summaryA.Reciprocity is { } ra && summaryB.Reciprocity is { } rb)
            {
                Assert.Equal(rb - ra, layer.GetProperty("reciprocity_delta").GetDouble(), 12);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, layer.GetProperty("reciprocity_delta").ValueKind);
            }
        }
    }

    [Fact]
    public void Compare_WaveWithItself_NoChangeAndEveryPValueIsOne()
    {
        WaveComparison comparison = WaveComparer.Compare(Zone6.Value, Zone6.Value, new WaveComparisonOptions { Permutations = 49 });
        Assert.All(comparison.Layers, l =>
        {
            Assert.Empty(l.Gained);
            Assert.Empty(l.Lost);
            Assert.Equal(0, l.Density.Delta);
            Assert.Equal(1, l.Density.PValue);
        });
        Assert.Empty(comparison.HospitalAmbulatoryLinked);
        Assert.Empty(comparison.RankMovers);
        Assert.Equal(1, comparison.HospitalAmbulatoryTies.PValue);
    }

    [Fact]
    public void Compare_SameSeed_SamePValues_AndPValuesInRange()
    {
        var options = new WaveComparisonOptions { Permutations = 99, Seed = 7 };
        WaveComparison x = WaveComparer.Compare(Zone6.Value, Zone6In2017.Value, options);
        WaveComparison y = WaveComparer.Compare(Zone6.Value, Zone6In2017.Value, options);
        ImmutableArray<double?> px = [.. x.Layers.Select(l => l.Density.PValue), x.HospitalAmbulatoryTies.PValue];
        ImmutableArray<double?> py = [.. y.Layers.Select(l => l.Density.PValue), y.HospitalAmbulatoryTies.PValue];
        Assert.Equal(px, py);
        Assert.All(px, p => Assert.InRange(p!.Value, 1.0 / 100, 1.0));
        Assert.Equal(x.HospitalAmbulatoryLinked.Length - x.HospitalAmbulatoryLost.Length, x.HospitalAmbulatoryTies.Delta!.Value, 12);
    }

    [Fact]
    public void Compare_WithMapping_RenamedActorKeepsItsTies()
    {
        var mapping = new ActorMapping([new("cpfa", "cpfa")]);
        WaveComparison comparison = WaveComparer.Compare(Zone6.Value, Zone6.Value, new WaveComparisonOptions { Mapping = mapping, Permutations = 0 });
        Assert.All(comparison.Layers, l => Assert.Empty(l.Gained));

        var merged = new ActorMapping([new("chsa_meuris", "chsa")]);
        WaveComparison m = WaveComparer.Compare(Zone6.Value, Zone6.Value, new WaveComparisonOptions { Mapping = merged, Permutations = 0 });
        Assert.DoesNotContain(m.Layers.SelectMany(l => l.Lost), p => p.From == "chsa_meuris" || p.To == "chsa_meuris");
    }

    [Fact]
    public void ActorMapping_Read_BadLine_NamesFileLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), "mapping-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "from,to\na,b\n,c\n");
            var error = Assert.Throws<NetworkGraph.Surveys.SurveyFormatException>(() => ActorMapping.Read(path));
            Assert.Equal(3, error.Line);
            Assert.Equal(1, error.Column);
            Assert.Equal(Path.GetFileName(path), error.File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
