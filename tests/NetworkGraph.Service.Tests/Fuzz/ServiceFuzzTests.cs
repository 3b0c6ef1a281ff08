using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>
/// Seeded mutation fuzzers over the service's inputs, each against a real Kestrel on loopback: multipart uploads, zip
/// archives (uploaded and moved into the inbox), and the routes' paths, query strings and bodies. The contract is in
/// <see cref="ServiceContract"/>; a refused request must leave the waves, the database rows and the files unchanged.
/// See docs/fuzzing.md.
/// </summary>
public sealed partial class ServiceFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_Multipart_Fuzz_KeepsContract()
    {
        await using RunningService service = await RunningService.StartAsync();
        string before = await WarmUpAsync(service);
        var run = new FuzzRun("multipart");
        var tally = new Tally();
        while (run.Next())
        {
            MultipartCase upload = Multipart(run, "fz" + run.Executions);
            (string? breach, before) = await UploadAndCheckAsync(service, upload, before, tally);
            if (breach is not null)
            {
                Assert.Fail(run.Failure(breach, upload.ToCorpus(), ".multipart"));
            }
        }

        run.Report(tally.ToString());
    }

    [Fact]
    public async Task Upload_Zip_Fuzz_KeepsContract()
    {
        await using RunningService service = await RunningService.StartAsync();
        string before = await WarmUpAsync(service);
        var run = new FuzzRun("zip-upload");
        var tally = new Tally();
        while (run.Next())
        {
            byte[] zip = ZipInput(run);
            (string? breach, before) = await UploadAndCheckAsync(service, ZipUpload("fz" + run.Executions, zip), before, tally);
            if (breach is not null)
            {
                Assert.Fail(run.Failure(breach, zip, ".zip"));
            }
        }

        run.Report(tally.ToString());
    }

    [Fact]
    public async Task Inbox_Zip_Fuzz_KeepsContract()
    {
        await using RunningService service = await RunningService.StartAsync();
        var run = new FuzzRun("zip-inbox");
        int processed = 0, rejected = 0;
        string drop = Path.Combine(service.Root, "drop");
        Directory.CreateDirectory(drop);
        while (run.Next())
        {
            // A few archives (and now and then a workbook) at a time, each moved in by rename as the inbox expects; odd names now and then.
            var batch = new List<(string Name, byte[] Zip)>();
            for (int i = 0; i < 4; i++)
            {
                bool workbook = run.OneIn(6);
                string name = (run.OneIn(10) ? run.Pick(OddInboxNames) : "fz") + run.Executions + "-" + i + (workbook ? ".xlsx" : ".zip");
                if (workbook && name[0] is '.' or '~')
                {
                    name = "fz" + name; // a hidden or lock-file workbook is left alone by design
                }

                batch.Add((name, workbook ? run.Mutate(FuzzInputs.Workbook) : ZipInput(run)));
            }

            foreach ((string name, byte[] zip) in batch)
            {
                await File.WriteAllBytesAsync(Path.Combine(drop, name), zip, Ct);
                File.Move(Path.Combine(drop, name), Path.Combine(service.Inbox, name));
            }

            foreach ((string name, byte[] zip) in batch)
            {
                (string? breach, bool ok) = await AwaitInboxOutcomeAsync(service, name);
                breach ??= ServiceContract.CheckNothingEscaped(service) ?? await ServiceContract.CheckLiveAsync(service);
                if (breach is not null)
                {
                    Assert.Fail(run.Failure(breach, zip, ".zip"));
                }
                processed += ok ? 1 : 0;
                rejected += ok ? 0 : 1;
            }
        }

        run.Report($" (batches of 4), {processed + rejected} inputs: {processed} processed, {rejected} rejected");
    }

    [Fact]
    public async Task Routes_Fuzz_KeepsContract()
    {
        await using RunningService service = await RunningService.StartAsync();
        string before = await WarmUpAsync(service);
        var run = new FuzzRun("routes");
        var tally = new Tally();
        RouteEndpoint[] routes = [.. service.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
        Assert.NotEmpty(routes);
        while (run.Next())
        {
            RouteEndpoint route = run.Pick(routes);
            string[] methods = [.. route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]];
            string method = run.OneIn(10) ? run.Pick(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) : run.Pick(methods);
            string path = RouteParameter().Replace(route.RoutePattern.RawText ?? "/", _ => RouteValue(run));
            string query = Query(run);
            using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
            byte[] body = [];
            if (method is "POST" or "PUT" or "PATCH" || run.OneIn(8))
            {
                body = JsonBody(run);
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", run.Pick(JsonTypes));
            }

            if (!run.OneIn(3))
            {
                request.Headers.Add("X-Api-Key", run.OneIn(10) ? "wrong" : RunningService.Key);
            }

            if (run.OneIn(4))
            {
                request.Headers.TryAddWithoutValidation("Accept", run.Pick(Accepts));
            }

            string? breach;
            bool writes = method is not ("GET" or "HEAD" or "OPTIONS");
            using (HttpResponseMessage answer = await SendAsync(service, request))
            {
                breach = answer.StatusCode == HttpStatusCode.RequestTimeout ? "no answer within 30 s" : await ServiceContract.CheckAnswerAsync(service, answer, head: method == "HEAD");
                tally.Count(answer.StatusCode);
                if (breach is null && writes && answer.IsSuccessStatusCode)
                {
                    before = await RestoreAsync(service);
                }
                else if (breach is null && await ServiceContract.SnapshotAsync(service) is string after && after != before)
                {
                    breach = $"{method} answered {(int)answer.StatusCode} yet changed the state: {ServiceContract.Difference(before, after)}";
                }
            }

            breach ??= ServiceContract.CheckNothingEscaped(service) ?? await ServiceContract.CheckLiveAsync(service);
            if (breach is not null)
            {
                Assert.Fail(run.Failure(breach, Encoding.UTF8.GetBytes($"{method} {path}{query}\n{request.Headers}\n").Concat(body).ToArray(), ".request"));
            }
        }

        run.Report(tally.ToString());
    }

    /// <summary>Sends an upload, checks the answer, the state and the process; returns the breach and the state to compare next.</summary>
    internal static async Task<(string? Breach, string State)> UploadAndCheckAsync(RunningService service, MultipartCase upload, string before, Tally tally)
    {
        string? breach;
        using (HttpRequestMessage post = upload.ToRequest())
        using (HttpResponseMessage answer = await SendAsync(service, post))
        {
            tally.Count(answer.StatusCode);
            if (answer.StatusCode == HttpStatusCode.RequestTimeout)
            {
                return ("no answer within 30 s", before);
            }

            breach = await ServiceContract.CheckAnswerAsync(service, answer);
            if (breach is null && answer.IsSuccessStatusCode)
            {
                if (answer.StatusCode != HttpStatusCode.Created)
                {
                    return ($"upload answered {(int)answer.StatusCode} instead of 201", before);
                }

                string id = (string)JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!["id"]!;
                if (!(await service.Client.GetStringAsync("/api/waves", Ct)).Contains($"\"{id}\"", StringComparison.Ordinal))
                {
                    return ($"wave '{id}' answered 201 but is not listed", before);
                }

                using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/" + Uri.EscapeDataString(id));
                delete.Headers.Add("X-Api-Key", RunningService.Key);
                using HttpResponseMessage deleted = await service.Client.SendAsync(delete, Ct);
                if (deleted.StatusCode != HttpStatusCode.NoContent)
                {
                    return ($"the stored wave '{id}' could not be deleted: {(int)deleted.StatusCode}", before);
                }

                before = await ServiceContract.SnapshotAsync(service);
            }
            else if (breach is null && await ServiceContract.SnapshotAsync(service) is string after && after != before)
            {
                breach = $"a refused upload ({(int)answer.StatusCode}) changed the state: {ServiceContract.Difference(before, after)}";
            }
        }

        breach ??= ServiceContract.CheckNothingEscaped(service) ?? await ServiceContract.CheckLiveAsync(service);
        return (breach, before);
    }

    /// <summary>Stores the zone 6 wave as <c>zone6</c> (so routes and conflicts have a wave to hit) and returns the state.</summary>
    internal static async Task<string> WarmUpAsync(RunningService service)
    {
        using HttpRequestMessage post = ZipUpload("zone6", FuzzInputs.Zone6Zip()).ToRequest();
        using HttpResponseMessage created = await service.Client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await ServiceContract.SnapshotAsync(service);
    }

    /// <summary>After a write call that succeeded (a delete): the zone 6 wave stored again if it was removed, and the new state.</summary>
    private static async Task<string> RestoreAsync(RunningService service)
    {
        if (!(await service.Client.GetStringAsync("/api/waves", Ct)).Contains("\"zone6\"", StringComparison.Ordinal))
        {
            return await WarmUpAsync(service);
        }

        return await ServiceContract.SnapshotAsync(service);
    }

    /// <summary>Clients that send header values as UTF-8 bytes, not only ASCII, so odd boundaries and names reach the service.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RunningService, HttpClient> RawClients = [];

    /// <summary>Sends with a 30 s limit; a request the service never answers comes back as 408 so the caller reports it.</summary>
    internal static async Task<HttpResponseMessage> SendAsync(RunningService service, HttpRequestMessage request)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            HttpClient raw = RawClients.GetValue(service, s => new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
            {
                BaseAddress = s.Client.BaseAddress,
                Timeout = Timeout.InfiniteTimeSpan,
            });
            HttpResponseMessage answer = await raw.SendAsync(request, limit.Token);
            await answer.Content.LoadIntoBufferAsync(limit.Token);
            return answer;
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            return new HttpResponseMessage(HttpStatusCode.RequestTimeout);
        }
    }

    /// <summary>Waits until the worker has moved <paramref name="name"/> out of the inbox, and checks where it went.</summary>
    internal static async Task<(string? Breach, bool Processed)> AwaitInboxOutcomeAsync(RunningService service, string name)
    {
        DateTime end = DateTime.UtcNow.AddSeconds(30);
        while (File.Exists(Path.Combine(service.Inbox, name)))
        {
            if (DateTime.UtcNow > end)
            {
                return ($"'{name}' is still in the inbox after 30 s: the worker neither stored nor rejected it", false);
            }

            await Task.Delay(20, Ct);
        }

        // The worker removes its staging copy last.
        string staging = Path.Combine(service.Inbox, ".staging");
        while (Directory.Exists(staging) && Directory.EnumerateDirectories(staging).Any())
        {
            if (DateTime.UtcNow > end)
            {
                return ($"the staging copy of '{name}' is still there after 30 s", false);
            }

            await Task.Delay(20, Ct);
        }

        // The zip is moved after the commit or the error file is written: look for it under processed/ and rejected/.
        foreach (string outcome in new[] { "processed", "rejected" })
        {
            string folder = Path.Combine(service.Inbox, outcome);
            string? moved = Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).FirstOrDefault(f => Path.GetFileName(f) == name) : null;
            if (moved is null)
            {
                continue;
            }

            if (outcome == "processed")
            {
                return (null, true);
            }

            // error.txt is complete before the archive shows under rejected/.
            string error = Path.Combine(Path.GetDirectoryName(moved)!, "error.txt");
            if (!File.Exists(error))
            {
                return ($"'{name}' was rejected without error.txt", false);
            }

            string text = await File.ReadAllTextAsync(error, Ct);
            foreach (string leak in new[] { "   at ", "Exception", service.Root, FuzzRun.RepositoryRoot })
            {
                if (text.Contains(leak, StringComparison.Ordinal))
                {
                    return ($"error.txt of '{name}' leaks '{leak}': {ServiceContract.Cut(text)}", false);
                }
            }

            return (text.Length == 0 ? $"error.txt of '{name}' is empty" : null, false);
        }

        return ($"'{name}' left the inbox but is neither under processed/ nor rejected/", false);
    }

    internal static MultipartCase ZipUpload(string id, byte[] zip)
    {
        var parts = new MultipartCase.Builder();
        parts.Parts.Add(MultipartCase.Builder.Field("id", id));
        parts.Parts.Add(MultipartCase.Builder.File("file", Encoding.UTF8.GetBytes(id + ".zip"), "application/zip", zip));
        return new MultipartCase("multipart/form-data; boundary=ngfuzz", parts.Build("ngfuzz"));
    }

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Zip)>> ZipPool = new(() => [.. FuzzInputs.Zips, .. FuzzInputs.Corpus("zip")]);

    /// <summary>An archive: the zone 6 survey with one table mutated, or a mutated seed (valid, hostile or a committed crasher).</summary>
    internal static byte[] ZipInput(FuzzRun run)
    {
        if (run.OneIn(3))
        {
            byte[][] tables = FuzzInputs.Zone6Tables;
            int which = run.Random.Next(tables.Length);
            tables[which] = run.Mutate(tables[which]);
            return FuzzInputs.Zone6Zip(tables, run.OneIn(4) ? "wave/" : string.Empty);
        }

        IReadOnlyList<(string Name, byte[] Zip)> pool = ZipPool.Value;
        (string name, byte[] seed) = run.Pick(pool);
        while (name.StartsWith("bomb-deflate", StringComparison.Ordinal) && !run.OneIn(10))
        {
            (name, seed) = run.Pick(pool);
        }

        return run.OneIn(6) ? seed : run.Mutate(seed);
    }

    /// <summary>An upload: the id field and the four CSV files, an archive, a workbook or odd files, then structural and byte mutations.</summary>
    internal static MultipartCase Multipart(FuzzRun run, string id)
    {
        var b = new MultipartCase.Builder();
        b.Parts.Add(MultipartCase.Builder.Field("id", run.OneIn(8) ? run.Pick(OddIds) : id));
        switch (run.Random.Next(4))
        {
            case 0:
                byte[][] tables = FuzzInputs.Zone6Tables;
                if (!run.OneIn(4))
                {
                    int which = run.Random.Next(tables.Length);
                    tables[which] = run.Mutate(tables[which]);
                }

                for (int i = 0; i < tables.Length; i++)
                {
                    b.Parts.Add(MultipartCase.Builder.File("files", Encoding.UTF8.GetBytes(FuzzInputs.Tables[i]), "text/csv", tables[i]));
                }

                break;
            case 1:
                b.Parts.Add(MultipartCase.Builder.File("file", Encoding.UTF8.GetBytes(id + ".zip"), "application/zip", ZipInput(run)));
                break;
            case 2:
                byte[] workbook = run.OneIn(3) ? FuzzInputs.Workbook : run.Mutate(FuzzInputs.Workbook);
                b.Parts.Add(MultipartCase.Builder.File("file", "wave.xlsx"u8.ToArray(), FuzzInputs.PartTypes[3], workbook));
                break;
            default:
                for (int i = 0, n = 1 + run.Random.Next(3); i < n; i++)
                {
                    byte[] content = run.Pick(FuzzInputs.Zone6Tables);
                    b.Parts.Add(MultipartCase.Builder.File("files", run.Pick(FuzzInputs.OddFileNames), run.Pick(FuzzInputs.PartTypes), content));
                }

                break;
        }

        for (int m = 0, steps = run.Random.Next(3); m < steps; m++)
        {
            MutateStructure(run, b);
        }

        string boundary = run.OneIn(10) ? run.Pick(OddBoundaries) : "ngfuzz" + run.Random.Next(1_000_000);
        byte[] body = b.Build(
            boundary,
            lineEnd: run.OneIn(10) ? "\n" : "\r\n",
            closed: !run.OneIn(12),
            preamble: run.OneIn(12) ? "preamble\r\n" : string.Empty,
            epilogue: run.OneIn(12) ? "epilogue --" + boundary + "\r\n" : string.Empty);
        if (run.OneIn(6))
        {
            body = run.Mutate(body);
        }

        string type = run.Random.Next(8) switch
        {
            0 => run.Pick(OddRequestTypes).Replace("{b}", boundary, StringComparison.Ordinal),
            1 => $"multipart/form-data; boundary=\"{boundary}\"",
            _ => "multipart/form-data; boundary=" + boundary,
        };
        return new MultipartCase(type, body)
        {
            Key = run.Random.Next(20) switch { 0 => null, 1 => "wrong", _ => RunningService.Key },
            Chunked = run.OneIn(5),
        };
    }

    private static void MutateStructure(FuzzRun run, MultipartCase.Builder b)
    {
        List<MultipartCase.Part> parts = b.Parts;
        int at = run.Random.Next(Math.Max(1, parts.Count));
        switch (run.Random.Next(10))
        {
            case 0 when parts.Count > 0:
                parts.RemoveAt(at);
                break;
            case 1 when parts.Count > 0:
                parts.Insert(at, parts[at]);
                break;
            case 2:
                parts.Insert(at, MultipartCase.Builder.Field("id", run.Pick(OddIds)));
                break;
            case 3 when parts.Count > 0:
                parts[at] = parts[at] with { Headers = [.. parts[at].Headers.Skip(1)] };
                break;
            case 4 when parts.Count > 0:
                parts[at] = parts[at] with { Headers = [.. parts[at].Headers, Encoding.UTF8.GetBytes("X-Padding: " + new string('x', run.OneIn(2) ? 20_000 : 100))] };
                break;
            case 5:
                for (int i = 0, n = 60 + run.Random.Next(20); i < n; i++)
                {
                    parts.Add(MultipartCase.Builder.Field("f" + i, "v"));
                }

                break;
            case 6:
                parts.Insert(at, MultipartCase.Builder.File("files", run.Pick(FuzzInputs.OddFileNames), run.Pick(FuzzInputs.PartTypes), run.Pick(FuzzInputs.Zone6Tables)));
                break;
            case 7 when parts.Count > 0:
                // A file sent as a plain field, with no file name.
                parts[at] = parts[at] with { Headers = [Encoding.UTF8.GetBytes("Content-Disposition: form-data; name=\"files\"")] };
                break;
            case 8:
                parts.Insert(at, new MultipartCase.Part([Encoding.UTF8.GetBytes(run.Pick(OddDispositions))], "actors"u8.ToArray()));
                break;
            default:
                parts.Reverse();
                break;
        }
    }

    private static string RouteValue(FuzzRun run)
    {
        string value = run.Pick(RouteValues);
        return value == "LONG" ? new string('a', run.OneIn(2) ? 150 : 5000) : value;
    }

    private static string Query(FuzzRun run)
    {
        if (run.OneIn(4))
        {
            return string.Empty;
        }

        var items = new List<string>();
        for (int i = 0, n = 1 + run.Random.Next(4); i < n; i++)
        {
            string value = run.Pick(QueryValues);
            if (value == "LONG")
            {
                value = new string('9', run.OneIn(2) ? 40 : 3000);
            }

            items.Add(run.Pick(QueryNames) + (run.OneIn(12) ? string.Empty : "=" + value));
        }

        return "?" + string.Join(run.OneIn(10) ? ";" : "&", items);
    }

    private static byte[] JsonBody(FuzzRun run)
    {
        byte[] seed = Encoding.UTF8.GetBytes(run.Pick(JsonSeeds));
        if (seed.Length == 4 && seed.AsSpan().SequenceEqual("DEEP"u8))
        {
            seed = Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000));
        }

        return run.OneIn(3) ? seed : run.Mutate(seed);
    }

    private static readonly string[] OddIds = ["", "zone6", "../etc", "..", ".hidden", "a b", "é", "a\0b", new string('i', 101), "CON", "a/b", "%2e%2e", "id\r\nX: y"];

    private static readonly string[] OddInboxNames = [".hidden", "a b", "é", "..", "%2e", "CON", "-", "x.y."];

    private static readonly string[] OddBoundaries = [new string('b', 71), new string('b', 70), "", " ", "a b", "\"q\"", "--", "é", "x;y"];

    private static readonly string[] OddRequestTypes =
    [
        "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary={b}; boundary=other", "multipart/mixed; boundary={b}",
        "application/x-www-form-urlencoded", "text/plain", "application/json", "", "multipart/form-data; boundary={b}; charset=latin1",
        "multipart/form-data;boundary={b}", "MULTIPART/FORM-DATA; BOUNDARY={b}", "multipart/form-data; boundary=other",
    ];

    private static readonly string[] OddDispositions =
    [
        "Content-Disposition: form-data", "Content-Disposition: attachment; filename=\"actors.csv\"", "Content-Disposition: form-data; name=\"files\"; filename*=UTF-8''%C3%A9%00.csv",
        "Content-Disposition: form-data; name=files; filename=actors.csv", "Content-Disposition: form-data; name=\"files\"; filename=\"a.csv\"; filename=\"b.zip\"",
        "Content-Disposition:", "content-disposition: FORM-DATA; NAME=\"id\"", "X-Nothing: here", "Content-Disposition: form-data; name=\"\u0000\"",
    ];

    private static readonly string[] RouteValues =
    [
        "zone6", "zone6", "zone6", "w1", "nosuchwave", "..", "%2e%2e", "..%2F..%2Fnetworkgraph.db", "%00", "a%00b", "%", "%ZZ", "%C3%A9", "%FF%FE", "LONG",
        "zone6%2Freport", "zone6.", ".zone6", "CON", "v1", "v1.json", "%20", "zone6%3Bdrop", "a'b", "%22", "%0D%0AX-Injected:%201",
    ];

    private static readonly string[] QueryNames = ["layer", "sort", "desc", "page", "pageSize", "layer", "sort", "page", "pagesize", "LAYER", "id", "x", "%00", "page%00"];

    private static readonly string[] QueryValues =
    [
        "", "all", "sending", "receiving", "exchange", "referral", "ALL", "pagerank", "id", "name", "community", "betweenness", "degree", "true", "false",
        "TRUE", "maybe", "0", "1", "-1", "2", "10000", "10001", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1e3", "1.5", "0x10",
        "%00", "%", "%FF", "%C3%A9", "LONG", "a%26b%3Dc", "..%2F..", "null", "NaN", "+1", " 1",
    ];

    private static readonly string[] JsonSeeds =
    [
        "{\"id\":\"zone6\"}", "{\"id\":\"fz\",\"files\":[\"actors.csv\"]}", "[]", "{}", "null", "\"text\"", "1e400", "{\"a\":[1,2,{\"b\":null}],\"c\":\"\\u0000\"}",
        "{\"id\":\"\\ud800\"}", "DEEP", "{\"id\":1,\"id\":2}", "\uFEFF{\"id\":\"x\"}", "{\"layer\":\"all\",\"page\":-1,\"pageSize\":1e9}",
    ];

    private static readonly string[] JsonTypes = ["application/json", "application/json; charset=utf-16", "text/json", "application/problem+json", "text/plain", ""];

    private static readonly string[] Accepts = ["text/html", "application/xml", "*/*", "application/json", "text/plain;q=0.1", "image/png", ""];

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>Counts of answers by status, for the report line.</summary>
    internal sealed class Tally
    {
        private readonly SortedDictionary<int, int> _byStatus = [];

        /// <summary>Answers in 2xx.</summary>
        public int Accepted => _byStatus.Where(kv => kv.Key is >= 200 and < 300).Sum(kv => kv.Value);

        public void Count(HttpStatusCode status) => _byStatus[(int)status] = _byStatus.GetValueOrDefault((int)status) + 1;

        public override string ToString() => ", answers " + string.Join(" ", _byStatus.Select(kv => $"{kv.Key}×{kv.Value}"));
    }
}
