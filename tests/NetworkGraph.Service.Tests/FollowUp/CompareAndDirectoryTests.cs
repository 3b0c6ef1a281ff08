using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests.FollowUp;

/// <summary><c>/api/compare</c>, <c>/compare</c>, <c>/api/waves/{id}/directory</c> and <c>/waves/{id}/directory</c>
/// against the library pipeline of <c>networkgraph compare</c> and <c>networkgraph directory</c> on the folders.</summary>
public sealed class CompareAndDirectoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompareAnswersTheCommandsCompareJsonAndPage()
    {
        await using RunningService service = await RunningService.StartAsync();
        string a = FollowUpKit.CopyDataset("zone6", Path.Combine(service.Root, "zone6"));
        string b = FollowUpKit.CopyDataset("zone6-2017", Path.Combine(service.Root, "zone6-2017"));
        await FollowUpKit.UploadOkAsync(service, "zone6", a);
        await FollowUpKit.UploadOkAsync(service, "zone6-2017", b);

        // What networkgraph compare computes on the two folders (its defaults: seed 1, 999 permutations), the
        // sources named by the wave ids as the service names them.
        var metrics = new NodeMetricsOptions { Seed = 1 };
        DatasetAnalysis analysisA = DatasetAnalysis.Analyze(DatasetInput.Read("zone6", () => SurveyReader.Read(a)), metrics, Ct);
        DatasetAnalysis analysisB = DatasetAnalysis.Analyze(DatasetInput.Read("zone6-2017", () => SurveyReader.Read(b)), metrics, Ct);
        WaveComparison comparison = WaveComparer.Compare(analysisA, analysisB, new WaveComparisonOptions { Permutations = 999, Seed = 1 }, Ct);
        using var expected = new MemoryStream();
        CompareJsonWriter.Write(comparison, expected, Ct);

        HttpResponseMessage answer = await service.Client.GetAsync("/api/compare?a=zone6&b=zone6-2017", Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        byte[] served = await answer.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), System.Text.Encoding.UTF8.GetString(served));
        JsonNode json = JsonNode.Parse(served)!;
        Assert.Equal("zone6", (string?)json["waves"]!["a"]);
        Assert.Equal("zone6-2017", (string?)json["waves"]!["b"]);

        // The changes the illustrative second wave documents are those served.
        JsonNode documented = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "zone6-2017", "expected_changes.json"), Ct))!;
        foreach ((string layer, JsonNode? changes) in documented["layers"]!.AsObject())
        {
            foreach (string change in new[] { "gained", "lost" })
            {
                Assert.True(JsonNode.DeepEquals(changes![change], json["layers"]![layer]![change]), $"{layer}.{change}");
            }
        }

        foreach (string lang in new[] { "en", "fr" })
        {
            var page = new StringWriter(CultureInfo.InvariantCulture);
            CompareHtmlWriter.Write(page, comparison, analysisA, analysisB, ReportLanguages.Parse(lang));
            HttpResponseMessage html = await service.Client.GetAsync($"/compare?a=zone6&b=zone6-2017&lang={lang}", Ct);
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            Assert.Equal(page.ToString(), await html.Content.ReadAsStringAsync(Ct));
        }

        foreach (string query in new[] { "", "?a=zone6", "?b=zone6-2017", "?a=&b=zone6" })
        {
            HttpResponseMessage missing = await service.Client.GetAsync("/api/compare" + query, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(JsonNode.Parse(await missing.Content.ReadAsStringAsync(Ct))!["errors"]!.AsArray());
            Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/compare" + query, Ct)).StatusCode);
        }

        HttpResponseMessage unknown = await service.Client.GetAsync("/api/compare?a=zone6&b=nosuchwave", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("nosuchwave", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/compare?a=nosuchwave&b=zone6", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/compare?a=zone6&b=zone6-2017&lang=de", Ct)).StatusCode);

        // A wave deleted is no longer compared (nothing stale kept in memory).
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/waves/zone6-2017");
        delete.Headers.Add("X-Api-Key", RunningService.Key);
        Assert.Equal(HttpStatusCode.NoContent, (await service.Client.SendAsync(delete, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/api/compare?a=zone6&b=zone6-2017", Ct)).StatusCode);
    }

    [Fact]
    public async Task DirectoryAnswersTheRowsOfDirectoryCsvAndTheCommandsPage()
    {
        await using RunningService service = await RunningService.StartAsync();
        string a = FollowUpKit.CopyDataset("zone6", Path.Combine(service.Root, "zone6"));
        await FollowUpKit.UploadOkAsync(service, "zone6", a);

        ServiceDirectory directory = ServiceDirectory.Build(DatasetInput.Read(a).Network, 3);
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        DirectoryCsvWriter.Write(directory, csv, Ct);
        List<List<string>> records = FollowUpKit.ParseCsv(csv.ToString());
        List<string> header = records[0];

        HttpResponseMessage answer = await service.Client.GetAsync("/api/waves/zone6/directory", Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        JsonArray rows = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!.AsArray();
        Assert.Equal(records.Count - 1, rows.Count);
        Assert.Equal(DatasetInput.Read(a).Network.Nodes.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => (string?)r!["id"]).Distinct().Count());
        Assert.Contains("access", header); // an extra column of actors.csv
        for (int i = 0; i < rows.Count; i++)
        {
            JsonObject row = rows[i]!.AsObject();
            Assert.Equal(header, row.Select(p => p.Key));
            for (int c = 0; c < header.Count; c++)
            {
                string cell = row[header[c]] is JsonArray list ? string.Join(';', list.Select(x => (string?)x)) : (string?)row[header[c]] ?? "<null>";
                Assert.Equal(records[i + 1][c], cell);
            }
        }

        foreach (string lang in new[] { "en", "fr" })
        {
            var page = new StringWriter(CultureInfo.InvariantCulture);
            DirectoryHtmlWriter.Write(page, directory, "zone6", ReportLanguages.Parse(lang));
            Assert.Equal(page.ToString(), await service.Client.GetStringAsync($"/waves/zone6/directory?lang={lang}", Ct));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/api/waves/nosuchwave/directory", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/waves/nosuchwave/directory", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/waves/zone6/directory?lang=xx", Ct)).StatusCode);

        // The routes are in the OpenAPI document.
        JsonNode openApi = JsonNode.Parse(await service.Client.GetStringAsync("/openapi/v1.json", Ct))!;
        Assert.NotNull(openApi["paths"]!["/api/compare"]);
        Assert.NotNull(openApi["paths"]!["/api/waves/{id}/directory"]);
        Assert.NotNull(openApi["paths"]!["/compare"]);
        Assert.NotNull(openApi["paths"]!["/waves/{id}/directory"]);
    }

    [Fact]
    public async Task WavesGivenAsWorkbooksAreComparedAndListedAsTheCommandsReadThem()
    {
        await using RunningService service = await RunningService.StartAsync();
        // The blank survey template: a workbook with one example row per table, numbers and dates typed in cells.
        string workbook = SurveyTemplate.Write(Path.Combine(service.Root, "template"), "fr", SurveyTemplateFormat.Xlsx)[0];
        Assert.Equal(HttpStatusCode.Created, (await UploadWorkbookAsync(service, "book", workbook)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadWorkbookAsync(service, "book2", workbook)).StatusCode);

        // The dataset stored from a workbook reads back as the workbook reads.
        var metrics = new NodeMetricsOptions { Seed = 1 };
        DatasetInput bookInput = DatasetInput.Read("book", () => WorkbookReader.Read(workbook));
        WaveComparison comparison = WaveComparer.Compare(
            DatasetAnalysis.Analyze(bookInput, metrics, Ct), DatasetAnalysis.Analyze(DatasetInput.Read("book2", () => WorkbookReader.Read(workbook)), metrics, Ct), new WaveComparisonOptions(), Ct);
        using var expected = new MemoryStream();
        CompareJsonWriter.Write(comparison, expected, Ct);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), await service.Client.GetStringAsync("/api/compare?a=book&b=book2", Ct));

        var page = new StringWriter(CultureInfo.InvariantCulture);
        DirectoryHtmlWriter.Write(page, ServiceDirectory.Build(bookInput.Network, 3), "book", ReportLanguage.French);
        Assert.Equal(page.ToString(), await service.Client.GetStringAsync("/waves/book/directory?lang=fr", Ct));
    }

    [Fact]
    public async Task WavePagesLinkToTheDirectoryAndToTheComparisonWithTheWaveBefore()
    {
        await using RunningService service = await RunningService.StartAsync();
        await FollowUpKit.UploadOkAsync(service, "w2015", FollowUpKit.CopyDataset("zone6", Path.Combine(service.Root, "a")));
        await FollowUpKit.UploadOkAsync(service, "w2017", FollowUpKit.CopyDataset("zone6-2017", Path.Combine(service.Root, "b")));

        string list = await service.Client.GetStringAsync("/", Ct);
        Assert.Contains("href=\"waves/w2015/directory?lang=en\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"compare?a=w2015&amp;b=w2017&amp;lang=en\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("compare?a=w2017", list, StringComparison.Ordinal);
        Assert.Contains("action=\"compare\"", list, StringComparison.Ordinal);
        Assert.Contains("changes since w2015", list, StringComparison.Ordinal);

        // The home page speaks the coordinator's language and passes it on to the pages it links.
        string french = await service.Client.GetStringAsync("/?lang=fr", Ct);
        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("évolution depuis w2015", french, StringComparison.Ordinal);
        Assert.Contains("href=\"waves/w2017/directory?lang=fr\"", french, StringComparison.Ordinal);
        Assert.Contains("enregistrée", french, StringComparison.Ordinal);
        using HttpResponseMessage unknown = await service.Client.GetAsync("/?lang=de", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        Assert.Contains("href=\"waves/w2017?lang=fr\"", french, StringComparison.Ordinal);

        string page = await service.Client.GetStringAsync("/waves/w2017", Ct);
        Assert.Contains("href=\"/waves/w2017/directory?lang=en\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/waves/w2017?lang=fr\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"w2015\" selected>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"b\" value=\"w2017\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("<nav", StringComparison.Ordinal) > page.IndexOf("<body", StringComparison.Ordinal));

        // Following the links answers pages.
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/waves/w2015/directory", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/compare?a=w2015&b=w2017", Ct)).StatusCode);
    }

    [Fact]
    public async Task WavePageInFrenchIsTheLibrarysFrenchReportWithFrenchLinks()
    {
        await using RunningService service = await RunningService.StartAsync();
        await FollowUpKit.UploadOkAsync(service, "w2015", FollowUpKit.CopyDataset("zone6", Path.Combine(service.Root, "a")));
        string folder = FollowUpKit.CopyDataset("zone6-2017", Path.Combine(service.Root, "b"));
        await FollowUpKit.UploadOkAsync(service, "w2017", folder);

        string page = await service.Client.GetStringAsync("/waves/w2017?lang=fr", Ct);
        Assert.Contains("<html lang=\"fr\"", page, StringComparison.Ordinal);
        Assert.Contains("Répertoire des services", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/waves/w2017/directory?lang=fr\"", page, StringComparison.Ordinal);
        Assert.Contains("Comparer avec la vague précédente", page, StringComparison.Ordinal);
        Assert.Contains("name=\"lang\" value=\"fr\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/waves/w2017?lang=en\"", page, StringComparison.Ordinal);

        // The page is the library's French report of the stored wave, the link bar put after <body>.
        var expected = new StringWriter(CultureInfo.InvariantCulture);
        DatasetReportHtmlWriter.Write(expected, DatasetAnalysis.Analyze(DatasetInput.Read("w2017", () => SurveyReader.Read(folder))), ReportLanguage.French);
        string links = page[page.IndexOf("<nav", StringComparison.Ordinal)..(page.IndexOf("</nav>", StringComparison.Ordinal) + "</nav>".Length)];
        Assert.Equal(expected.ToString(), page.Replace(links, string.Empty, StringComparison.Ordinal));

        using HttpResponseMessage unknown = await service.Client.GetAsync("/waves/w2017?lang=de", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        using HttpResponseMessage missing = await service.Client.GetAsync("/waves/none?lang=fr", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> UploadWorkbookAsync(RunningService service, string id, string path)
    {
        using var multipart = new MultipartFormDataContent { { new StringContent(id), "id" } };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, Ct));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        multipart.Add(file, "file", Path.GetFileName(path));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        post.Headers.Add("X-Api-Key", RunningService.Key);
        return await service.Client.SendAsync(post, Ct);
    }

    [Fact]
    public void MetricRowsAreTheCellsOfMetricsCsv()
    {
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(AppContext.BaseDirectory, "zone6")), null, Ct);
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        MetricsCsvWriter.Write(analysis.LayerMetrics, csv, Ct);
        List<List<string>> records = FollowUpKit.ParseCsv(csv.ToString());
        IReadOnlyList<string> rows = WaveAnalyzer.MetricsRows(analysis.LayerMetrics, Ct);
        Assert.Equal(records.Count - 1, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            JsonObject row = JsonNode.Parse(rows[i])!.AsObject();
            Assert.Equal(records[0], row.Select(p => p.Key));
            for (int c = 0; c < records[0].Count; c++)
            {
                string cell = records[i + 1][c];
                JsonNode? value = row[records[0][c]];
                if (cell.Length == 0)
                {
                    Assert.Null(value);
                }
                else if (c < 2)
                {
                    Assert.Equal(cell, (string?)value);
                }
                else
                {
                    Assert.Equal(double.Parse(cell, CultureInfo.InvariantCulture), value!.GetValue<double>());
                }
            }
        }
    }
}
