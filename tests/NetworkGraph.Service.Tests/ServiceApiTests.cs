using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;

namespace NetworkGraph.Service.Tests;

public sealed class ServiceApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InboxExistsOnceTheServiceHasStarted()
    {
        await using RunningService service = await RunningService.StartAsync();
        Assert.True(Directory.Exists(service.Inbox), "a wave moved in right after start-up would find no inbox");
    }

    [Fact]
    public async Task InboxFolderIsStoredWithTheLibrarysReportAndIngestedOnce()
    {
        await using RunningService service = await RunningService.StartAsync();
        string wave = Path.Combine(service.Inbox, "zone6");
        RunningService.CopyZone6(wave);
        await File.WriteAllTextAsync(Path.Combine(wave, "READY"), string.Empty, Ct);

        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(service.Inbox, "processed", "zone6"))));
        JsonNode served = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/zone6/report", Ct))!;

        using var expectedStream = new MemoryStream();
        DatasetReportJsonWriter.Write(DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(service.Inbox, "processed", "zone6"))), expectedStream);
        JsonNode expected = JsonNode.Parse(expectedStream.ToArray())!;
        Assert.NotNull(served["timings"]);
        served.AsObject().Remove("timings");
        expected.AsObject().Remove("timings");
        Assert.True(JsonNode.DeepEquals(expected, served), "the served report differs from the library's");

        // The same content dropped again is recognised and not stored twice.
        string again = Path.Combine(service.Inbox, "zone6");
        RunningService.CopyZone6(again);
        await File.WriteAllTextAsync(Path.Combine(again, "READY"), string.Empty, Ct);
        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(service.Inbox, "processed", "zone6-2"))));
        JsonArray waves = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves", Ct))!.AsArray();
        JsonNode single = Assert.Single(waves)!;
        Assert.Equal("zone6", (string?)single["id"]);
        Assert.Equal(expected["dataset"]!["actors"]!.GetValue<int>(), single["actors"]!.GetValue<int>());
        Assert.Equal("none", (string?)single["syncStatus"]);

        JsonArray actors = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/zone6/actors", Ct))!.AsArray();
        Assert.Equal(single["actors"]!.GetValue<int>(), actors.Count);
        JsonNode gaps = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/zone6/gaps", Ct))!;
        Assert.True(JsonNode.DeepEquals(expected["gaps"], gaps));
    }

    [Fact]
    public async Task WaveStoredButNotMovedBeforeAStopIsMovedAtRestartAndStoredOnce()
    {
        RunningService first = await RunningService.StartAsync();
        string root = first.Root;
        Assert.Equal(HttpStatusCode.Created, (await UploadZipAsync(first, "zone6", Zone6Zip())).StatusCode);
        string report = await first.Client.GetStringAsync("/api/waves/zone6/report", Ct);
        first.DeleteOnDispose = false;
        await first.DisposeAsync();

        // The state a stop between the commit and the move leaves: the wave stored and still in the inbox.
        string wave = Path.Combine(root, "inbox", "zone6");
        RunningService.CopyZone6(wave);
        await File.WriteAllTextAsync(Path.Combine(wave, "READY"), string.Empty, Ct);

        await using RunningService second = await RunningService.StartAsync(root);
        await RunningService.WaitForAsync(() => Task.FromResult(Directory.Exists(Path.Combine(root, "inbox", "processed", "zone6"))));
        Assert.Single(JsonNode.Parse(await second.Client.GetStringAsync("/api/waves", Ct))!.AsArray());
        Assert.Equal(report, await second.Client.GetStringAsync("/api/waves/zone6/report", Ct));
    }

    [Fact]
    public async Task MetricsAreFilteredSortedAndPaged()
    {
        await using RunningService service = await RunningService.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await UploadZipAsync(service, "w1", Zone6Zip())).StatusCode);

        JsonNode all = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/w1/metrics?layer=all&pageSize=10000", Ct))!;
        int total = all["total"]!.GetValue<int>();
        JsonArray rows = all["rows"]!.AsArray();
        Assert.Equal(total, rows.Count);
        Assert.All(rows, r => Assert.Equal("all", (string?)r!["layer"]));
        double[] expectedOrder = [.. rows.Select(r => r!["pagerank"]!.GetValue<double>()).OrderDescending()];

        var pages = new List<double>();
        for (int page = 1; page <= (total + 6) / 7; page++)
        {
            JsonNode answer = JsonNode.Parse(await service.Client.GetStringAsync($"/api/waves/w1/metrics?layer=all&sort=pagerank&desc=true&page={page}&pageSize=7", Ct))!;
            Assert.Equal(total, answer["total"]!.GetValue<int>());
            pages.AddRange(answer["rows"]!.AsArray().Select(r => r!["pagerank"]!.GetValue<double>()));
        }

        Assert.Equal(expectedOrder, pages);
        JsonNode everyLayer = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/w1/metrics?pageSize=1", Ct))!;
        Assert.Equal(5 * total, everyLayer["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/api/waves/w1/metrics?sort=nosuchcolumn", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/api/waves/w1/metrics?layer=nosuchlayer", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/api/waves/nosuchwave/metrics", Ct)).StatusCode);
    }

    [Fact]
    public async Task WriteCallsNeedTheKeyAndUploadAnswers201409204404()
    {
        await using RunningService service = await RunningService.StartAsync();
        byte[] zip = Zone6Zip();
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadZipAsync(service, "w1", zip, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadZipAsync(service, "w1", zip, key: "wrong")).StatusCode);

        HttpResponseMessage created = await UploadZipAsync(service, "w1", zip);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync(created.Headers.Location, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadZipAsync(service, "w1", zip)).StatusCode);

        using var anonymous = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/w1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client.SendAsync(anonymous, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(service, "w1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(service, "w1")).StatusCode);
        Assert.Equal("[]", await service.Client.GetStringAsync("/api/waves", Ct));
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/health/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task MalformedWaveIsRejectedWithTheSameLocationInTheInboxAndOnUpload()
    {
        await using RunningService service = await RunningService.StartAsync();
        string source = Path.Combine(service.Root, "bad");
        RunningService.CopyZone6(source);
        string actors = Path.Combine(source, "actors.csv");
        string[] lines = await File.ReadAllLinesAsync(actors, Ct);
        lines[3] = lines[3].Replace(",hospital,", ",nowhere-setting,", StringComparison.Ordinal).Replace(",ambulatory,", ",nowhere-setting,", StringComparison.Ordinal);
        Assert.Contains("nowhere-setting", lines[3], StringComparison.Ordinal);
        await File.WriteAllLinesAsync(actors, lines, Ct);

        using var multipart = new MultipartFormDataContent { { new StringContent("bad"), "id" } };
        foreach (string file in Directory.GetFiles(source))
        {
            multipart.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file, Ct)), "files", Path.GetFileName(file));
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        post.Headers.Add("X-Api-Key", RunningService.Key);
        HttpResponseMessage answer = await service.Client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        string body = await answer.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        JsonNode error = JsonNode.Parse(body)!["errors"]!.AsArray()[0]!;
        Assert.Equal("actors.csv", (string?)error["file"]);
        Assert.Equal(4, error["line"]!.GetValue<int>());
        Assert.True(error["column"]!.GetValue<int>() > 0);

        Directory.Move(source, Path.Combine(service.Inbox, "bad"));
        await File.WriteAllTextAsync(Path.Combine(service.Inbox, "bad", "READY"), string.Empty, Ct);
        string errorTxt = Path.Combine(service.Inbox, "rejected", "bad", "error.txt");
        await RunningService.WaitForAsync(() => Task.FromResult(File.Exists(errorTxt)));
        string firstLine = (await File.ReadAllLinesAsync(errorTxt, Ct))[0];
        Assert.StartsWith($"actors.csv:4:{error["column"]}: ", firstLine, StringComparison.Ordinal);
        Assert.Equal("[]", await service.Client.GetStringAsync("/api/waves", Ct));
    }

    [Fact]
    public async Task HostileZipsAreRejectedAndWriteNothingOutsideTheInbox()
    {
        await using RunningService service = await RunningService.StartAsync();
        byte[] slip = Zip(z => AddEntry(z, "../escaped.csv", "id\n"u8.ToArray()));
        byte[] tooMany = Zip(z =>
        {
            for (int i = 0; i < 65; i++)
            {
                AddEntry(z, $"f{i}.csv", "x\n"u8.ToArray());
            }
        });
        byte[] bomb = Zip(z =>
        {
            using Stream entry = z.CreateEntry("actors.csv", CompressionLevel.Fastest).Open();
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 257; i++)
            {
                entry.Write(zeros);
            }
        });

        foreach ((string id, byte[] zip) in new[] { ("slip", slip), ("many", tooMany), ("bomb", bomb) })
        {
            HttpResponseMessage answer = await UploadZipAsync(service, id, zip);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            await File.WriteAllBytesAsync(Path.Combine(service.Root, id + ".zip"), zip, Ct);
            File.Move(Path.Combine(service.Root, id + ".zip"), Path.Combine(service.Inbox, id + ".zip"));
        }

        foreach (string id in new[] { "slip", "many", "bomb" })
        {
            string errorTxt = Path.Combine(service.Inbox, "rejected", id, "error.txt");
            await RunningService.WaitForAsync(() => Task.FromResult(File.Exists(errorTxt)));
            Assert.StartsWith(id + ".zip:", await File.ReadAllTextAsync(errorTxt, Ct), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(service.Root, "escaped.csv")));
        Assert.False(File.Exists(Path.Combine(service.Inbox, "escaped.csv")));
        Assert.Equal("[]", await service.Client.GetStringAsync("/api/waves", Ct));
    }

    [Fact]
    public async Task UploadsOver64MiBAnswer413()
    {
        await using RunningService service = await RunningService.StartAsync();
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("big"), "id" },
            { new ByteArrayContent(new byte[(64 << 20) + 1024]), "files", "big.zip" },
        };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        post.Headers.Add("X-Api-Key", RunningService.Key);
        post.Headers.ExpectContinue = true; // the service answers before the body is sent
        HttpResponseMessage answer = await service.Client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadZipAsync(RunningService service, string id, byte[] zip, string? key = RunningService.Key)
    {
        using var multipart = new MultipartFormDataContent { { new StringContent(id), "id" } };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        multipart.Add(file, "file", id + ".zip");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        if (key is not null)
        {
            post.Headers.Add("X-Api-Key", key);
        }

        return await service.Client.SendAsync(post, Ct);
    }

    private static async Task<HttpResponseMessage> DeleteAsync(RunningService service, string id)
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/" + id);
        delete.Headers.Add("X-Api-Key", RunningService.Key);
        return await service.Client.SendAsync(delete, Ct);
    }

    private static byte[] Zone6Zip() => Zip(z =>
    {
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "zone6"), "*.csv"))
        {
            AddEntry(z, Path.GetFileName(file), File.ReadAllBytes(file));
        }
    });

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return buffer.ToArray();
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content)
    {
        using Stream entry = zip.CreateEntry(name).Open();
        entry.Write(content);
    }
}
