using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>Helpers shared by the Neo4j sync tests.</summary>
internal static class Neo4jKit
{
    /// <summary>Service arguments that point the sync at <paramref name="fake"/>, with short retry delays.</summary>
    public static string[] Args(FakeNeo4j fake, string api = "query", string password = FakeNeo4j.Password, int batchSize = 16) =>
    [
        "--Neo4j:Uri", fake.Uri,
        "--Neo4j:User", FakeNeo4j.User,
        "--Neo4j:Password", password,
        "--Neo4j:Api", api,
        "--Neo4j:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Neo4j:RetryDelayMilliseconds", "20",
        "--Neo4j:MaxRetries", "6",
        "--Neo4j:TimeoutSeconds", "1",
    ];

    /// <summary>A graph store talking to <paramref name="uri"/>, as the service builds it.</summary>
    public static Neo4jHttpGraphStore Store(string uri, string api = "query", int batchSize = 16, int maxRetries = 6, string password = FakeNeo4j.Password) =>
        new(
            new Factory(),
            Options.Create(new Neo4jOptions
            {
                Uri = uri,
                User = FakeNeo4j.User,
                Password = password,
                Api = api,
                BatchSize = batchSize,
                RetryDelayMilliseconds = 5,
                MaxRetries = maxRetries,
                TimeoutSeconds = 1,
            }),
            NullLogger<Neo4jHttpGraphStore>.Instance);

    /// <summary>The zone 6 survey analysed and stored under <paramref name="id"/> in a temporary database, and its graph.</summary>
    public static WaveGraph Zone6Graph(string id)
    {
        string root = Path.Combine(Path.GetTempPath(), "ng-neo4j-" + Guid.NewGuid().ToString("N"));
        try
        {
            string folder = Path.Combine(root, id);
            RunningService.CopyZone6(folder);
            var store = new WaveStore(Path.Combine(root, "db.sqlite"));
            AnalyzedWave wave = new WaveAnalyzer(new LibraryReportPageRenderer()).Analyze(id, folder, TestContext.Current.CancellationToken);
            store.Store(wave, enqueueSync: true, DateTimeOffset.UnixEpoch);
            return store.GraphOf(id)!;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The graph a fault-free server holds after <paramref name="waves"/> were written once each.</summary>
    public static async Task<string> ReferenceAsync(params WaveGraph[] waves)
    {
        await using FakeNeo4j clean = await FakeNeo4j.StartAsync();
        Neo4jHttpGraphStore store = Store(clean.Uri, batchSize: 100_000);
        await store.EnsureSchemaAsync(TestContext.Current.CancellationToken);
        foreach (WaveGraph wave in waves)
        {
            await store.UpsertWaveAsync(wave, TestContext.Current.CancellationToken);
        }

        return clean.Graph.Canonical();
    }

    public static async Task<JsonNode> GetJsonAsync(HttpClient client, string path) =>
        JsonNode.Parse(await client.GetStringAsync(path, TestContext.Current.CancellationToken))!;

    private sealed class Factory : IHttpClientFactory
    {
        private static readonly SocketsHttpHandler Handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };

        public HttpClient CreateClient(string name) => new(Handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(1) };
    }
}
