using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests.FollowUp;

/// <summary>With <c>NetworkGraph:Secret</c> no answer of any route names a personal actor; without it they do.</summary>
public sealed class PseudonymizationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithASecretNoRouteNamesAPersonAndWithoutOneTheyDo()
    {
        Dictionary<string, string> plain = await WalkAsync(secret: null);
        Dictionary<string, string> pseudo = await WalkAsync(FollowUpKit.Secret);
        Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), pseudo.Keys.Order(StringComparer.Ordinal));

        // Without a secret the persons are in every answer that carries actors (so the check below can fail) …
        string[] carryActors =
        [
            "/waves/a", "/waves/b", "/api/waves/a/report", "/api/waves/b/actors", "/api/waves/a/metrics?pageSize=10000",
            "/api/waves/b/directory", "/waves/b/directory?lang=fr", "/api/compare?a=a&b=b", "/compare?a=a&b=b&lang=fr",
            "/compare?a=a&b=b&lang=en", "neo4j:a", "neo4j:b",
        ];
        foreach (string route in carryActors)
        {
            Assert.True(FollowUpKit.Personal.Any(p => FollowUpKit.Contains(plain[route], p)), $"{route} names no person even without a secret");
        }

        // … and with one, neither they nor any respondent detail appear in any answer of any route.
        string[] forbidden = [.. FollowUpKit.Personal, .. RespondentDetails()];
        foreach ((string route, string text) in pseudo)
        {
            string? leak = forbidden.FirstOrDefault(p => FollowUpKit.Contains(text, p));
            Assert.True(leak is null, $"{route} contains '{leak}'");
        }

        // The pseudonyms are the command line's, the same in both waves.
        string pseudonym = new Pseudonymizer(FollowUpKit.Secret).Pseudonym("dr_lambert");
        Assert.Contains(pseudonym, pseudo["/api/waves/a/directory"], StringComparison.Ordinal);
        Assert.Contains(pseudonym, pseudo["/api/waves/b/directory"], StringComparison.Ordinal);
        Assert.Contains(pseudonym, pseudo["/api/compare?a=a&b=b"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PseudonymizedAnswersAreThoseOfTheCommandLineWithPseudonymize()
    {
        await using RunningService service = await RunningService.StartAsync(extraArgs: ["--NetworkGraph:Secret", FollowUpKit.Secret]);
        (string a, string b) = Waves(service.Root);
        await FollowUpKit.UploadOkAsync(service, "a", a);

        // The second wave comes through the inbox: pseudonymized alike.
        string dropped = Path.Combine(service.Inbox, "b");
        FollowUpKit.CopyFolder(b, dropped);
        await File.WriteAllTextAsync(Path.Combine(dropped, "READY"), string.Empty, Ct);
        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(service.Inbox, "processed", "b"))));

        // What networkgraph analyze and compare --pseudonymize --secret S compute on the folders.
        var pseudonymizer = new Pseudonymizer(FollowUpKit.Secret);
        DatasetInput Read(string source, string folder) => DatasetInput.Read(source, () => pseudonymizer.Apply(SurveyReader.Read(folder)));

        using var report = new MemoryStream();
        DatasetReportJsonWriter.Write(DatasetAnalysis.Analyze(Read(a, a), null, Ct), report);
        JsonObject expectedReport = JsonNode.Parse(report.ToArray())!.AsObject();
        JsonObject servedReport = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/a/report", Ct))!.AsObject();
        expectedReport.Remove("timings");
        servedReport.Remove("timings");
        Assert.True(JsonNode.DeepEquals(expectedReport, servedReport), "the pseudonymized report differs from the command line's");

        var metrics = new NodeMetricsOptions { Seed = 1 };
        WaveComparison comparison = WaveComparer.Compare(
            DatasetAnalysis.Analyze(Read("a", a), metrics, Ct), DatasetAnalysis.Analyze(Read("b", b), metrics, Ct), new WaveComparisonOptions(), Ct);
        using var compare = new MemoryStream();
        CompareJsonWriter.Write(comparison, compare, Ct);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(compare.ToArray()), await service.Client.GetStringAsync("/api/compare?a=a&b=b", Ct));
    }

    [Fact]
    public async Task WavesStoredInClearAreRefusedOnceTheServiceHasASecret()
    {
        RunningService first = await RunningService.StartAsync();
        (string a, string b) = Waves(first.Root);
        await FollowUpKit.UploadOkAsync(first, "a", a);
        Assert.Contains("Lambert", await first.Client.GetStringAsync("/api/waves/a/actors", Ct), StringComparison.Ordinal);
        first.DeleteOnDispose = false;
        string root = first.Root;
        await first.DisposeAsync();

        await using RunningService second = await RunningService.StartAsync(root, ["--NetworkGraph:Secret", FollowUpKit.Secret]);
        await FollowUpKit.UploadOkAsync(second, "b", b);
        foreach (string route in new[] { "/waves/a", "/api/waves/a/report", "/api/waves/a/actors", "/api/waves/a/gaps", "/api/waves/a/metrics", "/api/waves/a/directory", "/waves/a/directory", "/api/compare?a=a&b=b", "/compare?a=a&b=b" })
        {
            HttpResponseMessage answer = await second.Client.GetAsync(route, Ct);
            string body = await answer.Content.ReadAsStringAsync(Ct);
            Assert.True(answer.StatusCode == HttpStatusCode.Conflict, $"{route}: {(int)answer.StatusCode}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains("upload it again", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Lambert", body, StringComparison.Ordinal);
        }

        // Its Neo4j rows are refused too, and the wave can still be listed and deleted.
        Assert.Throws<GraphStoreClientException>(() => second.App.Services.GetRequiredService<WaveStore>().GraphOf("a"));
        Assert.Equal(2, JsonNode.Parse(await second.Client.GetStringAsync("/api/waves", Ct))!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.GetAsync("/api/waves/b/directory", Ct)).StatusCode);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/a");
        delete.Headers.Add("X-Api-Key", RunningService.Key);
        Assert.Equal(HttpStatusCode.NoContent, (await second.Client.SendAsync(delete, Ct)).StatusCode);
    }

    [Fact]
    public void ASecretShorterThan12CharactersStopsTheStartWithoutShowingIt()
    {
        string root = Path.Combine(Path.GetTempPath(), "ng-service-" + Guid.NewGuid().ToString("N"));
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => ServiceHost.Build(
                ["--urls", "http://127.0.0.1:0", "--NetworkGraph:Database", Path.Combine(root, "db.sqlite"), "--NetworkGraph:Inbox", Path.Combine(root, "inbox"), "--NetworkGraph:Secret", "tiny-secret"]));
            Assert.Contains("at least 12", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("tiny-secret", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Starts a service (with or without a secret), stores both waves, and answers every GET route of it with
    /// each wave (and the Neo4j rows of each wave, as <c>neo4j:ID</c>): route → readable text.</summary>
    private static async Task<Dictionary<string, string>> WalkAsync(string? secret)
    {
        await using RunningService service = await RunningService.StartAsync(extraArgs: secret is null ? [] : ["--NetworkGraph:Secret", secret]);
        (string a, string b) = Waves(service.Root);
        await FollowUpKit.UploadOkAsync(service, "a", a);
        await FollowUpKit.UploadOkAsync(service, "b", b);

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> patterns = [.. service.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))];
        Assert.Contains("/api/compare", patterns);
        Assert.Contains("/waves/{id}/directory", patterns);
        foreach (string pattern in patterns.Distinct(StringComparer.Ordinal))
        {
            string[] queries = pattern switch
            {
                "/api/compare" => ["?a=a&b=b"],
                "/compare" => ["?a=a&b=b&lang=fr", "?a=a&b=b&lang=en"],
                "/waves/{id}/directory" => ["?lang=fr", "?lang=en"],
                "/api/waves/{id}/metrics" => ["?pageSize=10000"],
                _ => [string.Empty],
            };
            foreach (string id in pattern.Contains("{id}", StringComparison.Ordinal) ? new[] { "a", "b" } : [string.Empty])
            {
                foreach (string query in queries)
                {
                    string route = pattern.Replace("{id}", id, StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal) + query;
                    HttpResponseMessage answer = await service.Client.GetAsync(route, Ct);
                    string body = await answer.Content.ReadAsStringAsync(Ct);
                    Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{route}: {(int)answer.StatusCode} {body}");
                    texts[route] = FollowUpKit.Readable(body);
                }
            }
        }

        WaveStore store = service.App.Services.GetRequiredService<WaveStore>();
        foreach (string id in new[] { "a", "b" })
        {
            texts["neo4j:" + id] = FollowUpKit.Readable(JsonSerializer.Serialize(store.GraphOf(id)));
        }

        return texts;
    }

    private static (string A, string B) Waves(string root)
    {
        string a = FollowUpKit.CopyDataset("zone6", Path.Combine(root, "wave-a"));
        string b = FollowUpKit.CopyDataset("zone6-2017", Path.Combine(root, "wave-b"));
        FollowUpKit.AddPersons(a, secondWave: false);
        FollowUpKit.AddPersons(b, secondWave: true);
        return (a, b);
    }

    /// <summary>Interview dates and the functions distinctive enough to be searched for (several words, none an actor name).</summary>
    private static string[] RespondentDetails()
    {
        string folder = FollowUpKit.CopyDataset("zone6", Path.Combine(Path.GetTempPath(), "ng-details-" + Guid.NewGuid().ToString("N")));
        try
        {
            FollowUpKit.AddPersons(folder, secondWave: false);
            SurveyDataset d = SurveyReader.Read(folder).ThrowIfInvalid();
            string actorText = string.Join("\n", d.Actors.SelectMany(x => new[] { x.Id, x.Name, x.Kind }.Concat(x.Aliases).Concat(x.Attributes.Values)));
            var functions = d.Respondents.Select(r => r.Function).Where(f => f.Length >= 12 && f.Contains(' ', StringComparison.Ordinal) && !actorText.Contains(f, StringComparison.OrdinalIgnoreCase));
            return [.. d.Respondents.Select(r => r.Date).Where(x => x.Length > 0), .. functions.Distinct(StringComparer.Ordinal)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
