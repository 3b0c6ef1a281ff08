using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>A stored wave read back for <c>compare</c> and <c>directory</c>, or why it cannot be.</summary>
/// <param name="Input">The wave's network, its source named by the wave id; null with a <paramref name="Status"/>.</param>
/// <param name="SecretCheck">The secret check the wave was stored under.</param>
/// <param name="Status">200, or the problem status: 404 no such wave, 409 no dataset stored or refused.</param>
/// <param name="Detail">The problem detail.</param>
internal sealed record FollowUpWave(DatasetInput? Input, string? SecretCheck, int Status, string? Detail);

/// <summary>
/// The follow-up views of stored waves: <c>compare.json</c>/<c>compare.html</c> of two waves and the directory of one,
/// computed from the datasets stored with the waves by the library's <see cref="WaveComparer"/>,
/// <see cref="ServiceDirectory"/> and writers, exactly as <c>networkgraph compare</c> (999 permutations, seed 1)
/// and <c>networkgraph directory</c> (3 partners per contact type) compute them. Results are kept in memory until
/// one of their waves changes (at most <see cref="MaxEntries"/> of each kind). A wave stored before the store kept
/// datasets is served when the inbox still holds its files (<see cref="Recover"/>), otherwise answered 409.
/// </summary>
internal sealed class FollowUpViews
{
    /// <summary>The most comparisons (and the most waves) kept in memory.</summary>
    public const int MaxEntries = 16;

    private readonly WaveStore _store;
    private readonly PersonalData _personal;
    private readonly string _inbox;
    private readonly ConcurrentDictionary<string, Lazy<FollowUpWave>> _waves = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string A, string B), Lazy<Comparison>> _comparisons = new();
    private readonly ConcurrentDictionary<string, string?> _refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Id, ReportLanguage Language), Lazy<string>> _pages = new();
    private readonly IReportPageRenderer _renderer;

    public FollowUpViews(WaveStore store, PersonalData personal, IOptions<ServiceOptions> options, IReportPageRenderer renderer)
    {
        _store = store;
        _personal = personal;
        _renderer = renderer;
        _inbox = Path.GetFullPath(options.Value.Inbox);
        store.WaveChanged += id =>
        {
            _waves.TryRemove(id, out _);
            _refusals.TryRemove(id, out _);
            foreach (var key in _pages.Keys.Where(k => k.Id == id))
            {
                _pages.TryRemove(key, out _);
            }

            foreach (var key in _comparisons.Keys.Where(k => k.A == id || k.B == id))
            {
                _comparisons.TryRemove(key, out _);
            }
        };
    }

    /// <summary>Why a stored wave may not be served under the configured secret (<see cref="PersonalData.Refusal"/>), or
    /// null when it may or when there is no such wave; remembered per wave until it changes, so the guard costs no query
    /// on the hot routes.</summary>
    public string? Refusal(string id)
    {
        if (_personal.SecretCheck is null)
        {
            return null;
        }

        if (_refusals.TryGetValue(id, out string? known))
        {
            return known;
        }

        long version = _store.Version;
        if (_store.DatasetOf(id, withDataset: false) is not StoredDataset stored)
        {
            return null;
        }

        if (_refusals.Count >= 10_000)
        {
            _refusals.Clear();
        }

        string? refusal = _personal.Refusal(id, stored.SecretCheck);
        if (_store.Version == version)
        {
            // Not remembered when the store changed meanwhile: the wave may have been replaced.
            _refusals[id] = refusal;
        }

        return refusal;
    }

    /// <summary>A wave's dataset, or why it cannot be read back.</summary>
    public FollowUpWave Wave(string id)
    {
        if (_waves.Count >= MaxEntries)
        {
            _waves.Clear();
        }

        FollowUpWave wave = _waves.GetOrAdd(id, key => new Lazy<FollowUpWave>(() => Load(key))).Value;
        if (wave.Status == 404)
        {
            _waves.TryRemove(id, out _);
        }

        return wave;
    }

    /// <summary>The comparison of two stored waves, or the problem of the first wave that has one.</summary>
    public (Comparison? Comparison, int Status, string? Detail) Compare(string a, string b)
    {
        FollowUpWave wa = Wave(a), wb = Wave(b);
        foreach (FollowUpWave w in new[] { wa, wb })
        {
            if (w.Input is null)
            {
                return (null, w.Status, w.Detail);
            }
        }

        if (wa.SecretCheck != wb.SecretCheck)
        {
            return (null, 409, $"waves '{a}' and '{b}' were stored under different pseudonymization settings, so their actors cannot be matched; upload them again under the same secret");
        }

        if (_comparisons.Count >= MaxEntries)
        {
            _comparisons.Clear();
        }

        Comparison comparison = _comparisons.GetOrAdd((a, b), _ => new Lazy<Comparison>(() => Comparison.Of(wa.Input!, wb.Input!))).Value;
        return (comparison, 200, null);
    }

    /// <summary>A wave's report page in another language than the one stored at ingestion: the wave's stored dataset
    /// analysed again, as at ingestion, and rendered in <paramref name="language"/>; or the problem of the wave.</summary>
    public (string? Html, int Status, string? Detail) ReportPage(string id, ReportLanguage language)
    {
        FollowUpWave wave = Wave(id);
        if (wave.Input is null)
        {
            return (null, wave.Status, wave.Detail);
        }

        if (_pages.Count >= MaxEntries)
        {
            _pages.Clear();
        }

        string html = _pages.GetOrAdd((id, language), _ => new Lazy<string>(() =>
            _renderer.Render(DatasetAnalysis.Analyze(wave.Input, null, CancellationToken.None), language))).Value;
        return (html, 200, null);
    }

    /// <summary>The directory of a wave, as <c>networkgraph directory</c> builds it.</summary>
    public static ServiceDirectory Directory(DatasetInput input) => ServiceDirectory.Build(input.Network, 3);

    /// <summary>The directory rows as JSON: the columns of <c>directory.csv</c> in its order, the three
    /// <c>top_*</c> columns as arrays of partner names.</summary>
    public static byte[] DirectoryJson(ServiceDirectory directory)
    {
        var names = directory.Entries.ToDictionary(e => e.Actor.Id, e => e.Actor.Name, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (DirectoryEntry e in directory.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Actor.Id);
                json.WriteString("name", e.Actor.Name);
                json.WriteString("kind", e.Actor.Kind);
                json.WriteString("setting", SurveyLabels.Format(e.Actor.Setting));
                json.WriteString("zone", e.Actor.Zone);
                foreach (string attribute in directory.AttributeNames)
                {
                    json.WriteString(attribute, e.Actor.Attributes.GetValueOrDefault(attribute, string.Empty));
                }

                foreach ((string column, IEnumerable<string> ids) in new[] { ("top_sending", e.TopSending), ("top_receiving", e.TopReceiving), ("top_exchange", e.TopExchange) })
                {
                    json.WriteStartArray(column);
                    foreach (string id in ids)
                    {
                        json.WriteStringValue(names.GetValueOrDefault(id, id));
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The <c>directory.html</c> of a wave, named by its id.</summary>
    public static string DirectoryHtml(ServiceDirectory directory, string id, ReportLanguage language)
    {
        var html = new StringWriter(CultureInfo.InvariantCulture);
        DirectoryHtmlWriter.Write(html, directory, id, language);
        return html.ToString();
    }

    private FollowUpWave Load(string id)
    {
        if (_store.DatasetOf(id) is not StoredDataset stored)
        {
            return new FollowUpWave(null, null, 404, $"no wave with id '{id}'");
        }

        if (_personal.Refusal(id, stored.SecretCheck) is string refusal)
        {
            return new FollowUpWave(null, stored.SecretCheck, 409, refusal);
        }

        byte[]? dataset = stored.Dataset ?? (stored.SecretCheck is null ? Recover(id) : null);
        if (dataset is null)
        {
            return new FollowUpWave(null, stored.SecretCheck, 409, $"wave '{id}' was stored before the service kept the datasets that compare and directory need; delete it and upload it again");
        }

        // Read back exactly as stored: it was pseudonymized (or not) at ingestion.
        try
        {
            DatasetInput input = DatasetInput.Read(id, () => new IngestionResult { Dataset = WaveAnalyzer.ReadDatasetBlob(dataset) });
            return new FollowUpWave(input, stored.SecretCheck, 200, null);
        }
        catch (Exception e) when (e is InvalidDataException or NetworkGraphException)
        {
            return new FollowUpWave(null, stored.SecretCheck, 409, $"the stored dataset of wave '{id}' cannot be read; delete the wave and upload it again");
        }
    }

    /// <summary>
    /// The dataset of a wave stored before the store kept datasets (always in clear), read again from
    /// <c>inbox/processed/&lt;id&gt;</c> when the inbox still holds it with the stored content hash, and stored
    /// with the wave; null when it is not there (an upload keeps no copy) or differs.
    /// </summary>
    private byte[]? Recover(string id)
    {
        string folder = Path.Combine(_inbox, "processed", id);
        if (!WaveFiles.IsValidId(id) || !System.IO.Directory.Exists(folder) || _store.HashOf(id) is not string hash)
        {
            return null;
        }

        string? extracted = null;
        try
        {
            string source = folder;
            if (System.IO.Directory.GetFiles(folder, "*.csv").Length == 0 && System.IO.Directory.GetFiles(folder, "*.zip") is [string zip])
            {
                extracted = Path.Combine(_inbox, ".uploads", "recover-" + Guid.NewGuid().ToString("N"));
                using FileStream archive = File.OpenRead(zip);
                WaveFiles.ExtractZip(archive, Path.GetFileName(zip), extracted);
                source = extracted;
            }

            if (WaveFiles.ContentHash(source) != hash)
            {
                return null;
            }

            byte[] blob = WaveAnalyzer.DatasetBlob(WaveAnalyzer.Read(WaveFiles.DatasetPath(source), null).Network.Dataset);
            _store.AddDataset(id, hash, blob);
            return blob;
        }
        catch (Exception e) when (e is InvalidWaveException or NetworkGraphException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            if (extracted is not null && System.IO.Directory.Exists(extracted))
            {
                System.IO.Directory.Delete(extracted, recursive: true);
            }
        }
    }

    /// <summary>One comparison: its <c>compare.json</c> and what <c>compare.html</c> is rendered from.</summary>
    internal sealed class Comparison
    {
        private readonly ConcurrentDictionary<ReportLanguage, string> _pages = new();

        private Comparison(WaveComparison result, DatasetAnalysis a, DatasetAnalysis b, byte[] json)
        {
            Result = result;
            A = a;
            B = b;
            Json = json;
        }

        /// <summary>The comparison.</summary>
        public WaveComparison Result { get; }

        /// <summary>The first wave's analysis.</summary>
        public DatasetAnalysis A { get; }

        /// <summary>The second wave's analysis.</summary>
        public DatasetAnalysis B { get; }

        /// <summary>The <c>compare.json</c> bytes.</summary>
        public byte[] Json { get; }

        /// <summary>Compares two waves with the defaults of <c>networkgraph compare</c>.</summary>
        public static Comparison Of(DatasetInput a, DatasetInput b)
        {
            const int seed = 1;
            var metrics = new NodeMetricsOptions { Seed = seed };
            DatasetAnalysis analysisA = DatasetAnalysis.Analyze(a, metrics, CancellationToken.None);
            DatasetAnalysis analysisB = DatasetAnalysis.Analyze(b, metrics, CancellationToken.None);
            WaveComparison comparison = WaveComparer.Compare(analysisA, analysisB, new WaveComparisonOptions { Permutations = 999, Seed = seed }, CancellationToken.None);
            using var json = new MemoryStream();
            CompareJsonWriter.Write(comparison, json, CancellationToken.None);
            return new Comparison(comparison, analysisA, analysisB, json.ToArray());
        }

        /// <summary>The <c>compare.html</c> in a language.</summary>
        public string Html(ReportLanguage language) => _pages.GetOrAdd(language, l =>
        {
            var html = new StringWriter(CultureInfo.InvariantCulture);
            CompareHtmlWriter.Write(html, Result, A, B, l);
            return html.ToString();
        });
    }
}

/// <summary>The routes of the follow-up views (compare, directory), the links to them, and the guard that keeps waves
/// stored in clear from being served once the service has a pseudonymization secret.</summary>
internal static class FollowUpApi
{
    /// <summary>
    /// Answers 409 to every GET of a route with a wave <c>{id}</c> when that wave may not be served under the configured
    /// secret (<see cref="PersonalData.Refusal"/>), before its handler runs; unknown waves are left to the handler's 404.
    /// </summary>
    public static void UseGuard(WebApplication app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.GetRouteValue("id") is string id
            && http.RequestServices.GetRequiredService<FollowUpViews>().Refusal(id) is string refusal)
        {
            await Conflict(refusal).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        await next(http).ConfigureAwait(false);
    });

    /// <summary>Maps the compare and directory routes and their pages.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/compare", (string? a, string? b, FollowUpViews views) =>
        {
            if (Missing(a, b) is IResult missing)
            {
                return missing;
            }

            var (comparison, status, detail) = views.Compare(a!, b!);
            return comparison is null ? Problem(status, detail!) : Results.Bytes(comparison.Json, "application/json");
        })
        .WithSummary("The compare.json of two stored waves (a = the earlier, b = the later), as networkgraph compare writes it on their folders (999 permutations, seed 1); waves.a and waves.b name the wave ids. 400 without a or b, 404 unknown wave, 409 when a wave's dataset is not stored.");

        app.MapGet("/compare", (string? a, string? b, string? lang, FollowUpViews views) =>
        {
            if (Missing(a, b) is IResult missing)
            {
                return missing;
            }

            if (!ReportLanguages.TryParse(lang ?? "en", out ReportLanguage language))
            {
                return BadLanguage(lang!);
            }

            var (comparison, status, detail) = views.Compare(a!, b!);
            return comparison is null ? Problem(status, detail!) : Results.Content(comparison.Html(language), "text/html; charset=utf-8");
        })
        .WithSummary("The compare.html of two stored waves, rendered by the writer of networkgraph compare; lang = en (default) or fr.")
        .Produces<string>(StatusCodes.Status200OK, "text/html");

        app.MapGet("/api/waves/{id}/directory", (string id, FollowUpViews views) =>
        {
            FollowUpWave wave = views.Wave(id);
            return wave.Input is null
                ? Problem(wave.Status, wave.Detail!)
                : Results.Bytes(FollowUpViews.DirectoryJson(FollowUpViews.Directory(wave.Input)), "application/json");
        })
        .WithSummary("The wave's directory of services: one object per actor with the columns of directory.csv (id, name, kind, setting, zone, every extra column of actors.csv, then top_sending, top_receiving, top_exchange as arrays of partner names). 404 unknown wave, 409 when its dataset is not stored.");

        app.MapGet("/waves/{id}/directory", (string id, string? lang, FollowUpViews views) =>
        {
            if (!ReportLanguages.TryParse(lang ?? "en", out ReportLanguage language))
            {
                return BadLanguage(lang!);
            }

            FollowUpWave wave = views.Wave(id);
            return wave.Input is null
                ? Problem(wave.Status, wave.Detail!)
                : Results.Content(FollowUpViews.DirectoryHtml(FollowUpViews.Directory(wave.Input), id, language), "text/html; charset=utf-8");
        })
        .WithSummary("The wave's directory.html (searchable, sortable, printable on A4, offline), rendered by the writer of networkgraph directory; lang = en (default) or fr.")
        .Produces<string>(StatusCodes.Status200OK, "text/html");
    }

    /// <summary>The links of a wave's page, in its language: back to the list, its directory, a form comparing it with
    /// another wave (the wave stored just before it preselected), and the page in the other language.</summary>
    public static string WaveLinks(string id, IReadOnlyList<WaveSummary> waves, ReportLanguage language)
    {
        bool french = language == ReportLanguage.French;
        string lang = french ? "fr" : "en";
        string e = Uri.EscapeDataString(id);
        var html = new StringBuilder("<nav class=\"no-print\" style=\"margin:0.5em 0;font:0.95em sans-serif\">");
        html.Append("<a href=\"/?lang=").Append(lang).Append("\">").Append(french ? "Toutes les vagues" : "All waves").Append("</a> · <a href=\"/waves/")
            .Append(e).Append("/directory?lang=").Append(lang).Append("\">").Append(french ? "Répertoire des services" : "Directory of services").Append("</a>");
        List<WaveSummary> others = [.. waves.Where(w => w.Id != id)];
        if (others.Count > 0)
        {
            string? previous = Previous(id, waves);
            html.Append(" · <form method=\"get\" action=\"/compare\" style=\"display:inline\"><input type=\"hidden\" name=\"lang\" value=\"").Append(lang)
                .Append("\"><input type=\"hidden\" name=\"b\" value=\"").Append(WebUtility.HtmlEncode(id)).Append("\"><label>")
                .Append(french ? "Comparer avec la vague précédente" : "Compare with the earlier wave").Append(" <select name=\"a\">");
            foreach (WaveSummary w in others)
            {
                html.Append("<option value=\"").Append(WebUtility.HtmlEncode(w.Id)).Append('"').Append(w.Id == previous ? " selected" : string.Empty)
                    .Append('>').Append(WebUtility.HtmlEncode(w.Id)).Append("</option>");
            }

            html.Append("</select></label> <button type=\"submit\">").Append(french ? "Comparer" : "Compare").Append("</button></form>");
        }

        html.Append(" · ").Append(french
            ? $"<a href=\"/waves/{e}?lang=en\" hreflang=\"en\">English</a>"
            : $"<a href=\"/waves/{e}?lang=fr\" hreflang=\"fr\">français</a>");
        return html.Append("</nav>").ToString();
    }

    /// <summary>A wave as the home page lists it: its counts, its ingestion time and the wave stored just before it.</summary>
    public static WaveListEntry ListEntry(WaveSummary wave, IReadOnlyList<WaveSummary> waves, ReportLanguage language)
    {
        DateTimeOffset? ingested = DateTimeOffset.TryParse(wave.IngestedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at) ? at : null;
        return new WaveListEntry(wave.Id, wave.Id, StatusText(wave.SyncStatus, language), wave.Actors, ingested, wave.Respondents, Previous(wave.Id, waves));
    }

    /// <summary>A wave's <c>syncStatus</c> in the words of the home page.</summary>
    private static string StatusText(string syncStatus, ReportLanguage language) => (syncStatus, language) switch
    {
        ("pending", ReportLanguage.French) => "enregistrée, synchronisation Neo4j en attente",
        ("synced", ReportLanguage.French) => "enregistrée et synchronisée dans Neo4j",
        ("failed", ReportLanguage.French) => "enregistrée ; échec de la synchronisation Neo4j",
        (_, ReportLanguage.French) => "enregistrée",
        ("pending", _) => "stored, Neo4j sync pending",
        ("synced", _) => "stored and synced to Neo4j",
        ("failed", _) => "stored; Neo4j sync failed",
        _ => "stored",
    };

    /// <summary>Inserts <paramref name="links"/> right after the page's opening <c>body</c> tag.</summary>
    public static string InsertAfterBody(string page, string links)
    {
        int body = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        int end = body < 0 ? -1 : page.IndexOf('>', body);
        return end < 0 ? links + page : page.Insert(end + 1, links);
    }

    /// <summary>The wave stored just before <paramref name="id"/> (by ingestion time, then id), or null.</summary>
    private static string? Previous(string id, IReadOnlyList<WaveSummary> waves)
    {
        List<WaveSummary> ordered = [.. waves.OrderBy(w => w.IngestedAt, StringComparer.Ordinal).ThenBy(w => w.Id, StringComparer.Ordinal)];
        int i = ordered.FindIndex(w => w.Id == id);
        return i > 0 ? ordered[i - 1].Id : null;
    }

    private static IResult? Missing(string? a, string? b)
    {
        string[] missing = [.. new[] { ("a", a), ("b", b) }.Where(p => string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1)];
        return missing.Length == 0 ? null : Problem(400, $"give both waves to compare: ?a=EARLIER_ID&b=LATER_ID (missing: {string.Join(", ", missing)})");
    }

    /// <summary>The 400 answer of a page asked for in a language it does not have.</summary>
    internal static IResult BadLanguage(string lang) => Problem(400, $"unknown language '{lang}'; expected en or fr");

    private static IResult Conflict(string detail) => Problem(409, detail);

    /// <summary>A problem+json answer of the follow-up views (400 with the <c>errors</c> array of the API).</summary>
    internal static IResult Problem(int status, string detail) => Results.Problem(
        title: status switch { 400 => "Invalid request", 404 => "Not found", _ => "Conflict" },
        detail: detail,
        statusCode: status,
        extensions: status == 400
            ? new Dictionary<string, object?> { ["errors"] = new[] { new { file = string.Empty, line = 0, column = 0, message = detail } } }
            : null);
}
