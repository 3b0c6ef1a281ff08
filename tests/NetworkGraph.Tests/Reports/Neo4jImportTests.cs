using System.Globalization;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.IO;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Reports;

/// <summary>The neo4j-admin bulk-import files, read back as neo4j-admin would read them, against the graph model.</summary>
public sealed class Neo4jImportTests
{
    private static readonly DateTimeOffset IngestedAt = new(2016, 11, 14, 9, 30, 5, 123, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Dataset_Zone6_ReadsBackAsTheGraphModel()
    {
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(RepositoryPaths.Data("zone6")), null, Ct);
        SurveyNetwork network = analysis.Network;
        using var temp = new TempDirectory();
        Neo4jImportSummary summary = WriteDataset(analysis, "zone6", temp);
        var (nodes, relationships) = Neo4jImportReader.Read(temp.Combine("nodes.csv"), temp.Combine("relationships.csv"));
        Assert.Equal(nodes.Count, summary.Nodes);
        Assert.Equal(relationships.Count, summary.Relationships);
        Assert.False(summary.MultilineFields);

        // Actors: one node per actor, exactly {id, name, kind, setting, zone}, all strings.
        var actors = nodes.Values.Where(n => n.Labels.SequenceEqual(["Actor"])).ToDictionary(n => (string)n.Properties["id"], StringComparer.Ordinal);
        Assert.Equal(network.Dataset.Actors.Length, actors.Count);
        foreach (var actor in network.Dataset.Actors)
        {
            ImportedNode node = actors[actor.Id];
            Assert.Equal(["id", "kind", "name", "setting", "zone"], node.Properties.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(actor.Name, node.Properties["name"]);
            Assert.Equal(actor.Kind, node.Properties["kind"]);
            Assert.Equal(SurveyLabels.Format(actor.Setting), node.Properties["setting"]);
            Assert.Equal(actor.Zone, node.Properties["zone"]);
        }

        Assert.Contains(network.Dataset.Actors, a => a.Zone.Length == 0);

        // The wave node.
        ImportedNode wave = Assert.Single(nodes.Values, n => n.Labels.SequenceEqual(["Wave"]));
        Assert.Equal(4, wave.Properties.Count);
        Assert.Equal("zone6", wave.Properties["id"]);
        Assert.Equal("2016-11-14T09:30:05.123Z", wave.Properties["ingestedAt"]);
        Assert.Equal((long)network.Dataset.Actors.Length, wave.Properties["actors"]);
        Assert.Equal((long)network.Dataset.Respondents.Length, wave.Properties["respondents"]);
        Assert.Equal(actors.Count + 1, nodes.Count);

        // IN_WAVE: one per actor, every non-empty cell of metrics.csv as <layer>_<metric>, integers as long.
        var inWave = relationships.Where(r => r.Type == "IN_WAVE").ToList();
        Assert.Equal(actors.Count, inWave.Count);
        Assert.All(inWave, r => Assert.Same(wave, r.End));
        var byActor = inWave.ToDictionary(r => (string)r.Start.Properties["id"], StringComparer.Ordinal);
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        MetricsCsvWriter.Write(analysis.LayerMetrics, csv, Ct);
        string metricsPath = temp.Combine("metrics.csv");
        File.WriteAllText(metricsPath, csv.ToString());
        var (header, rows) = CliRunner.ReadCsv(metricsPath);
        var expectedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string[] row in rows)
        {
            Dictionary<string, object> props = byActor[row[0]].Properties;
            for (int c = 2; c < header.Length; c++)
            {
                string key = row[1] + "_" + header[c];
                if (row[c].Length == 0)
                {
                    Assert.False(props.ContainsKey(key), $"{row[0]} {key} is undefined, so no property");
                    continue;
                }

                expectedCounts[row[0]] = expectedCounts.GetValueOrDefault(row[0]) + 1;
                object expected = header[c] is "degree" or "in_degree" or "out_degree" or "core" or "community"
                    ? (object)long.Parse(row[c], CultureInfo.InvariantCulture)
                    : double.Parse(row[c], CultureInfo.InvariantCulture);
                Assert.True(expected.Equals(props[key]), $"{row[0]} {key}: {expected} ({expected.GetType().Name}) vs {props[key]} ({props[key].GetType().Name})");
            }
        }

        Assert.All(byActor, kv => Assert.Equal(expectedCounts[kv.Key], kv.Value.Properties.Count));
        Assert.Contains(byActor.Values, r => r.Properties.ContainsKey("referral_betweenness"));

        // Ties: every layer edge once, oriented as the layer, with its weight and reports.
        foreach ((SurveyLayer layer, string type) in new[] { (SurveyLayer.Sending, "SENDING"), (SurveyLayer.Receiving, "RECEIVING"), (SurveyLayer.Exchange, "EXCHANGE") })
        {
            var expected = network[layer].Edges()
                .Select(e => (From: network.Nodes[e.Source], To: network.Nodes[e.Target], Weight: (long)e.Weight, Reports: (long)network.Reports(layer, e.Source, e.Target)))
                .Select(e => layer == SurveyLayer.Exchange && string.CompareOrdinal(e.From, e.To) > 0 ? (From: e.To, To: e.From, e.Weight, e.Reports) : e)
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
                .ToList();
            var ties = relationships.Where(r => r.Type == type).ToList();
            var actual = ties
                .Select(r => (From: (string)r.Start.Properties["id"], To: (string)r.End.Properties["id"], Weight: (long)r.Properties["weight"], Reports: (long)r.Properties["reports"]))
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
            Assert.All(ties, r =>
            {
                Assert.Equal(["Actor"], r.Start.Labels);
                Assert.Equal(["Actor"], r.End.Labels);
                Assert.Equal(["channels", "formal", "frequency", "reports", "wave", "weight"], r.Properties.Keys.Order(StringComparer.Ordinal));
                Assert.Equal("zone6", r.Properties["wave"]);
                Assert.Equal(SurveyLabels.Format((Frequency)(long)r.Properties["weight"]), r.Properties["frequency"]);
                Assert.IsType<bool>(r.Properties["formal"]);
                Assert.All(((string)r.Properties["channels"]).Split(';', StringSplitOptions.RemoveEmptyEntries), c => Assert.Contains(c, new[] { "phone", "mail", "meeting", "informal", "other" }));
            });
        }

        Assert.Equal(inWave.Count + network[SurveyLayer.Sending].EdgeCount + network[SurveyLayer.Receiving].EdgeCount + network[SurveyLayer.Exchange].EdgeCount, relationships.Count);
    }

    [Fact]
    public void Dataset_ActorAndWaveWithTheSameId_StayTwoNodes()
    {
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(RepositoryPaths.Data("zone6")), new NodeMetricsOptions { Columns = [MetricColumns.Degree] }, Ct);
        string actorId = analysis.Network.Dataset.Actors[0].Id;
        using var temp = new TempDirectory();
        WriteDataset(analysis, actorId, temp);
        var (nodes, relationships) = Neo4jImportReader.Read(temp.Combine("nodes.csv"), temp.Combine("relationships.csv"));
        Assert.Equal(2, nodes.Values.Count(n => (string)n.Properties["id"] == actorId));
        Assert.All(relationships.Where(r => r.Type == "IN_WAVE"), r => Assert.Equal(["Wave"], r.End.Labels));
    }

    [Fact]
    public void Dataset_NamesNeo4jWouldMisread_AreQuotedAndReadBackExactly()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("wave");
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Data("zone6"), "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // The first actor's name gets a quote, a comma, a line break, a backslash and a semicolon.
        string actorsPath = Path.Combine(folder, "actors.csv");
        string[] lines = File.ReadAllLines(actorsPath);
        char delimiter = lines[0].Contains(';', StringComparison.Ordinal) && !lines[0].Contains(',', StringComparison.Ordinal) ? ';' : ',';
        string[] header = lines[0].Split(delimiter);
        string[] cells = lines[1].Split(delimiter);
        Assert.Equal(header.Length, cells.Length);
        int nameColumn = Array.IndexOf(header, "name");
        cells[nameColumn] = "\"Le \"\"Phare\"\", Verviers\nsite 2 \\ étage; B\"";
        lines[1] = string.Join(delimiter, cells);
        File.WriteAllText(actorsPath, string.Join("\n", lines) + "\n");

        DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(folder), new NodeMetricsOptions { Columns = [MetricColumns.Degree] }, Ct);
        string name = analysis.Network.Dataset.Actors[0].Name;
        Assert.Contains('\n', name);
        Assert.Contains('"', name);
        string output = temp.Combine("import");
        Directory.CreateDirectory(output);
        Neo4jImportSummary summary = WriteDataset(analysis, "wave one", output);
        Assert.True(summary.MultilineFields);
        Assert.Contains("--multiline-fields=true", Neo4jImportWriter.AdminCommand(summary, output, "neo4j"), StringComparison.Ordinal);

        // Without --multiline-fields neo4j-admin would stop at the line break; with it, the name comes back whole.
        Assert.Throws<InvalidDataException>(() => Neo4jImportReader.Read(Path.Combine(output, "nodes.csv"), Path.Combine(output, "relationships.csv")));
        var (nodes, _) = Neo4jImportReader.Read(Path.Combine(output, "nodes.csv"), Path.Combine(output, "relationships.csv"), multilineFields: true);
        Assert.Equal(name, nodes[(string.Empty, "actor:" + analysis.Network.Dataset.Actors[0].Id)].Properties["name"]);
        Assert.Equal("wave one", nodes[(string.Empty, "wave:wave one")].Properties["id"]);
    }

    [Fact]
    public void EdgeList_Undirected_WritesEachEdgeOnceFromTheNodeSeenFirst()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("edges.txt");
        File.WriteAllText(path, "# ids neo4j-admin would misread unquoted\na,b \"q\" 2.5\n\"q\" c\nc a,b 3\nlonely\nx\\y a,b\n");
        GraphInput input = GraphInput.Read(path, new EdgeListOptions(), null, Ct);
        NodeMetricsTable metrics = NodeMetrics.Compute(input.Graph, new NodeMetricsOptions { Columns = [MetricColumns.Degree, MetricColumns.PageRank, MetricColumns.Eigenvector] }, Ct);
        var (nodes, relationships, summary) = WriteGraph(input, metrics, temp);

        Assert.Equal(5, summary.Nodes);
        Assert.Equal(["a,b", "\"q\"", "c", "lonely", "x\\y"], nodes.Values.Select(n => (string)n.Properties["id"]));
        Assert.All(nodes.Values, n => Assert.Equal("Node", n.IdSpace));
        Assert.All(nodes.Values, n => Assert.Equal(["Node"], n.Labels));
        for (int v = 0; v < input.Graph.NodeCount; v++)
        {
            ImportedNode node = nodes[("Node", input.Graph.Nodes[v])];
            Assert.Equal((long)metrics.Column(MetricColumns.Degree)[v], node.Properties["degree"]);
            Assert.Equal(metrics.Column(MetricColumns.PageRank)[v], (double)node.Properties["pagerank"]);
            Assert.False(node.Properties.ContainsKey("eigenvector"), "eigenvector is undefined on a disconnected graph: no property");
        }

        Assert.Equal(
            new[] { ("a,b", "\"q\"", 2.5), ("\"q\"", "c", 1.0), ("a,b", "c", 3.0), ("a,b", "x\\y", 1.0) }.Order(),
            relationships.Select(r => ((string)r.Start.Properties["id"], (string)r.End.Properties["id"], (double)r.Properties["weight"])).Order());
        Assert.All(relationships, r => Assert.Equal("TIE", r.Type));
        Assert.Equal(input.Graph.EdgeCount, summary.Relationships);
    }

    [Fact]
    public void EdgeList_Directed_KeepsEveryArcAndItsDirection()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("arcs.txt");
        File.WriteAllText(path, "b a 0.5\na b\nc a\n");
        GraphInput input = GraphInput.Read(path, new EdgeListOptions { Directed = true }, null, Ct);
        var (nodes, relationships, summary) = WriteGraph(input, null, temp);
        Assert.Equal(["id"], nodes[("Node", "a")].Properties.Keys);
        Assert.Equal(
            new[] { ("a", "b", 1.0), ("b", "a", 0.5), ("c", "a", 1.0) }.Order(),
            relationships.Select(r => ((string)r.Start.Properties["id"], (string)r.End.Properties["id"], (double)r.Properties["weight"])).Order());
        Assert.Equal(3, summary.Relationships);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "\"\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" leading", "\" leading\"")]
    [InlineData("trailing\t", "\"trailing\t\"")]
    [InlineData("back\\slash", "back\\slash")]
    [InlineData("semi;colon", "semi;colon")]
    [InlineData("inner space", "inner space")]
    public void Field_EveryHazard_IsQuotedOnlyWhenNeeded(string value, string written)
    {
        Assert.Equal(written, Field(csv => csv.String(value, "name")));
        if (value.Length > 0)
        {
            Assert.Equal(written, Field(csv => csv.Utf8(Encoding.UTF8.GetBytes(value), "node id")));
        }
    }

    [Fact]
    public void Field_LineBreak_IsRecordedForMultilineFields()
    {
        using var stream = new MemoryStream();
        using var csv = new Neo4jImportCsv(stream, "nodes.csv");
        csv.String("one line", "name");
        Assert.False(csv.Multiline);
        csv.String("two\nlines", "name");
        Assert.True(csv.Multiline);
    }

    [Fact]
    public void Field_Nul_IsRefusedNamingTheFileAndTheValue()
    {
        using var stream = new MemoryStream();
        using var csv = new Neo4jImportCsv(stream, "nodes.csv");
        var e = Assert.Throws<NetworkGraphException>(() => csv.String("bad\0name", "actor name"));
        Assert.Equal("nodes.csv: the actor name 'bad\\0name' holds a NUL character, which neo4j-admin cannot import", e.Message);
        Assert.Throws<NetworkGraphException>(() => csv.Utf8("x\0"u8, "node id"));
        var empty = Assert.Throws<NetworkGraphException>(() => csv.Utf8([], "node id"));
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    [InlineData(double.NegativeInfinity, "")]
    [InlineData(3.0, "3")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(1e300, "1E+300")]
    public void Number_NonFinite_IsNoValue_OthersRoundTrip(double value, string written)
    {
        string text = Field(csv => csv.Number(value));
        Assert.Equal(written, text);
        if (text.Length > 0)
        {
            Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void AdminCommand_QuotesPathsForTheShell()
    {
        var summary = new Neo4jImportSummary(1, 0, false);
        Assert.Equal(
            "neo4j-admin database import full --nodes=imp/nodes.csv --relationships=imp/relationships.csv neo4j",
            Neo4jImportWriter.AdminCommand(summary, "imp", "neo4j"));
        Assert.Equal(
            "neo4j-admin database import full '--nodes=my import/nodes.csv' '--relationships=my import/relationships.csv' national",
            Neo4jImportWriter.AdminCommand(summary, "my import", "national"));
    }

    private static string Field(Action<Neo4jImportCsv> write)
    {
        using var stream = new MemoryStream();
        using (var csv = new Neo4jImportCsv(stream, "nodes.csv"))
        {
            write(csv);
            csv.Flush();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Neo4jImportSummary WriteDataset(DatasetAnalysis analysis, string wave, TempDirectory temp) => WriteDataset(analysis, wave, temp.Path);

    private static Neo4jImportSummary WriteDataset(DatasetAnalysis analysis, string wave, string directory)
    {
        using FileStream nodes = File.Create(Path.Combine(directory, "nodes.csv"));
        using FileStream relationships = File.Create(Path.Combine(directory, "relationships.csv"));
        return Neo4jImportWriter.Write(analysis, wave, IngestedAt, nodes, relationships, Ct);
    }

    private static (Dictionary<(string, string), ImportedNode> Nodes, List<ImportedRelationship> Relationships, Neo4jImportSummary Summary) WriteGraph(GraphInput input, NodeMetricsTable? metrics, TempDirectory temp)
    {
        Neo4jImportSummary summary;
        using (FileStream nodes = File.Create(temp.Combine("nodes.csv")))
        using (FileStream relationships = File.Create(temp.Combine("relationships.csv")))
        {
            summary = Neo4jImportWriter.Write(input.Graph, metrics, nodes, relationships, Ct);
        }

        var (n, r) = Neo4jImportReader.Read(temp.Combine("nodes.csv"), temp.Combine("relationships.csv"));
        return (n, r, summary);
    }
}
