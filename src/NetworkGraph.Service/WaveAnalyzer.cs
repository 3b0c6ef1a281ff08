using NetworkGraph.Reports.Html;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
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
    string TiesJson = "[]");

/// <summary>
/// Analyses a wave folder with the library: the same <see cref="DatasetInput.Read(string)"/>,
/// <see cref="DatasetAnalysis.Analyze"/>, <see cref="DatasetReportJsonWriter"/> and
/// <see cref="MetricsCsvWriter"/> as <c>networkgraph analyze</c>, so the stored <c>report.json</c>
/// equals the command's one (timings aside).
/// </summary>
internal sealed class WaveAnalyzer(IReportPageRenderer pages)
{
    /// <summary>Reads, validates and analyses <paramref name="folder"/>; throws <see cref="InvalidWaveException"/> on a malformed wave.</summary>
    public AnalyzedWave Analyze(string id, string folder, CancellationToken cancellationToken)
    {
        string hash = WaveFiles.ContentHash(folder);
        DatasetInput input;
        try
        {
            input = DatasetInput.Read(WaveFiles.DatasetPath(folder));
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

        var csv = new StringWriter(CultureInfo.InvariantCulture);
        MetricsCsvWriter.Write(analysis.LayerMetrics, csv, cancellationToken);
        IReadOnlyList<string> rows = MetricsRowsFromCsv(csv.ToString());

        return new AnalyzedWave(
            id,
            hash,
            input.Network.Dataset.Actors.Length,
            input.Network.Dataset.Respondents.Length,
            report.ToArray(),
            pages.Render(analysis),
            GraphRows.ActorsJson(input.Network.Dataset),
            rows,
            GraphRows.TiesJson(input.Network));
    }

    /// <summary>Turns the library's <c>metrics.csv</c> into one JSON object per row: numbers as numbers, empty cells as null.</summary>
    internal static IReadOnlyList<string> MetricsRowsFromCsv(string csv)
    {
        List<List<string>> records = ParseCsv(csv);
        if (records.Count == 0)
        {
            return [];
        }

        List<string> header = records[0];
        var rows = new List<string>(records.Count - 1);
        for (int r = 1; r < records.Count; r++)
        {
            var row = new JsonObject();
            for (int c = 0; c < header.Count; c++)
            {
                string cell = c < records[r].Count ? records[r][c] : string.Empty;
                string column = header[c];
                bool text = column is "id" or "layer" or "name" or "kind" or "setting" or "zone" or "community";
                if (cell.Length == 0)
                {
                    row[column] = null;
                }
                else if (!text && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                {
                    row[column] = value;
                }
                else if (column == "community" && long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out long label))
                {
                    row[column] = label;
                }
                else
                {
                    row[column] = cell;
                }
            }

            rows.Add(row.ToJsonString());
        }

        return rows;
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}

/// <summary>
/// The one seam through which the service renders the HTML pages of a wave, so another report
/// renderer can be switched in at this single place.
/// </summary>
internal interface IReportPageRenderer
{
    /// <summary>The HTML page of one analysed wave.</summary>
    string Render(DatasetAnalysis analysis);
}

/// <summary>Renders a wave with the HTML report's <see cref="DatasetReportHtmlWriter"/>.</summary>
internal sealed class LibraryReportPageRenderer : IReportPageRenderer
{
    /// <inheritdoc/>
    public string Render(DatasetAnalysis analysis)
    {
        var html = new StringWriter(CultureInfo.InvariantCulture);
        DatasetReportHtmlWriter.Write(html, analysis, ReportLanguage.English);
        return html.ToString();
    }
}

/// <summary>Shared JSON settings.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
