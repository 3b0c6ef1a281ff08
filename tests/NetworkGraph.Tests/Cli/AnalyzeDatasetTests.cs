using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

public sealed class AnalyzeDatasetTests
{
    private static readonly string[] Layers = ["sending", "receiving", "exchange", "referral", "all"];

    /// <summary>Every report.json key path documented in docs/en/outputs.md.</summary>
    private static readonly string[] ContractKeys =
    [
        "dataset.actors", "dataset.respondents", "dataset.home_zone",
        .. Layers.SelectMany(l => new[] { "nodes", "edges", "density", "reciprocity", "components", "isolated" }.Select(k => $"layers.{l}.{k}")),
        .. new[] { "sending", "receiving", "exchange" }.SelectMany(t => new[]
        {
            $"survey.frequency.{t}.none", $"survey.frequency.{t}.very_rarely", $"survey.frequency.{t}.occasionally",
            $"survey.frequency.{t}.regularly", $"survey.frequency.{t}.systematically",
            $"survey.channels.{t}.phone", $"survey.channels.{t}.mail", $"survey.channels.{t}.meeting",
            $"survey.channels.{t}.informal", $"survey.channels.{t}.other",
            $"survey.channel_count.{t}.1", $"survey.channel_count.{t}.5",
            $"survey.top_partners.{t}.in_zone", $"survey.top_partners.{t}.out_of_zone",
        }),
        "isolated", "peripheral",
        .. Layers.Select(l => $"modularity.{l}"),
        "gaps.setting_mixing.hospital.ambulatory", "gaps.setting_mixing.ambulatory.hospital", "gaps.setting_mixing.social.social",
        "gaps.ei_index.hospital", "gaps.ei_index.other",
        "gaps.missing_hospital_ambulatory", "gaps.asymmetric", "gaps.cut_points",
        "brokers", "validation.unresolved", "validation.suggestions", "validation.accepted",
        "quality.confirmed_referral_share", "quality.confirmed_by_setting", "quality.not_surveyed", "quality.silent_respondents", "quality.inconsistent",
        "timings.load", "timings.betweenness", "timings.components",
    ];

    [Fact]
    public void Analyze_Zone6_WritesEveryContractKeyAndThePublishedFigures()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Path;
        var (code, output, error) = CliRunner.Run("analyze", RepositoryPaths.Data("zone6"), "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("isolated actors", output, StringComparison.Ordinal);
        Assert.Contains("top brokers", output, StringComparison.Ordinal);
        Assert.Contains("hospital", output, StringComparison.Ordinal);
        foreach (string file in new[] { "report.json", "metrics.csv", "report.html", "network.graphml", "network.gexf" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")))!;
        foreach (string key in ContractKeys)
        {
            JsonNode? node = report;
            foreach (string part in key.Split('.'))
            {
                Assert.True(node is JsonObject obj && obj.ContainsKey(part), $"report.json lacks {key}");
                node = node![part];
            }
        }

        // The published aggregates, as the dataset's own expected.json states them (calibrated reconstruction).
        JsonNode expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Data("zone6", "expected.json")))!;
        foreach (string section in new[] { "dataset", "survey" })
        {
            Assert.True(JsonNode.DeepEquals(expected[section], report[section]), $"report.json '{section}' differs from data/zone6/expected.json:\n{report[section]}");
        }

        Assert.True(JsonNode.DeepEquals(expected["validation"]!["unresolved"], report["validation"]!["unresolved"]), $"validation.unresolved differs:\n{report["validation"]}");

        Assert.Null(report["layers"]!["all"]!["reciprocity"]);
        Assert.NotNull(report["layers"]!["referral"]!["reciprocity"]);
    }

    [Fact]
    public void Analyze_Zone6_MetricsHaveOneRowPerActorAndLayer()
    {
        using var temp = new TempDirectory();
        string outDir = temp.Path;
        var (code, _, error) = CliRunner.Run("analyze", RepositoryPaths.Data("zone6"), "--out", outDir, "--quiet", "--metrics", "degree,pagerank,community");
        Assert.True(code == 0, error);
        var (header, rows) = CliRunner.ReadCsv(Path.Combine(outDir, "metrics.csv"));
        Assert.Equal(["id", "layer", "degree", "pagerank", "community", "name", "kind", "setting", "zone"], header);
        var (actorHeader, actorRows) = CliRunner.ReadCsv(Path.Combine(RepositoryPaths.Data("zone6"), "actors.csv"));
        var names = actorRows.ToDictionary(r => r[Array.IndexOf(actorHeader, "id")], r => (r[Array.IndexOf(actorHeader, "name")], r[Array.IndexOf(actorHeader, "zone")]));
        foreach (string[] row in rows.Where(r => names.ContainsKey(r[0])))
        {
            Assert.Equal(names[row[0]], (row[5], row[8]));
        }

        int actors = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")))!["dataset"]!["actors"]!.GetValue<int>();
        Assert.Equal(actors * Layers.Length, rows.Length);
        Assert.Equal(Layers, rows.Select(r => r[1]).Distinct());
        foreach (string layer in Layers)
        {
            double sum = rows.Where(r => r[1] == layer).Sum(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1.0, sum, 9);
        }
    }

    [Theory]
    [InlineData("fr", "Analyse du réseau de soins")]
    [InlineData("en", "Care network analysis")]
    public void Analyze_Language_WritesReportInThatLanguage(string lang, string title)
    {
        using var temp = new TempDirectory();
        string outDir = temp.Path;
        var (code, _, error) = CliRunner.Run("analyze", RepositoryPaths.Data("bernay"), "--out", outDir, "--quiet", "--lang", lang);
        Assert.True(code == 0, error);
        string html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answers.csv", "R01,sending,often,phone,\n", 2, 3, "often")]
    [InlineData("answers.csv", "R99,sending,regularly,phone,\n", 2, 1, "R99")]
    [InlineData("answers.csv", "R01,sending,none,phone,\n", 2, 4, "none")]
    [InlineData("actors.csv", "a1,Duplicate,gp,ambulatory,6,\n", 4, 1, "a1")]
    [InlineData("actors.csv", "a9,Nowhere,gp,spaceship,6,\n", 4, 4, "spaceship")]
    [InlineData("respondents.csv", "R02,nobody,gp,3,2015-03-01,,,\n", 3, 2, "nobody")]
    public void Analyze_InvalidDataset_ExitsTwoNamingFileLineColumnAndWritesNothing(string file, string badRow, int line, int column, string mention)
    {
        using var temp = new TempDirectory();
        string dir = temp.Path;
        string dataset = Path.Combine(dir, "wave");
        WriteTinyDataset(dataset);
        string path = Path.Combine(dataset, file);
        File.WriteAllText(path, File.ReadAllLines(path)[0] + "\n" + (file == "answers.csv" ? string.Empty : string.Join("\n", File.ReadAllLines(path).Skip(1)) + "\n") + badRow);
        string outDir = Path.Combine(dir, "out");
        var (code, _, error) = CliRunner.Run("analyze", dataset, "--out", outDir);
        Assert.Equal(2, code);
        Assert.Contains($"{path}:{line}:{column}:", error, StringComparison.Ordinal);
        Assert.Contains(mention, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(["wave"], Directory.GetDirectories(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Analyze_MissingDatasetFolder_ExitsTwo()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", "/nonexistent/wave", "--out", temp.Path);
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/wave", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Dataset_EqualsLibraryMetricsOnEachLayer()
    {
        var ingestion = NetworkGraph.Surveys.SurveyReader.Read(RepositoryPaths.Data("anderlecht"));
        Assert.True(ingestion.IsValid);
        var network = NetworkGraph.Surveys.SurveyNetwork.Build(ingestion.Dataset);
        var analysis = DatasetAnalysis.Analyze(DatasetInput.FromNetwork(network, "anderlecht"), new NodeMetricsOptions { Columns = [MetricColumns.Degree, MetricColumns.Betweenness] }, TestContext.Current.CancellationToken);
        NodeMetricsTable referral = analysis.Layer(SurveyLayer.Referral);
        Assert.True(referral.Graph.IsDirected);
        Assert.False(analysis.Layer(SurveyLayer.All).Graph.IsDirected);
        var direct = NetworkGraph.Algorithms.Centrality.Betweenness(network[NetworkGraph.Surveys.SurveyLayer.Referral], null, TestContext.Current.CancellationToken);
        Assert.Equal(direct.ToArray(), referral.Column(MetricColumns.Betweenness).ToArray());
    }

    private static void WriteTinyDataset(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "actors.csv"), "id,name,kind,setting,zone,aliases\na1,Hospital One,psychiatric-hospital,hospital,6,\na2,GP Two,gp,ambulatory,6,\n");
        File.WriteAllText(Path.Combine(folder, "respondents.csv"), "respondent,actor,function,years,date,role_has,role_wants,role_should\nR01,a1,nurse,3,2015-03-01,2,3,3\n");
        File.WriteAllText(Path.Combine(folder, "answers.csv"), "respondent,type,frequency,channels,reason\nR01,sending,regularly,phone,\n");
        File.WriteAllText(Path.Combine(folder, "partners.csv"), "respondent,type,partner\nR01,sending,GP Two\n");
    }
}
