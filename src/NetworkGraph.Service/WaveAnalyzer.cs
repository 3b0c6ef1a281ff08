using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>One analysed wave, ready for one store transaction.</summary>
internal sealed record AnalyzedWave(
    string Id,
    string Hash,
    int Actors,
    int Respondents,
    byte[] ReportJson,
    string ReportHtml,
    string ActorsJson,
    IReadOnlyList<string> MetricsRows,
    string TiesJson = "[]",
    byte[]? DatasetJson = null,
    string? SecretCheck = null);

/// <summary>
/// Analyses a wave folder with the library: the same <see cref="DatasetInput.Read(string)"/>,
/// <see cref="DatasetAnalysis.Analyze"/> and <see cref="DatasetReportJsonWriter"/> as <c>networkgraph analyze</c>,
/// so the stored <c>report.json</c> equals the command's one (timings aside); the metric rows hold the cells of its
/// <c>metrics.csv</c>, taken from the same metric tables.
/// </summary>
/// <remarks>With a secret configured (<see cref="PersonalData"/>), the dataset is pseudonymized as it is read, exactly
/// as <c>--pseudonymize --secret S</c> does on the command line, so that everything stored derives from the
/// pseudonymized dataset.</remarks>
internal sealed class WaveAnalyzer(IReportPageRenderer pages, PersonalData? personal = null)
{
    /// <summary>Reads, validates and analyses <paramref name="folder"/>; throws <see cref="InvalidWaveException"/> on a malformed wave.</summary>
    public AnalyzedWave Analyze(string id, string folder, CancellationToken cancellationToken)
    {
        string hash = WaveFiles.ContentHash(folder);
        DatasetInput input;
        try
        {
            input = Read(WaveFiles.DatasetPath(folder), personal?.Pseudonymizer);
        }
        catch (SurveyFormatException invalid)
        {
            IReadOnlyList<IngestionIssue> issues = invalid.Issues.IsDefaultOrEmpty
                ? [new IngestionIssue(invalid.File, invalid.Line, invalid.Column, invalid.Message)]
                : invalid.Issues;
            throw new InvalidWaveException(issues);
        }
        catch (NetworkGraphException e)
        {
            throw new InvalidWaveException(string.Empty, e.Message);
        }

        DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, null, cancellationToken);
        using var report = new MemoryStream();
        DatasetReportJsonWriter.Write(analysis, report);

        IReadOnlyList<string> rows = MetricsRows(analysis.LayerMetrics, cancellationToken);

        return new AnalyzedWave(
            id,
            hash,
            input.Network.Dataset.Actors.Length,
            input.Network.Dataset.Respondents.Length,
            report.ToArray(),
            pages.Render(analysis, ReportLanguage.English),
            GraphRows.ActorsJson(input.Network.Dataset),
            rows,
            GraphRows.TiesJson(input.Network),
            DatasetBlob(input.Network.Dataset),
            personal?.SecretCheck);
    }

    /// <summary>Reads a wave folder or workbook, pseudonymized before the network is built when a pseudonymizer is given.</summary>
    internal static DatasetInput Read(string path, Pseudonymizer? pseudonymizer)
    {
        if (pseudonymizer is null)
        {
            return DatasetInput.Read(path);
        }

        return DatasetInput.Read(path, () => pseudonymizer.Apply(
            WorkbookReader.IsWorkbookPath(path) && File.Exists(path) ? WorkbookReader.Read(path) : SurveyReader.Read(path)));
    }

    /// <summary>
    /// One JSON object per row of <c>metrics.csv</c> (actor and layer, layer by layer in survey order, actors in graph
    /// order), built from the metric tables themselves: <c>id</c>, <c>layer</c>, then every metric column; an undefined
    /// value is null, <c>community</c> an integer label. O(rows × columns).
    /// </summary>
    internal static IReadOnlyList<string> MetricsRows(IEnumerable<KeyValuePair<SurveyLayer, NodeMetricsTable>> layers, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer);
        foreach ((SurveyLayer layer, NodeMetricsTable table) in layers)
        {
            string layerName = SurveyNetwork.LayerName(layer);
            for (int v = 0; v < table.Graph.Nodes.Count; v++)
            {
                if ((v & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                buffer.ResetWrittenCount();
                json.Reset(buffer);
                json.WriteStartObject();
                json.WriteString("id", table.Graph.Nodes[v]);
                json.WriteString("layer", layerName);
                foreach (string column in table.Columns)
                {
                    double value = table.Column(column)[v];
                    if (!double.IsFinite(value))
                    {
                        json.WriteNull(column);
                    }
                    else if (column == "community" && value == Math.Floor(value) && Math.Abs(value) < 1e15)
                    {
                        json.WriteNumber(column, (long)value);
                    }
                    else
                    {
                        json.WriteNumber(column, value);
                    }
                }

                json.WriteEndObject();
                json.Flush();
                rows.Add(Encoding.UTF8.GetString(buffer.WrittenSpan));
            }
        }

        return rows;
    }

    /// <summary>
    /// What <c>compare</c> and <c>directory</c> need of a wave, to be stored with it: the dataset as
    /// <see cref="SurveyJson"/>, gzipped, without the respondents' function, years of experience and interview
    /// date nor the answers' free-text reasons (no output uses them, so the store does not keep them).
    /// </summary>
    internal static byte[] DatasetBlob(SurveyDataset dataset)
    {
        SurveyDataset kept = dataset with
        {
            Respondents = [.. dataset.Respondents.Select(r => r with { Function = string.Empty, Years = string.Empty, Date = string.Empty })],
            Answers = [.. dataset.Answers.Select(a => a with { Reason = string.Empty })],
        };
        using var blob = new MemoryStream();
        using (var gzip = new GZipStream(blob, CompressionLevel.Fastest, leaveOpen: true))
        using (var json = new Utf8JsonWriter(gzip))
        {
            SurveyJson.Write(kept, json);
        }

        return blob.ToArray();
    }

    /// <summary>Reads back a dataset stored by <see cref="DatasetBlob"/>, with the validation of the survey readers.</summary>
    /// <exception cref="SurveyFormatException">The stored dataset is not valid (it was valid when stored).</exception>
    internal static SurveyDataset ReadDatasetBlob(byte[] blob)
    {
        using var gzip = new GZipStream(new MemoryStream(blob), CompressionMode.Decompress);
        return SurveyJson.Read(gzip).ThrowIfInvalid();
    }
}

/// <summary>
/// The one seam through which the service renders the HTML pages of a wave, so another report
/// renderer can be switched in at this single place.
/// </summary>
internal interface IReportPageRenderer
{
    /// <summary>The HTML page of one analysed wave, in a language.</summary>
    string Render(DatasetAnalysis analysis, ReportLanguage language);
}

/// <summary>Renders a wave with the HTML report's <see cref="DatasetReportHtmlWriter"/>.</summary>
internal sealed class LibraryReportPageRenderer : IReportPageRenderer
{
    /// <inheritdoc/>
    public string Render(DatasetAnalysis analysis, ReportLanguage language)
    {
        var html = new StringWriter(CultureInfo.InvariantCulture);
        DatasetReportHtmlWriter.Write(html, analysis, language);
        return html.ToString();
    }
}

/// <summary>Shared JSON settings.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
