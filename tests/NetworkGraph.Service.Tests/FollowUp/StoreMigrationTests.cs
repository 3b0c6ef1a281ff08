using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;

namespace NetworkGraph.Service.Tests.FollowUp;

/// <summary>A database written by the previous schema (no datasets, no secret check) is upgraded in place at start.</summary>
public sealed class StoreMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADatabaseOfThePreviousSchemaStillServesItsWavesAndComparesNewOnes()
    {
        string root = Path.Combine(Path.GetTempPath(), "ng-service-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        // "old" came through the inbox, which still holds its files; "gone" was uploaded, so nothing of it is left.
        string folder = FollowUpKit.CopyDataset("zone6", Path.Combine(root, "inbox", "processed", "old"));
        byte[] report = WriteOldDatabase(Path.Combine(root, "networkgraph.db"), folder);

        RunningService first = await RunningService.StartAsync(root);
        first.DeleteOnDispose = false;
        await using (first)
        {
            await CheckAsync(first, report);
        }

        // Started again on the upgraded database: nothing to upgrade, the same answers.
        await using RunningService second = await RunningService.StartAsync(root);
        await CheckAsync(second, report);
        await using var c = new SqliteConnection($"Data Source={Path.Combine(root, "networkgraph.db")}");
        await c.OpenAsync(Ct);
        await using SqliteCommand q = c.CreateCommand();
        q.CommandText = "PRAGMA user_version";
        Assert.Equal(1L, (long)(await q.ExecuteScalarAsync(Ct))!);
    }

    private static async Task CheckAsync(RunningService service, byte[] report)
    {
        JsonArray waves = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves", Ct))!.AsArray();
        foreach (string id in new[] { "old", "gone" })
        {
            Assert.Contains(waves, w => (string?)w!["id"] == id);
            Assert.Equal(report, await service.Client.GetByteArrayAsync($"/api/waves/{id}/report", Ct));
            Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync($"/waves/{id}", Ct)).StatusCode);
            JsonNode metrics = JsonNode.Parse(await service.Client.GetStringAsync($"/api/waves/{id}/metrics?layer=all", Ct))!;
            Assert.Equal(1, metrics["total"]!.GetValue<int>());
        }

        // The previous schema kept no dataset: "old" is read again from the inbox, whose files have the stored hash …
        JsonArray directory = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/old/directory", Ct))!.AsArray();
        Assert.Equal(DatasetInput.Read(Path.Combine(service.Inbox, "processed", "old")).Network.Nodes.Count, directory.Count);

        // … while "gone" answers a clear 409, not a failure.
        foreach (string route in new[] { "/api/waves/gone/directory", "/waves/gone/directory", "/api/compare?a=gone&b=old" })
        {
            HttpResponseMessage answer = await service.Client.GetAsync(route, Ct);
            Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
            Assert.Contains("upload it again", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        // A wave stored now keeps its dataset and is compared.
        if (!waves.Any(w => (string?)w!["id"] == "new"))
        {
            await FollowUpKit.UploadOkAsync(service, "new", FollowUpKit.CopyDataset("zone6-2017", Path.Combine(service.Root, "new")));
        }

        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/api/waves/new/directory", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/api/compare?a=old&b=new", Ct)).StatusCode);
    }

    /// <summary>Writes a database exactly as the previous schema did (its DDL and positional inserts), with two
    /// waves "old" (with the content hash of <paramref name="folder"/>) and "gone", analysed by the library; returns the stored report.</summary>
    private static byte[] WriteOldDatabase(string path, string folder)
    {
        DatasetInput input = DatasetInput.Read(folder);
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, null, Ct);
        using var report = new MemoryStream();
        DatasetReportJsonWriter.Write(analysis, report);
        var html = new StringWriter(CultureInfo.InvariantCulture);
        DatasetReportHtmlWriter.Write(html, analysis, ReportLanguage.English);
        var actors = new JsonArray([.. input.Network.Dataset.Actors.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["name"] = a.Name, ["kind"] = a.Kind, ["setting"] = "hospital", ["zone"] = a.Zone })]);

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand ddl = c.CreateCommand();
            ddl.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS waves (
                    id TEXT PRIMARY KEY, hash TEXT NOT NULL, actors INTEGER NOT NULL, respondents INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL, report BLOB NOT NULL, html TEXT NOT NULL, actors_json TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS metrics (
                    wave TEXT NOT NULL, ordinal INTEGER NOT NULL, row TEXT NOT NULL, PRIMARY KEY (wave, ordinal));
                CREATE TABLE IF NOT EXISTS sync_jobs (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, wave TEXT NOT NULL, kind TEXT NOT NULL,
                    status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
                CREATE TABLE IF NOT EXISTS wave_ties (wave TEXT PRIMARY KEY, ties TEXT NOT NULL);
                """;
            ddl.ExecuteNonQuery();
            using SqliteCommand insert = c.CreateCommand();
            insert.CommandText = """
                INSERT INTO waves VALUES ('old', $hash, $actors, $respondents, '2026-01-01T00:00:00.000Z', $report, $html, $actorsJson);
                INSERT INTO metrics VALUES ('old', 0, '{"id":"cpfa","layer":"all","degree":3}');
                INSERT INTO wave_ties VALUES ('old', '[]');
                INSERT INTO waves VALUES ('gone', 'f00d', $actors, $respondents, '2026-01-02T00:00:00.000Z', $report, $html, $actorsJson);
                INSERT INTO metrics VALUES ('gone', 0, '{"id":"cpfa","layer":"all","degree":3}');
                INSERT INTO wave_ties VALUES ('gone', '[]');
                """;
            insert.Parameters.AddWithValue("$hash", WaveFiles.ContentHash(folder));
            insert.Parameters.AddWithValue("$actors", input.Network.Dataset.Actors.Length);
            insert.Parameters.AddWithValue("$respondents", input.Network.Dataset.Respondents.Length);
            insert.Parameters.AddWithValue("$report", report.ToArray());
            insert.Parameters.AddWithValue("$html", html.ToString());
            insert.Parameters.AddWithValue("$actorsJson", actors.ToJsonString());
            insert.ExecuteNonQuery();
        }

        return report.ToArray();
    }
}
