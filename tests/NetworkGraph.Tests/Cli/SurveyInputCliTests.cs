using System.Globalization;
using System.Text.Json.Nodes;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>The survey-data features through the command line: workbook input, the blank template, partner suggestions
/// and their acceptance, and the quality figures in the summary.</summary>
public sealed class SurveyInputCliTests
{
    private static readonly string[] FrenchSheets = ["acteurs", "répondants", "réponses", "partenaires"];

    [Fact]
    public void Analyze_Zone6Workbook_WritesTheReportOfTheFolder()
    {
        using var temp = new TempDirectory();
        string workbook = temp.Combine("zone6.xlsx");
        WorkbookWriter.FromFolder(RepositoryPaths.Data("zone6"), workbook, FrenchSheets);

        var (folderCode, _, folderError) = CliRunner.Run("analyze", RepositoryPaths.Data("zone6"), "-o", temp.Combine("folder"), "--quiet", "--metrics", "degree,pagerank", "--outputs", "report.json,metrics.csv");
        Assert.True(folderCode == 0, folderError);
        var (code, output, error) = CliRunner.Run("analyze", workbook, "-o", temp.Combine("workbook"), "--metrics", "degree,pagerank", "--outputs", "report.json,metrics.csv");
        Assert.True(code == 0, error);
        Assert.Contains("58 actors, 44 respondents", output, StringComparison.Ordinal);

        JsonNode fromFolder = WithoutTimings(temp.Combine("folder", "report.json"));
        JsonNode fromWorkbook = WithoutTimings(temp.Combine("workbook", "report.json"));
        Assert.True(JsonNode.DeepEquals(fromFolder, fromWorkbook), "the workbook's report.json differs from the folder's");
        Assert.Equal(File.ReadAllText(temp.Combine("folder", "metrics.csv")), File.ReadAllText(temp.Combine("workbook", "metrics.csv")));
    }

    [Fact]
    public void Analyze_InvalidWorkbook_ExitsTwoNamingFileSheetRowAndColumnAndWritesNothing()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("wave");
        CopyFolder(RepositoryPaths.Data("zone6"), folder);
        string actors = Path.Combine(folder, "actors.csv");
        string[] lines = File.ReadAllLines(actors);
        string[] header = lines[0].Split(',');
        int setting = Array.IndexOf(header, "setting");
        Assert.True(setting >= 0, "zone6 actors.csv has a setting column");
        string[] row = lines[2].Split(',');
        row[setting] = "spaceship";
        lines[2] = string.Join(',', row);
        File.WriteAllLines(actors, lines);
        string workbook = temp.Combine("survey.xlsx");
        WorkbookWriter.FromFolder(folder, workbook, FrenchSheets);

        string outDir = temp.Combine("out");
        var (code, _, error) = CliRunner.Run("analyze", workbook, "-o", outDir);
        Assert.Equal(2, code);
        string column = string.Create(CultureInfo.InvariantCulture, $"column {setting + 1} ({(char)('A' + setting)})");
        Assert.Contains($"{workbook}, sheet 'acteurs', row 3, {column}:", error, StringComparison.Ordinal);
        Assert.Contains("spaceship", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "report.json")));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(4, "D")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    public void ColumnLetters_AreTheSpreadsheetNames(int column, string letters) =>
        Assert.Equal(letters, NetworkGraph.Cli.Commands.DatasetLoader.ColumnLetters(column));

    [Fact]
    public void Analyze_MissingWorkbook_ExitsTwo()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("analyze", temp.Combine("nothing.xlsx"), "-o", temp.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains("nothing.xlsx: no such file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "xlsx", new[] { "enquete.xlsx" })]
    [InlineData("en", "xlsx", new[] { "survey.xlsx" })]
    [InlineData("fr", "csv", new[] { "actors.csv", "respondents.csv", "answers.csv", "partners.csv", "LISEZMOI.txt" })]
    [InlineData("en", "csv", new[] { "actors.csv", "respondents.csv", "answers.csv", "partners.csv", "README.txt" })]
    public void Template_WritesFilesThatAnalyseAsTheyAre(string lang, string format, string[] files)
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("template");
        var (code, output, error) = CliRunner.Run("template", "--out", dir, "--lang", lang, "--format", format);
        Assert.True(code == 0, error);
        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("networkgraph analyze", output, StringComparison.Ordinal);

        string input = format == "xlsx" ? Path.Combine(dir, files[0]) : dir;
        var (analyzeCode, summary, analyzeError) = CliRunner.Run("analyze", input, "-o", temp.Combine("out"), "--outputs", "report.json");
        Assert.True(analyzeCode == 0, analyzeError);
        Assert.Contains("2 actors, 1 respondents", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateHelp_ListsEveryOptionWithDefaultExampleAndExitCodes()
    {
        var (code, output, _) = CliRunner.Run("template", "--help");
        Assert.Equal(0, code);
        foreach (string expected in new[] { "-o, --out", "--lang", "--format", "--quiet", "Default: fr", "Default: xlsx", "Example:", "Exit codes:" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }

        var (_, analyzeHelp, _) = CliRunner.Run("analyze", "--help");
        Assert.Contains("--accept-suggestions", analyzeHelp, StringComparison.Ordinal);
        Assert.Contains(".xlsx", analyzeHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_DefaultsToAFrenchWorkbook()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("template", "-o", temp.Path, "--quiet");
        Assert.True(code == 0, error);
        Assert.True(File.Exists(temp.Combine("enquete.xlsx")));
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--lang", "de")]
    public void Template_UnknownChoice_ExitsTwoAndWritesNothing(string option, string value)
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("template");
        var (code, _, error) = CliRunner.Run("template", "--out", dir, option, value);
        Assert.Equal(2, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Template_WithoutOut_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("template");
        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MisspelledPartner_IsSuggestedAndNotMerged()
    {
        using var temp = new TempDirectory();
        string dataset = WriteMisspelledDataset(temp.Combine("wave"));
        var (code, output, error) = CliRunner.Run("analyze", dataset, "-o", temp.Combine("out"), "--outputs", "report.json");
        Assert.True(code == 0, error);
        JsonNode report = JsonNode.Parse(File.ReadAllText(temp.Combine("out", "report.json")))!;
        JsonNode validation = report["validation"]!;
        Assert.Equal("Freres Alexienz", (string?)validation["unresolved"]![0]);
        JsonNode suggestion = validation["suggestions"]![0]!;
        Assert.Equal("Freres Alexienz", (string?)suggestion["partner"]);
        Assert.Equal("alex", (string?)suggestion["candidates"]![0]!["actor"]);
        double score = (double)suggestion["candidates"]![0]!["score"]!;
        Assert.InRange(score, 0.5, 1.0);
        Assert.Empty(validation["accepted"]!.AsArray());
        Assert.Equal(3, (int)report["dataset"]!["actors"]!);
        Assert.Contains("partner names that matched no actor: 1", output, StringComparison.Ordinal);
        Assert.Contains("'Freres Alexienz': did you mean Clinique des Frères Alexiens [alex]", output, StringComparison.Ordinal);
        Assert.Contains("--accept-suggestions", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AcceptSuggestions_MergesAtOrAboveTheScoreAndRecordsIt()
    {
        using var temp = new TempDirectory();
        string dataset = WriteMisspelledDataset(temp.Combine("wave"));
        var (_, _, _) = CliRunner.Run("analyze", dataset, "-o", temp.Combine("plain"), "--outputs", "report.json", "--quiet");
        double score = (double)JsonNode.Parse(File.ReadAllText(temp.Combine("plain", "report.json")))!["validation"]!["suggestions"]![0]!["candidates"]![0]!["score"]!;

        string threshold = score.ToString("R", CultureInfo.InvariantCulture);
        var (code, output, error) = CliRunner.Run("analyze", dataset, "-o", temp.Combine("out"), "--outputs", "report.json", "--accept-suggestions", threshold);
        Assert.True(code == 0, error);
        JsonNode report = JsonNode.Parse(File.ReadAllText(temp.Combine("out", "report.json")))!;
        Assert.Empty(report["validation"]!["unresolved"]!.AsArray());
        Assert.Empty(report["validation"]!["suggestions"]!.AsArray());
        JsonNode merge = report["validation"]!["accepted"]![0]!;
        Assert.Equal("Freres Alexienz", (string?)merge["partner"]);
        Assert.Equal("alex", (string?)merge["actor"]);
        Assert.Equal(score, (double)merge["score"]!);
        Assert.Equal(2, (int)report["dataset"]!["actors"]!);
        Assert.Equal(1, (int)report["layers"]!["sending"]!["edges"]!);
        Assert.Contains("merged partner 'Freres Alexienz' into Clinique des Frères Alexiens [alex]", output, StringComparison.Ordinal);

        // Just above the score: nothing is merged.
        string above = Math.Min(1, score + 0.001).ToString("R", CultureInfo.InvariantCulture);
        var (aboveCode, _, aboveError) = CliRunner.Run("analyze", dataset, "-o", temp.Combine("above"), "--outputs", "report.json", "--quiet", "--accept-suggestions", above);
        Assert.True(aboveCode == 0, aboveError);
        JsonNode kept = JsonNode.Parse(File.ReadAllText(temp.Combine("above", "report.json")))!;
        Assert.Empty(kept["validation"]!["accepted"]!.AsArray());
        Assert.Single(kept["validation"]!["unresolved"]!.AsArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.01")]
    [InlineData("NaN")]
    [InlineData("high")]
    public void Analyze_AcceptSuggestionsOutOfRange_ExitsTwoAndWritesNothing(string value)
    {
        using var temp = new TempDirectory();
        string dataset = WriteMisspelledDataset(temp.Combine("wave"));
        string outDir = temp.Combine("out");
        var (code, _, error) = CliRunner.Run("analyze", dataset, "-o", outDir, "--accept-suggestions", value);
        Assert.Equal(2, code);
        Assert.Contains("--accept-suggestions", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "report.json")));
    }

    [Fact]
    public void Analyze_AcceptSuggestionsWithEdges_ExitsTwo()
    {
        using var temp = new TempDirectory();
        string edges = temp.Combine("e.txt");
        File.WriteAllText(edges, "a b\n");
        var (code, _, error) = CliRunner.Run("analyze", "--edges", edges, "-o", temp.Combine("out"), "--accept-suggestions", "0.9");
        Assert.Equal(2, code);
        Assert.Contains("--accept-suggestions applies to a survey dataset only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Zone6_SummaryShowsTheQualityFiguresOfTheReport()
    {
        using var temp = new TempDirectory();
        var (code, output, error) = CliRunner.Run("analyze", RepositoryPaths.Data("zone6"), "-o", temp.Path, "--outputs", "report.json", "--metrics", "degree");
        Assert.True(code == 0, error);
        JsonNode quality = JsonNode.Parse(File.ReadAllText(temp.Combine("report.json")))!["quality"]!;
        double share = (double)quality["confirmed_referral_share"]!;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"referral ties confirmed by both ends: {share * 100:0}%"), output, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"named but not surveyed ({quality["not_surveyed"]!.AsArray().Count}):"), output, StringComparison.Ordinal);
        JsonArray silent = quality["silent_respondents"]!.AsArray();
        Assert.Contains($"respondents who named no partner ({silent.Count}): {string.Join(", ", silent.Take(8).Select(s => (string?)s))}", output, StringComparison.Ordinal);
        Assert.Contains("partner names that matched no actor: 3", output, StringComparison.Ordinal);
    }

    /// <summary>Two actors; the one respondent names the clinic with a dropped accent and a typo.</summary>
    private static string WriteMisspelledDataset(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "actors.csv"), "id,name,kind,setting,zone\nalex,Clinique des Frères Alexiens,psychiatric-hospital,hospital,6\nssm,Service de santé mentale de Verviers,mental-health-service,ambulatory,6\n");
        File.WriteAllText(Path.Combine(folder, "respondents.csv"), "respondent,actor,function,years,date,role_has,role_wants,role_should\nR1,ssm,psychologue,5,2026-01-15,,,\n");
        File.WriteAllText(Path.Combine(folder, "answers.csv"), "respondent,type,frequency,channels,reason\nR1,sending,regularly,phone,\n");
        File.WriteAllText(Path.Combine(folder, "partners.csv"), "respondent,type,partner\nR1,sending,Freres Alexienz\n");
        return folder;
    }

    private static JsonObject WithoutTimings(string path)
    {
        JsonObject report = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.True(report.Remove("timings"));
        return report;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*.csv"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
