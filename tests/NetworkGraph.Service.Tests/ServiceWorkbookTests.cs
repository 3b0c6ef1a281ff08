using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests;

/// <summary>A wave given as one Excel workbook: uploaded, or dropped in the inbox.</summary>
public sealed class ServiceWorkbookTests
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadedWorkbookIsStoredWithTheLibrarysReport()
    {
        await using RunningService service = await RunningService.StartAsync();
        string workbook = TemplateWorkbook(service.Root);

        HttpResponseMessage created = await UploadAsync(service, "survey", workbook);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        JsonNode served = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/survey/report", Ct))!;
        JsonNode expected = LibraryReport(workbook);
        served.AsObject().Remove("timings");
        expected.AsObject().Remove("timings");
        Assert.True(JsonNode.DeepEquals(expected, served), "the served report differs from the library's");
        JsonNode wave = Assert.Single(JsonNode.Parse(await service.Client.GetStringAsync("/api/waves", Ct))!.AsArray())!;
        Assert.Equal(expected["dataset"]!["actors"]!.GetValue<int>(), wave["actors"]!.GetValue<int>());
    }

    [Fact]
    public async Task UploadedBrokenWorkbookIsRejectedNamingTheFile()
    {
        await using RunningService service = await RunningService.StartAsync();
        string broken = Path.Combine(service.Root, "broken.xlsx");
        await File.WriteAllTextAsync(broken, "not a workbook", Ct);

        HttpResponseMessage answer = await UploadAsync(service, "broken", broken);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        JsonNode error = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!["errors"]!.AsArray()[0]!;
        Assert.StartsWith("broken.xlsx", (string?)error["file"], StringComparison.Ordinal);
        Assert.Equal("[]", await service.Client.GetStringAsync("/api/waves", Ct));
    }

    [Fact]
    public async Task WorkbookDroppedInTheInboxIsStoredAndMovedToProcessed()
    {
        await using RunningService service = await RunningService.StartAsync();
        string workbook = TemplateWorkbook(service.Root);
        File.Move(workbook, Path.Combine(service.Inbox, "wave-2026.xlsx"));

        string processed = Path.Combine(service.Inbox, "processed", "wave-2026", "wave-2026.xlsx");
        await RunningService.WaitForAsync(() => Task.FromResult(File.Exists(processed)));
        Assert.False(File.Exists(Path.Combine(service.Inbox, "wave-2026.xlsx")));
        JsonNode served = JsonNode.Parse(await service.Client.GetStringAsync("/api/waves/wave-2026/report", Ct))!;
        JsonNode expected = LibraryReport(processed);
        Assert.True(JsonNode.DeepEquals(expected["dataset"], served["dataset"]));
        Assert.True(JsonNode.DeepEquals(expected["layers"], served["layers"]));
    }

    [Fact]
    public async Task BrokenWorkbookDroppedInTheInboxIsRejectedWithErrorTxt()
    {
        await using RunningService service = await RunningService.StartAsync();
        string broken = Path.Combine(service.Root, "broken.xlsx");
        await File.WriteAllTextAsync(broken, "not a workbook", Ct);
        File.Move(broken, Path.Combine(service.Inbox, "broken.xlsx"));

        string errorTxt = Path.Combine(service.Inbox, "rejected", "broken", "error.txt");
        await RunningService.WaitForAsync(() => Task.FromResult(File.Exists(errorTxt)));
        Assert.StartsWith("broken.xlsx:0:0: ", await File.ReadAllTextAsync(errorTxt, Ct), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(service.Inbox, "rejected", "broken", "broken.xlsx")));
        Assert.Equal("[]", await service.Client.GetStringAsync("/api/waves", Ct));
    }

    /// <summary>The blank survey template: a valid workbook with one example row per table.</summary>
    private static string TemplateWorkbook(string root)
    {
        string folder = Path.Combine(root, "template-" + Guid.NewGuid().ToString("N")[..8]);
        return SurveyTemplate.Write(folder, "fr", SurveyTemplateFormat.Xlsx)[0];
    }

    private static JsonNode LibraryReport(string workbook)
    {
        using var stream = new MemoryStream();
        DatasetReportJsonWriter.Write(DatasetAnalysis.Analyze(DatasetInput.Read(workbook)), stream);
        return JsonNode.Parse(stream.ToArray())!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(RunningService service, string id, string path)
    {
        using var multipart = new MultipartFormDataContent { { new StringContent(id), "id" } };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, Ct));
        file.Headers.ContentType = new MediaTypeHeaderValue(WorkbookType);
        multipart.Add(file, "file", Path.GetFileName(path));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        post.Headers.Add("X-Api-Key", RunningService.Key);
        return await service.Client.SendAsync(post, Ct);
    }
}
