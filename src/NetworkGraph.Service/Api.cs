using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>The HTTP routes of the service.</summary>
internal static class Api
{
    private static readonly string[] MetricLayers = ["sending", "receiving", "exchange", "referral", "all"];

    /// <summary>Maps every route on <paramref name="app"/>.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapGet("/health/ready", (WaveStore store) =>
        {
            try
            {
                (int backlog, string? error) = store.SyncState();
                var body = new { status = error is null ? "ready" : "degraded", syncBacklog = backlog, lastSyncError = error };
                return Results.Json(body, Json.Options, statusCode: error is null ? 200 : 503);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return Results.Json(new { status = "store unavailable", syncBacklog = (int?)null, lastSyncError = (string?)null }, Json.Options, statusCode: 503);
            }
        });

        app.MapGet("/", (string? lang, WaveStore store, IOptions<Neo4jOptions> neo4j) =>
        {
            if (!ReportLanguages.TryParse(lang ?? "en", out ReportLanguage language))
            {
                return FollowUpApi.BadLanguage(lang!);
            }

            List<WaveSummary> waves = store.List(neo4j.Value.Enabled);
            var html = new StringWriter(CultureInfo.InvariantCulture);
            WavesHtmlWriter.Write(html, waves.Select(w => FollowUpApi.ListEntry(w, waves, language)), language);
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        app.MapGet("/waves/{id}", (string id, string? lang, WaveStore store, FollowUpViews views) =>
        {
            if (!ReportLanguages.TryParse(lang ?? "en", out ReportLanguage language))
            {
                return FollowUpApi.BadLanguage(lang!);
            }

            string? page;
            if (language == ReportLanguage.English)
            {
                // The page stored at ingestion.
                page = store.Column(id, "html") is byte[] html ? Encoding.UTF8.GetString(html) : null;
                if (page is null)
                {
                    return NotFound(id);
                }
            }
            else
            {
                (page, int status, string? detail) = views.ReportPage(id, language);
                if (page is null)
                {
                    return FollowUpApi.Problem(status, detail!);
                }
            }

            return Results.Content(FollowUpApi.InsertAfterBody(page, FollowUpApi.WaveLinks(id, store.List(neo4j: false), language)), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        RouteGroupBuilder api = app.MapGroup("/api/waves");
        api.MapGet("/", (WaveStore store, IOptions<Neo4jOptions> neo4j) => Results.Json(store.List(neo4j.Value.Enabled), Json.Options))
            .WithSummary("Every stored wave: id, actors, respondents, ingestedAt, syncStatus.");

        api.MapGet("/{id}/report", (string id, WaveStore store) =>
            store.Column(id, "report") is byte[] report ? Results.Bytes(report, "application/json") : NotFound(id))
            .WithSummary("The wave's report.json, as written by networkgraph analyze.");

        api.MapGet("/{id}/actors", (string id, WaveStore store) =>
            store.Column(id, "actors_json") is byte[] actors ? Results.Bytes(actors, "application/json") : NotFound(id))
            .WithSummary("The wave's actors: id, name, kind, setting, zone.");

        api.MapGet("/{id}/gaps", (string id, WaveStore store) =>
        {
            if (store.Column(id, "report") is not byte[] report)
            {
                return NotFound(id);
            }

            JsonNode? gaps = JsonNode.Parse(report)?["gaps"];
            return Results.Text(gaps?.ToJsonString() ?? "{}", "application/json");
        }).WithSummary("The gaps object of the wave's report.");

        api.MapGet("/{id}/metrics", (string id, string? layer, string? sort, bool? desc, int? page, int? pageSize, MetricsCache cache) =>
        {
            if (layer is not null && !MetricLayers.Contains(layer))
            {
                return BadRequest($"unknown layer '{layer}'; expected one of {string.Join(", ", MetricLayers)}");
            }

            int p = page ?? 1;
            int size = pageSize ?? 100;
            if (p < 1 || size < 1 || size > 10_000)
            {
                return BadRequest("page must be at least 1 and pageSize between 1 and 10000");
            }

            MetricsCache.Sorted? sorted = cache.Get(id, layer, sort, desc ?? false);
            if (sorted is null)
            {
                return NotFound(id);
            }

            if (sorted.UnknownColumn)
            {
                return BadRequest($"unknown sort column '{sort}'");
            }

            var body = new StringBuilder(256 + (size * 400));
            body.Append("{\"total\":").Append(sorted.Rows.Length).Append(",\"page\":").Append(p).Append(",\"pageSize\":").Append(size).Append(",\"rows\":[");
            long start = (long)(p - 1) * size;
            for (long i = start; i < Math.Min(sorted.Rows.Length, start + size); i++)
            {
                if (i > start)
                {
                    body.Append(',');
                }

                body.Append(sorted.Rows[i]);
            }

            body.Append("]}");
            return Results.Text(body.ToString(), "application/json");
        }).WithSummary("Metric rows (one per actor and layer), filtered by layer, sorted by any column, paged; total is the number of matching rows.");

        api.MapPost("/", Upload).DisableAntiforgery()
            .WithSummary("Upload a wave: multipart with the four CSV files, one .zip or one .xlsx workbook, and the form field id. Needs X-Api-Key.");

        api.MapDelete("/{id}", (HttpContext http, string id, WaveStore store, IOptions<ServiceOptions> options, IOptions<Neo4jOptions> neo4j) =>
        {
            if (!Authorized(http, options.Value))
            {
                return Unauthorized();
            }

            return store.Delete(id, neo4j.Value.Enabled) ? Results.NoContent() : NotFound(id);
        }).WithSummary("Delete a wave (and enqueue its deletion in Neo4j). Needs X-Api-Key.");
    }

    private static async Task<IResult> Upload(HttpContext http, WaveStore store, WaveAnalyzer analyzer, IOptions<ServiceOptions> options, IOptions<Neo4jOptions> neo4j, TimeProvider clock)
    {
        if (!Authorized(http, options.Value))
        {
            return Unauthorized();
        }

        if (http.Request.ContentLength > Limits.MaxUploadBytes)
        {
            return TooLarge();
        }

        if (!http.Request.HasFormContentType)
        {
            return BadRequest("send the wave as multipart/form-data: the four CSV files, or one .zip, or one .xlsx workbook, and the field id");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException e)
        {
            // A form limit (boundary, header, field count or length); a body over the limit is Kestrel's 413 above.
            return BadRequest("the multipart body could not be read: " + e.Message);
        }
        catch (BadHttpRequestException)
        {
            return BadRequest("the multipart body could not be read");
        }
        catch (IOException) when (!http.RequestAborted.IsCancellationRequested)
        {
            return BadRequest("the multipart body could not be read: it ends before its closing boundary");
        }

        string? id = form["id"].FirstOrDefault();
        if (!WaveFiles.IsValidId(id))
        {
            return BadRequest("the form field id is missing or not a valid wave id (letters, digits, '-', '_', '.', at most 100)");
        }

        if (store.HashOf(id!) is not null)
        {
            return Results.Problem(title: "Conflict", detail: $"a wave with id '{id}' already exists", statusCode: 409);
        }

        if (form.Files.Count == 0)
        {
            return BadRequest("no file: send actors.csv, respondents.csv, answers.csv and partners.csv, or one .zip, or one .xlsx workbook");
        }

        string staging = Path.Combine(Path.GetFullPath(options.Value.Inbox), ".uploads", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            if (form.Files.Count == 1 && form.Files[0].FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using Stream zip = form.Files[0].OpenReadStream();
                using var buffer = new MemoryStream();
                await zip.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
                buffer.Position = 0;
                WaveFiles.ExtractZip(buffer, WaveFiles.Shown(Path.GetFileName(form.Files[0].FileName.Replace('\\', '/'))), staging);
            }
            else if (form.Files.Count == 1 && WorkbookReader.IsWorkbookPath(form.Files[0].FileName))
            {
                // One Excel workbook with the four tables as sheets.
                string name = Path.GetFileName(form.Files[0].FileName.Replace('\\', '/'));
                if (!WaveFiles.IsSafeFileName(name))
                {
                    return BadRequest($"'{WaveFiles.Shown(form.Files[0].FileName)}' is not a usable file name (control characters, or longer than 255 bytes)");
                }

                await using FileStream output = File.Create(Path.Combine(staging, name.StartsWith('.') ? "wave" + Path.GetExtension(name) : name));
                await form.Files[0].CopyToAsync(output, http.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                if (form.Files.Count > Limits.MaxZipEntries)
                {
                    return BadRequest($"too many files; at most {Limits.MaxZipEntries}");
                }

                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (IFormFile file in form.Files)
                {
                    string name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                    if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
                    {
                        return BadRequest($"'{WaveFiles.Shown(file.FileName)}' is not a CSV file of a wave (send one .zip or one .xlsx workbook alone)");
                    }

                    if (!WaveFiles.IsSafeFileName(name))
                    {
                        return BadRequest($"'{WaveFiles.Shown(file.FileName)}' is not a usable file name (control characters, or longer than 255 bytes)");
                    }

                    if (!names.Add(name))
                    {
                        return BadRequest($"'{WaveFiles.Shown(name)}' is sent twice");
                    }

                    await using FileStream output = File.Create(Path.Combine(staging, name));
                    await file.CopyToAsync(output, http.RequestAborted).ConfigureAwait(false);
                }
            }

            AnalyzedWave wave = analyzer.Analyze(id!, staging, http.RequestAborted);
            return store.Store(wave, neo4j.Value.Enabled, clock.GetUtcNow()) switch
            {
                StoreOutcome.Stored => Results.Created($"/api/waves/{Uri.EscapeDataString(id!)}/report", new { id }),
                _ => Results.Problem(title: "Conflict", detail: $"a wave with id '{id}' already exists", statusCode: 409),
            };
        }
        catch (InvalidWaveException invalid)
        {
            return Invalid(invalid.Issues);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Whether the request carries one of the configured keys, compared in constant time.</summary>
    private static bool Authorized(HttpContext http, ServiceOptions options)
    {
        string? given = http.Request.Headers["X-Api-Key"].FirstOrDefault();
        if (string.IsNullOrEmpty(given))
        {
            return false;
        }

        byte[] givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        bool ok = false;
        foreach (string key in options.ApiKeys)
        {
            if (key.Length > 0)
            {
                ok |= CryptographicOperations.FixedTimeEquals(givenHash, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            }
        }

        return ok;
    }

    private static IResult Invalid(IReadOnlyList<IngestionIssue> issues) => Results.Problem(
        title: "Invalid wave",
        detail: issues.Count > 0 ? issues[0].Message : "the wave is invalid",
        statusCode: 400,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = issues.Select(i => new { file = i.File, line = i.Line, column = i.Column, message = i.Message }).ToArray(),
        });

    private static IResult BadRequest(string message) => Invalid([new IngestionIssue(string.Empty, 0, 0, message)]);

    private static IResult NotFound(string id) => Results.Problem(title: "Not found", detail: $"no wave with id '{id}'", statusCode: 404);

    private static IResult Unauthorized() => Results.Problem(title: "Unauthorized", detail: "write calls need a valid X-Api-Key header", statusCode: 401);

    private static IResult TooLarge() => Results.Problem(title: "Payload too large", detail: $"uploads are limited to {Limits.MaxUploadBytes / (1024 * 1024)} MiB", statusCode: 413);
}

/// <summary>Sorted metric rows per wave, layer and sort column; a wave's entries are dropped when that wave changes.</summary>
internal sealed class MetricsCache
{
    private readonly ConcurrentDictionary<(string, string?, string?, bool), Sorted> _sorted = new();
    private readonly WaveStore _store;

    public MetricsCache(WaveStore store)
    {
        _store = store;
        store.WaveChanged += wave =>
        {
            foreach (var key in _sorted.Keys.Where(k => k.Item1 == wave))
            {
                _sorted.TryRemove(key, out _);
            }
        };
    }

    /// <summary>The rows of one query, as JSON texts in answer order, or null when no such wave.</summary>
    public Sorted? Get(string wave, string? layer, string? sort, bool desc)
    {
        if (_sorted.TryGetValue((wave, layer, sort, desc), out Sorted? hit))
        {
            return hit;
        }

        List<string>? rows = _store.MetricRows(wave);
        if (rows is null)
        {
            return null;
        }

        var parsed = rows.Select(r => (Text: r, Node: JsonNode.Parse(r)!.AsObject()))
            .Where(r => layer is null || (string?)r.Node["layer"] == layer)
            .ToList();
        if (sort is not null && parsed.Count > 0 && !parsed[0].Node.ContainsKey(sort))
        {
            // Not cached: the keys are the client's, and only known columns keep the cache bounded.
            return new Sorted([], UnknownColumn: true);
        }

        if (sort is not null)
        {
            var keyed = parsed.Select((r, i) => (r.Text, Key: r.Node[sort], Index: i)).ToList();
            keyed.Sort((a, b) =>
            {
                int c = Compare(a.Key, b.Key, desc);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            });
            parsed = keyed.Select(k => (k.Text, (JsonObject)null!)).ToList();
        }

        var result = new Sorted([.. parsed.Select(p => p.Text)], UnknownColumn: false);
        _sorted[(wave, layer, sort, desc)] = result;
        return result;
    }

    /// <summary>Nulls last in both directions; numbers numerically, text in ordinal order.</summary>
    private static int Compare(JsonNode? a, JsonNode? b, bool desc)
    {
        if (a is null || b is null)
        {
            return (a is null).CompareTo(b is null);
        }

        int c = a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number
            ? a.GetValue<double>().CompareTo(b.GetValue<double>())
            : string.CompareOrdinal(a.ToString(), b.ToString());
        return desc ? -c : c;
    }

    /// <summary>The number of cached queries.</summary>
    internal int Count => _sorted.Count;

    /// <summary>Rows of one query.</summary>
    internal sealed record Sorted(string[] Rows, bool UnknownColumn);
}
