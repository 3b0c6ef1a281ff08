using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>
/// The sync against a real Neo4j (5.26 or later) when <c>NEO4J_URI</c> (an HTTP address such as
/// <c>http://localhost:7474</c>), <c>NEO4J_USER</c> and <c>NEO4J_PASSWORD</c> are set; skipped otherwise.
/// It writes a wave under a fresh id, checks it, writes it again, and deletes it.
/// </summary>
public sealed class Neo4jLiveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ZoneSixReachesARealNeo4jAndLeavesNothingAfterItsDeletion()
    {
        string? uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(uri), "NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) is not set: no real Neo4j to test against.");
        string user = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
        string password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty;
        string id = "live-" + Guid.NewGuid().ToString("N")[..12];
        WaveGraph wave = Neo4jKit.Zone6Graph(id);
        var store = new Neo4jHttpGraphStore(
            new LiveFactory(),
            Microsoft.Extensions.Options.Options.Create(new Neo4jOptions { Uri = uri, User = user, Password = password, TimeoutSeconds = 30 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Neo4jHttpGraphStore>.Instance);
        try
        {
            await store.EnsureSchemaAsync(Ct);
            await store.UpsertWaveAsync(wave, Ct);
            await store.UpsertWaveAsync(wave, Ct);
            Assert.Equal(wave.ActorRows.Count, await CountAsync(uri!, user, password, "MATCH (:Actor)-[r:IN_WAVE]->(:Wave {id: $id}) RETURN count(r)", id));
            Assert.Equal(wave.TieRows.Count, await CountAsync(uri!, user, password, "MATCH (:Actor)-[r:SENDING|RECEIVING|EXCHANGE]->(:Actor) WHERE r.wave = $id RETURN count(r)", id));
        }
        finally
        {
            await store.DeleteWaveAsync(id, Ct);
        }

        Assert.Equal(0, await CountAsync(uri!, user, password, "MATCH (w:Wave {id: $id}) RETURN count(w)", id));
    }

    private static async Task<long> CountAsync(string uri, string user, string password, string statement, string id)
    {
        using var http = new HttpClient { BaseAddress = new Uri(uri.TrimEnd('/') + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "db/neo4j/query/v2")
        {
            Content = new StringContent(new JsonObject { ["statement"] = statement, ["parameters"] = new JsonObject { ["id"] = id } }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        using HttpResponseMessage response = await http.SendAsync(request, Ct);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        return (long)body["data"]!["values"]![0]![0]!;
    }

    private sealed class LiveFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new() { Timeout = TimeSpan.FromSeconds(30) };
    }
}
