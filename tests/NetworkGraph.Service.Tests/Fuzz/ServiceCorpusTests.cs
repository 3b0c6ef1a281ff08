using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>
/// The committed crashers of the service fuzz targets (<c>Fuzz/Corpus/zip</c>, <c>multipart</c>, <c>requests</c>), each
/// replayed against the contract and, for the defects they showed, against the answer the service now gives.
/// </summary>
public sealed class ServiceCorpusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What each archive showed before it was fixed, and the cause the refusal now names.</summary>
    private static readonly Dictionary<string, string> ArchiveCauses = new()
    {
        ["eocd-entry-count-mismatch.zip"] = "not a readable zip archive", // was a 500, and a zip stuck in the inbox
        ["corrupt-local-header.zip"] = "cannot be read",
        ["crc-mismatch.zip"] = "does not match its checksum", // was stored as is
        ["corrupt-deflate.zip"] = "cannot be read",
        ["unknown-method.zip"] = "cannot be read",
        ["encrypted-entry.zip"] = "is encrypted",
        ["nul-in-entry-name.zip"] = "control character",
        ["long-entry-name.zip"] = "longer than 255 bytes",
        ["symlink-entry.zip"] = "symbolic link",
        ["duplicate-entries.zip"] = "are the same file of the wave", // the second silently replaced the first
    };

    /// <summary>What each multipart body showed before it was fixed (500, or a false 413), and the 400 it now gets.</summary>
    private static readonly Dictionary<string, string> MultipartCauses = new()
    {
        ["no-closing-boundary.multipart"] = "ends before its closing boundary",
        ["boundary-129-characters.multipart"] = "the multipart body could not be read",
        ["sixty-five-fields.multipart"] = "the multipart body could not be read",
        ["nul-in-file-name.multipart"] = "not a usable file name",
        ["long-file-name.multipart"] = "not a usable file name",
        ["duplicate-csv-parts.multipart"] = "is sent twice",
    };

    [Fact]
    public void Corpus_Archives_AreRefusedNamingTheCause_AndWriteNothingOutside()
    {
        IReadOnlyList<(string Name, byte[] Bytes)> corpus = FuzzInputs.Corpus("zip");
        Assert.NotEmpty(corpus);
        string root = Path.Combine(Path.GetTempPath(), "ng-fuzz-extract-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach ((string name, byte[] bytes) in corpus)
            {
                string destination = Path.Combine(root, "inbox", ".staging", name);
                using var stream = new MemoryStream(bytes);
                InvalidWaveException? refused = Record.Exception(() => WaveFiles.ExtractZip(stream, name, destination)) as InvalidWaveException;
                Assert.True(refused is not null, $"{name} was extracted");
                IngestionIssueAssert(name, refused);
                if (ArchiveCauses.TryGetValue(name, out string? cause))
                {
                    Assert.True(refused.Issues[0].Message.Contains(cause, StringComparison.Ordinal), $"{name}: {refused.Issues[0].Message}");
                }

                Assert.Equal([Path.Combine(root, "inbox")], Directory.GetFileSystemEntries(root));
                Assert.DoesNotContain(Directory.GetFiles(root, "*", SearchOption.AllDirectories), f => !f.StartsWith(destination + Path.DirectorySeparatorChar, StringComparison.Ordinal));
                if (Directory.Exists(destination))
                {
                    Directory.Delete(destination, recursive: true); // as the callers do with their staging folder
                }
            }

            Assert.All(ArchiveCauses.Keys, name => Assert.Contains(name, corpus.Select(c => c.Name)));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Corpus_Archives_UploadedOrDroppedInTheInbox_KeepContract()
    {
        await using RunningService service = await RunningService.StartAsync();
        string drop = Path.Combine(service.Root, "drop");
        Directory.CreateDirectory(drop);
        string before = await ServiceFuzzTests.WarmUpAsync(service);
        var tally = new ServiceFuzzTests.Tally();
        foreach ((string name, byte[] bytes) in FuzzInputs.Corpus("zip"))
        {
            (string? breach, before) = await ServiceFuzzTests.UploadAndCheckAsync(service, ServiceFuzzTests.ZipUpload("corpus", bytes), before, tally);
            Assert.True(breach is null, $"{name} uploaded: {breach}");

            string inboxName = "c-" + name;
            await File.WriteAllBytesAsync(Path.Combine(drop, inboxName), bytes, Ct);
            File.Move(Path.Combine(drop, inboxName), Path.Combine(service.Inbox, inboxName));
            (breach, bool processed) = await ServiceFuzzTests.AwaitInboxOutcomeAsync(service, inboxName);
            Assert.True(breach is null, $"{name} in the inbox: {breach}");
            Assert.False(processed, $"{name} was stored from the inbox");
            before = await ServiceContract.SnapshotAsync(service);
        }

        Assert.Equal(0, tally.Accepted);
    }

    [Fact]
    public async Task Corpus_Multipart_AreRefusedWithA400NamingTheCause()
    {
        IReadOnlyList<(string Name, byte[] Bytes)> corpus = FuzzInputs.Corpus("multipart");
        Assert.NotEmpty(corpus);
        await using RunningService service = await RunningService.StartAsync();
        string before = await ServiceFuzzTests.WarmUpAsync(service);
        foreach ((string name, byte[] bytes) in corpus)
        {
            MultipartCase upload = MultipartCase.FromCorpus(bytes);
            using HttpRequestMessage post = upload.ToRequest();
            using HttpResponseMessage answer = await ServiceFuzzTests.SendAsync(service, post);
            Assert.True(await ServiceContract.CheckAnswerAsync(service, answer) is not { } breach, $"{name}: {await ServiceContract.CheckAnswerAsync(service, answer)}");
            string after = await ServiceContract.SnapshotAsync(service);
            Assert.True(before == after, $"{name} changed the state: {ServiceContract.Difference(before, after)}");
            if (MultipartCauses.TryGetValue(name, out string? cause))
            {
                Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)answer.StatusCode}");
                string? detail = (string?)JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!["detail"];
                Assert.True(detail?.Contains(cause, StringComparison.Ordinal) == true, $"{name}: {detail}");
            }
        }

        Assert.All(MultipartCauses.Keys, name => Assert.Contains(name, corpus.Select(c => c.Name)));
    }

    [Fact]
    public async Task Corpus_Requests_AreAnsweredWithProblemJsonWhateverTheAcceptHeader()
    {
        IReadOnlyList<(string Name, byte[] Bytes)> corpus = FuzzInputs.Corpus("requests");
        Assert.NotEmpty(corpus);
        await using RunningService service = await RunningService.StartAsync();
        foreach ((string name, byte[] bytes) in corpus)
        {
            // Line 1: METHOD path; then header lines.
            string[] lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            string[] start = lines[0].Split(' ', 2);
            using var request = new HttpRequestMessage(new HttpMethod(start[0]), start[1]);
            foreach (string header in lines.Skip(1))
            {
                string[] pair = header.Split(':', 2);
                request.Headers.TryAddWithoutValidation(pair[0].Trim(), pair[1].Trim());
            }

            using HttpResponseMessage answer = await ServiceFuzzTests.SendAsync(service, request);
            Assert.True((int)answer.StatusCode is >= 400 and < 500, $"{name}: {(int)answer.StatusCode}");
            Assert.True(await ServiceContract.CheckAnswerAsync(service, answer) is not { } breach, $"{name}: {await ServiceContract.CheckAnswerAsync(service, answer)}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task Metrics_UnknownSortColumns_DoNotGrowTheCache()
    {
        await using RunningService service = await RunningService.StartAsync();
        await ServiceFuzzTests.WarmUpAsync(service);
        MetricsCache cache = service.App.Services.GetRequiredService<MetricsCache>();
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/api/waves/zone6/metrics?sort=pagerank", Ct)).StatusCode);
        int known = cache.Count;
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync($"/api/waves/zone6/metrics?sort=nosuchcolumn{i}", Ct)).StatusCode);
        }

        Assert.Equal(known, cache.Count);
    }

    private static void IngestionIssueAssert(string name, InvalidWaveException refused)
    {
        NetworkGraph.Surveys.IngestionIssue issue = Assert.Single(refused.Issues);
        Assert.Equal(name, issue.File);
        Assert.DoesNotContain('\0', issue.Message);
        Assert.True(issue.Message.Length < 400, issue.Message);
    }
}
