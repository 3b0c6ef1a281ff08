using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Tests.Reports;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>The bulk-import files of <c>networkgraph export --neo4j-import</c> hold exactly the rows the sync sends.</summary>
public sealed class Neo4jBulkImportTests
{
    [Fact]
    public void ExportFiles_Zone6_HoldTheSyncRows()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        WaveGraph sync = Neo4jKit.Zone6Graph("zone6");

        string root = Path.Combine(Path.GetTempPath(), "ng-bulk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(AppContext.BaseDirectory, "zone6")), null, ct);
            string nodesPath = Path.Combine(root, "nodes.csv"), relationshipsPath = Path.Combine(root, "relationships.csv");
            using (FileStream nodes = File.Create(nodesPath))
            using (FileStream relationships = File.Create(relationshipsPath))
            {
                Neo4jImportWriter.Write(analysis, "zone6", DateTimeOffset.UnixEpoch, nodes, relationships, ct);
            }

            var (imported, links) = Neo4jImportReader.Read(nodesPath, relationshipsPath);

            // The wave node.
            ImportedNode wave = Assert.Single(imported.Values, n => n.Labels.SequenceEqual(["Wave"]));
            Assert.Equal(sync.Id, wave.Properties["id"]);
            Assert.Equal(sync.IngestedAt, wave.Properties["ingestedAt"]);
            Assert.Equal((long)sync.Actors, wave.Properties["actors"]);
            Assert.Equal((long)sync.Respondents, wave.Properties["respondents"]);

            // Actor rows, property by property.
            var actors = imported.Values.Where(n => n.Labels.SequenceEqual(["Actor"])).ToDictionary(n => (string)n.Properties["id"], StringComparer.Ordinal);
            Assert.Equal(sync.ActorRows.Count, actors.Count);
            foreach (JsonObject row in sync.ActorRows)
            {
                ImportedNode node = actors[(string)row["id"]!];
                Assert.Equal(row.Select(kv => kv.Key).Order(StringComparer.Ordinal), node.Properties.Keys.Order(StringComparer.Ordinal));
                Assert.All(row, kv => Assert.Equal((string?)kv.Value, node.Properties[kv.Key]));
            }

            // IN_WAVE: the sync's null is no property; every number equal.
            var inWave = links.Where(l => l.Type == "IN_WAVE").ToDictionary(l => (string)l.Start.Properties["id"], StringComparer.Ordinal);
            Assert.Equal(sync.InWaveRows.Count, inWave.Count);
            foreach (JsonObject row in sync.InWaveRows)
            {
                Dictionary<string, object> props = inWave[(string)row["id"]!].Properties;
                JsonObject expected = row["props"]!.AsObject();
                Assert.Equal(expected.Where(kv => kv.Value is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal), props.Keys.Order(StringComparer.Ordinal));
                foreach ((string key, JsonNode? value) in expected.Where(kv => kv.Value is not null))
                {
                    Assert.Equal((double)value!, Convert.ToDouble(props[key], System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            // Ties: the same rows, every property.
            var ties = links.Where(l => l.Type != "IN_WAVE")
                .Select(l => (Type: l.Type, From: (string)l.Start.Properties["id"], To: (string)l.End.Properties["id"], Weight: (long)l.Properties["weight"], Frequency: (string)l.Properties["frequency"],
                    Channels: (string)l.Properties["channels"], Reports: (long)l.Properties["reports"], Formal: (bool)l.Properties["formal"], Wave: (string)l.Properties["wave"]))
                .ToList();
            var expectedTies = sync.TieRows
                .Select(t => (Type: (string)t["type"]!, From: (string)t["from"]!, To: (string)t["to"]!, Weight: (long)t["weight"]!, Frequency: (string)t["frequency"]!,
                    Channels: (string)t["channels"]!, Reports: (long)t["reports"]!, Formal: (bool)t["formal"]!, Wave: "zone6"))
                .ToList();
            Assert.NotEmpty(expectedTies);
            Assert.Equal(expectedTies, ties);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
