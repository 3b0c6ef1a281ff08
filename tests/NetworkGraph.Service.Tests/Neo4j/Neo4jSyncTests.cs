using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests.Neo4j;

public sealed class Neo4jSyncTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaveReachesNeo4jInTheGraphModelAndADeletionRemovesIt()
    {
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        await using RunningService service = await RunningService.StartAsync(extraArgs: Neo4jKit.Args(fake));
        await DropZone6Async(service, "zone6");
        await WaitSyncedAsync(service, "zone6");

        FakeGraph graph = fake.Graph;
        Assert.Equal(2, graph.Constraints.Count);
        Assert.True(
            fake.Statements.ToList().IndexOf(Cypher.WaveConstraint) < fake.Statements.ToList().IndexOf(Cypher.MergeWave),
            "constraints are created before any write");

        // The graph against the library's own analysis of the processed wave.
        string folder = Path.Combine(service.Inbox, "processed", "zone6");
        DatasetInput input = DatasetInput.Read(folder);
        SurveyNetwork network = input.Network;
        JsonObject wave = Assert.Single(graph.Waves).Value;
        Assert.Equal(network.Dataset.Actors.Length, (int)wave["actors"]!);
        Assert.Equal(network.Dataset.Respondents.Length, (int)wave["respondents"]!);
        Assert.Equal(network.Dataset.Actors.Select(a => a.Id).Order(StringComparer.Ordinal), graph.Actors.Keys);
        foreach (var actor in network.Dataset.Actors)
        {
            JsonObject node = graph.Actors[actor.Id];
            Assert.Equal(actor.Name, (string?)node["name"]);
            Assert.Equal(SurveyLabels.Format(actor.Setting), (string?)node["setting"]);
        }

        IReadOnlyList<string> rows = WaveAnalyzer.MetricsRows(DatasetAnalysis.Analyze(input, null, Ct).LayerMetrics, Ct);
        Assert.Equal(network.Dataset.Actors.Length, graph.InWave.Count);
        foreach (string text in rows)
        {
            JsonObject row = JsonNode.Parse(text)!.AsObject();
            JsonObject props = graph.InWave[((string)row["id"]!, "zone6")];
            foreach (string column in GraphRows.MetricColumns)
            {
                Assert.True(JsonNode.DeepEquals(row[column], props[$"{(string)row["layer"]!}_{column}"]), $"{row["id"]} {row["layer"]} {column}");
            }
        }

        foreach ((SurveyLayer layer, string type) in new[] { (SurveyLayer.Sending, "SENDING"), (SurveyLayer.Receiving, "RECEIVING"), (SurveyLayer.Exchange, "EXCHANGE") })
        {
            var expected = network[layer].Edges()
                .Select(e => (From: network.Nodes[e.Source], To: network.Nodes[e.Target], e.Weight, Reports: network.Reports(layer, e.Source, e.Target)))
                .Select(e => layer == SurveyLayer.Exchange && string.CompareOrdinal(e.From, e.To) > 0 ? (From: e.To, To: e.From, e.Weight, e.Reports) : e)
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
                .ToList();
            var actual = graph.Ties.Where(t => t.Key.Type == type)
                .Select(t => (t.Key.From, t.Key.To, Weight: (double)t.Value["weight"]!, Reports: (int)t.Value["reports"]!))
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
            Assert.All(graph.Ties.Where(t => t.Key.Type == type), t => Assert.Equal("zone6", (string?)t.Value["wave"]));
        }

        // Writing the same job again leaves the graph identical.
        string before = graph.Canonical();
        await Neo4jKit.Store(fake.Uri).UpsertWaveAsync(service.App.Services.GetRequiredService<WaveStore>().GraphOf("zone6")!, Ct);
        Assert.Equal(before, fake.Graph.Canonical());

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/zone6");
        delete.Headers.Add("X-Api-Key", RunningService.Key);
        Assert.Equal(HttpStatusCode.NoContent, (await service.Client.SendAsync(delete, Ct)).StatusCode);
        await RunningService.WaitForAsync(async () => (int)(await Neo4jKit.GetJsonAsync(service.Client, "/health/ready"))["syncBacklog"]! == 0);
        FakeGraph after = fake.Graph;
        Assert.Empty(after.Waves);
        Assert.Empty(after.Actors);
        Assert.Empty(after.InWave);
        Assert.Empty(after.Ties);
    }

    [Fact]
    public async Task ActorsAreSharedAcrossWavesAndDeletingOneWaveKeepsTheOther()
    {
        WaveGraph a = Neo4jKit.Zone6Graph("a");
        WaveGraph b = Neo4jKit.Zone6Graph("b");
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        Neo4jHttpGraphStore store = Neo4jKit.Store(fake.Uri);
        await store.EnsureSchemaAsync(Ct);
        await store.UpsertWaveAsync(a, Ct);
        string onlyA = fake.Graph.Canonical();
        await store.UpsertWaveAsync(b, Ct);
        FakeGraph both = fake.Graph;
        Assert.Equal(a.ActorRows.Count, both.Actors.Count);
        Assert.Equal(2 * a.ActorRows.Count, both.InWave.Count);
        Assert.Equal(2 * a.TieRows.Count, both.Ties.Count);

        await store.DeleteWaveAsync("b", Ct);
        Assert.Equal(onlyA, fake.Graph.Canonical());
    }

    [Theory]
    [InlineData(Fault.ServiceUnavailable)]
    [InlineData(Fault.TransientBody)]
    [InlineData(Fault.Timeout)]
    [InlineData(Fault.Drop)]
    [InlineData(Fault.DropAfterWork)]
    public async Task TransientFaultsAreRetriedAndTheGraphIsExactlyTheExpectedOne(Fault fault)
    {
        WaveGraph wave = Neo4jKit.Zone6Graph("zone6");
        string expected = await Neo4jKit.ReferenceAsync(wave);
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        fake.Hang = TimeSpan.FromSeconds(1.5);

        // Faults on a schema statement, the transaction start and a batch in the middle.
        fake.FaultPlan = n => n is 1 or 3 or 7 ? fault : Fault.None;
        Neo4jHttpGraphStore store = Neo4jKit.Store(fake.Uri);
        await store.EnsureSchemaAsync(Ct);
        await store.UpsertWaveAsync(wave, Ct);
        int requests = fake.Requests;
        Assert.True(requests > 7, $"{requests} requests");
        Assert.Equal(expected, fake.Graph.Canonical());

        // The same fault on the commit (for DropAfterWork: applied, but its answer lost), then retried.
        fake.FaultPlan = null;
        int start = fake.Requests;
        await store.UpsertWaveAsync(wave, Ct);
        int perJob = fake.Requests - start;
        int commit = fake.Requests + perJob;
        fake.FaultPlan = n => n == commit ? fault : Fault.None;
        await store.UpsertWaveAsync(wave, Ct);
        Assert.True(fake.Requests > commit, "the commit was retried");
        Assert.Equal(expected, fake.Graph.Canonical());
    }

    [Fact]
    public async Task TheOlderTransactionEndpointWritesTheSameGraph()
    {
        WaveGraph wave = Neo4jKit.Zone6Graph("zone6");
        string expected = await Neo4jKit.ReferenceAsync(wave);
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        fake.FaultPlan = n => n == 3 ? Fault.ServiceUnavailable : Fault.None;
        Neo4jHttpGraphStore store = Neo4jKit.Store(fake.Uri, api: "tx");
        await store.EnsureSchemaAsync(Ct);
        await store.UpsertWaveAsync(wave, Ct);
        Assert.Equal(expected, fake.Graph.Canonical());
    }

    [Fact]
    public async Task TransientFaultsThatNeverEndKeepTheJobPendingAndTheGraphUntouched()
    {
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        fake.FaultPlan = _ => Fault.ServiceUnavailable;
        Neo4jHttpGraphStore store = Neo4jKit.Store(fake.Uri, maxRetries: 2);
        await Assert.ThrowsAsync<GraphStoreTransientException>(() => store.UpsertWaveAsync(Neo4jKit.Zone6Graph("zone6"), Ct));
        Assert.Equal(3, fake.Requests);
        Assert.Empty(fake.Graph.Actors);
    }

    [Fact]
    public async Task AClientErrorStopsTheJobAndShowsInHealthReady()
    {
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        fake.FaultPlan = n => n == 4 ? Fault.ClientError : Fault.None;
        await using RunningService service = await RunningService.StartAsync(extraArgs: Neo4jKit.Args(fake));
        await DropZone6Async(service, "zone6");
        await RunningService.WaitForAsync(async () => (string?)(await Neo4jKit.GetJsonAsync(service.Client, "/api/waves")).AsArray().FirstOrDefault()?["syncStatus"] == "failed");

        using HttpResponseMessage ready = await service.Client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        JsonNode body = JsonNode.Parse(await ready.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(1, (int)body["syncBacklog"]!);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", (string?)body["lastSyncError"], StringComparison.Ordinal);
        int requests = fake.Requests;
        await Task.Delay(500, Ct);
        Assert.Equal(requests, fake.Requests);

        // The failed transaction was rolled back: nothing of the wave is in Neo4j.
        Assert.Empty(fake.Graph.Waves);
        Assert.Empty(fake.Graph.Actors);
    }

    [Fact]
    public async Task WrongCredentialsStopTheJobWithoutShowingThePassword()
    {
        await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
        const string wrong = "not-the-Pa55word";
        await using RunningService service = await RunningService.StartAsync(extraArgs: Neo4jKit.Args(fake, password: wrong));
        await DropZone6Async(service, "zone6");
        await RunningService.WaitForAsync(async () => (string?)(await Neo4jKit.GetJsonAsync(service.Client, "/api/waves")).AsArray().FirstOrDefault()?["syncStatus"] == "failed");
        string ready = await (await service.Client.GetAsync("/health/ready", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", ready, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, ready, StringComparison.Ordinal);
        Assert.Empty(fake.Graph.Constraints);
    }

    internal static async Task DropZone6Async(RunningService service, string id)
    {
        string wave = Path.Combine(service.Inbox, id);
        RunningService.CopyZone6(wave);
        await File.WriteAllTextAsync(Path.Combine(wave, "READY"), string.Empty, Ct);
    }

    private static Task WaitSyncedAsync(RunningService service, string id) =>
        RunningService.WaitForAsync(async () =>
            (await Neo4jKit.GetJsonAsync(service.Client, "/api/waves")).AsArray().Any(w => (string?)w!["id"] == id && (string?)w["syncStatus"] == "synced"));
}
