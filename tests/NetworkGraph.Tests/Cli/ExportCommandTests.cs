using NetworkGraph.Analysis;
using NetworkGraph.Model;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Reports;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary><c>networkgraph export --neo4j-import</c>: help, exit codes, atomic output.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public void Help_ShowsUsageExampleAndTheNeo4jAdminCommand()
    {
        var (code, output, _) = CliRunner.Run("export", "--help");
        Assert.Equal(0, code);
        Assert.Contains("networkgraph export DATASET_DIR --neo4j-import DIR", output, StringComparison.Ordinal);
        Assert.Contains("networkgraph export --edges FILE", output, StringComparison.Ordinal);
        Assert.Contains("Example: networkgraph export data/zone6 --neo4j-import import", output, StringComparison.Ordinal);
        Assert.Contains("neo4j-admin database import full", output, StringComparison.Ordinal);
        Assert.Contains("--pseudonymize", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dataset_WritesBothFilesAndPrintsTheImportCommand()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("import");
        var (code, output, error) = CliRunner.Run("export", RepositoryPaths.Data("zone6"), "--neo4j-import", dir);
        Assert.True(code == 0, error);
        Assert.Equal(["nodes.csv", "relationships.csv"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"neo4j-admin database import full --nodes={dir}/nodes.csv --relationships={dir}/relationships.csv neo4j", output, StringComparison.Ordinal);
        var (nodes, _) = Neo4jImportReader.Read(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "relationships.csv"));
        int actors = DatasetInput.Read(RepositoryPaths.Data("zone6")).Network.Dataset.Actors.Length;
        Assert.Equal(actors + 1, nodes.Count);
        Assert.Equal("zone6", Assert.Single(nodes.Values, n => n.Labels.SequenceEqual(["Wave"])).Properties["id"]);
        Assert.Empty(Directory.GetDirectories(temp.Path, ".ng-*"));
    }

    [Fact]
    public void Dataset_WaveOptionAndFrenchSummary()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("import");
        var (code, output, error) = CliRunner.Run("export", RepositoryPaths.Data("zone6"), "--neo4j-import", dir, "--wave", "zone6-2016", "--lang", "fr", "--database", "zone6");
        Assert.True(code == 0, error);
        Assert.Contains("nœud(s) et", output, StringComparison.Ordinal);
        Assert.Contains("Pour créer la base", output, StringComparison.Ordinal);
        Assert.EndsWith(" zone6", output.TrimEnd(), StringComparison.Ordinal);
        var (nodes, _) = Neo4jImportReader.Read(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "relationships.csv"));
        Assert.True(nodes.ContainsKey((string.Empty, "wave:zone6-2016")));
    }

    [Fact]
    public void Dataset_Pseudonymized_HoldsNoPersonalName()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("import");
        var (code, _, error) = CliRunner.Run("export", RepositoryPaths.Data("anderlecht"), "--neo4j-import", dir, "--pseudonymize", "--secret", "zone6-export-secret", "--metrics", "degree");
        Assert.True(code == 0, error);
        SurveyDataset raw = DatasetInput.Read(RepositoryPaths.Data("anderlecht")).Network.Dataset;
        var personal = raw.Actors.Where(Pseudonymizer.IsPersonal).ToList();
        Assert.NotEmpty(personal);
        string text = File.ReadAllText(Path.Combine(dir, "nodes.csv")) + File.ReadAllText(Path.Combine(dir, "relationships.csv"));
        Assert.All(personal, a => Assert.DoesNotContain("actor:" + a.Id + ",", text, StringComparison.Ordinal));
        Assert.All(personal, a => Assert.DoesNotContain(a.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void EdgeList_WithoutMetrics_WritesNodesAndTies()
    {
        using var temp = new TempDirectory();
        string edges = temp.Combine("edges.txt");
        File.WriteAllText(edges, "a b 2\nb c\nd\n");
        string dir = temp.Combine("import");
        var (code, output, error) = CliRunner.Run("export", "--edges", edges, "--neo4j-import", dir, "--directed");
        Assert.True(code == 0, error);
        Assert.Contains("wrote 4 node(s) and 2 relationship(s)", output, StringComparison.Ordinal);
        Assert.Equal("id:ID(Node),:LABEL", File.ReadLines(Path.Combine(dir, "nodes.csv")).First());
        var (_, relationships) = Neo4jImportReader.Read(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "relationships.csv"));
        Assert.Equal(2.0, relationships.Single(r => (string)r.Start.Properties["id"] == "a").Properties["weight"]);
    }

    [Fact]
    public void EdgeList_Metrics_BecomeNodeProperties()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("import");
        var (code, _, error) = CliRunner.Run("export", "--edges", Fixtures.EdgeListPath("lesmis"), "--neo4j-import", dir, "--metrics", "degree,pagerank", "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal("id:ID(Node),:LABEL,degree:long,pagerank:double", File.ReadLines(Path.Combine(dir, "nodes.csv")).First());
    }

    [Theory]
    [InlineData("export", "--neo4j-import", "x")]
    [InlineData("export", "DATA", "--edges", "EDGES", "--neo4j-import", "x")]
    [InlineData("export", "DATA", "--directed", "--neo4j-import", "x")]
    [InlineData("export", "DATA", "--metrics", "degre", "--neo4j-import", "x")]
    [InlineData("export", "DATA", "--metrics", "none", "--neo4j-import", "x")]
    [InlineData("export", "--edges", "EDGES", "--wave", "w", "--neo4j-import", "x")]
    [InlineData("export", "--edges", "EDGES", "--pseudonymize", "--secret", "a-long-enough-secret", "--neo4j-import", "x")]
    [InlineData("export", "DATA", "--threads", "0", "--neo4j-import", "x")]
    [InlineData("export", "DATA")]
    public void BadArguments_ExitTwoAndWriteNothing(params string[] args)
    {
        using var temp = new TempDirectory();
        string edges = temp.Combine("edges.txt");
        File.WriteAllText(edges, "a b\n");
        string[] resolved = [.. args.Select(a => a switch
        {
            "DATA" => RepositoryPaths.Data("zone6"),
            "EDGES" => edges,
            "x" => temp.Combine("import"),
            _ => a,
        })];
        var (code, _, error) = CliRunner.Run(resolved);
        Assert.Equal(2, code);
        Assert.StartsWith("networkgraph: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("import")));
    }

    [Fact]
    public void OutputIsAFile_ExitsTwoNamingTheOption()
    {
        using var temp = new TempDirectory();
        string file = temp.Combine("taken");
        File.WriteAllText(file, "keep me");
        var (code, _, error) = CliRunner.Run("export", RepositoryPaths.Data("zone6"), "--neo4j-import", file);
        Assert.Equal(2, code);
        Assert.Contains($"--neo4j-import {file}: is a file", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void InvalidEdgeList_ExitsTwoWithTheLocationAndLeavesEarlierFilesAlone()
    {
        using var temp = new TempDirectory();
        string dir = temp.Combine("import");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nodes.csv"), "earlier");
        File.WriteAllText(Path.Combine(dir, "relationships.csv"), "earlier");
        string edges = temp.Combine("edges.txt");
        File.WriteAllText(edges, "a b\nb c heavy\n");
        var (code, _, error) = CliRunner.Run("export", "--edges", edges, "--neo4j-import", dir);
        Assert.Equal(2, code);
        Assert.Contains($"{edges}:2:", error, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(dir, "nodes.csv")));
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(dir, "relationships.csv")));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".ng-*"));
    }

    [Fact]
    public void InvalidDataset_ExitsTwoWithTheLocationAndWritesNothing()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("wave");
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Data("zone6"), "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "answers.csv"), "R-nobody,sending,regularly,phone,\n");
        string dir = temp.Combine("import");
        var (code, _, error) = CliRunner.Run("export", folder, "--neo4j-import", dir);
        Assert.Equal(2, code);
        Assert.Matches(@"answers\.csv:\d+:\d+: ", error);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Workbook_GivesTheFolderGraphNamedAfterTheWorkbook()
    {
        using var temp = new TempDirectory();
        string workbook = temp.Combine("zone6-2016.xlsx");
        WorkbookWriter.FromFolder(RepositoryPaths.Data("zone6"), workbook, ["actors", "respondents", "answers", "partners"]);
        var (folderCode, _, folderError) = CliRunner.Run("export", RepositoryPaths.Data("zone6"), "--neo4j-import", temp.Combine("folder"), "--wave", "zone6-2016", "--metrics", "degree", "--quiet");
        Assert.True(folderCode == 0, folderError);
        var (code, _, error) = CliRunner.Run("export", workbook, "--neo4j-import", temp.Combine("workbook"), "--metrics", "degree", "--quiet");
        Assert.True(code == 0, error);
        string WithoutIngestedAt(string path) => string.Join('\n', File.ReadLines(path).Where(l => !l.StartsWith("wave:", StringComparison.Ordinal)));
        Assert.Equal(WithoutIngestedAt(temp.Combine("folder", "nodes.csv")), WithoutIngestedAt(temp.Combine("workbook", "nodes.csv")));
        Assert.Equal(File.ReadAllText(temp.Combine("folder", "relationships.csv")), File.ReadAllText(temp.Combine("workbook", "relationships.csv")));
        Assert.StartsWith("wave:zone6-2016,Wave,zone6-2016,", File.ReadLines(temp.Combine("workbook", "nodes.csv")).Last(), StringComparison.Ordinal);
    }
}
