using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Internal;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>report.json</c> of a survey dataset: every key of docs/en/outputs.md, plus <c>metrics</c>
/// (the columns computed per layer) and <c>timings</c> (seconds per stage).</summary>
public static class DatasetReportJsonWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">The output (left open), UTF-8.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(DatasetAnalysis analysis, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        SurveyReportJsonWriter.WriteProperties(analysis.Survey, json);
        NetworkGraph.Analysis.Surveys.SurveyQuality.Compute(analysis.Network.Dataset).WriteJson(json);
        json.WriteStartObject("metrics");
        JsonWriting.WriteStrings(json, "columns", analysis.LayerMetrics[0].Value.Columns);
        json.WriteString("betweenness", MetricsMethodsJson.Name(analysis.LayerMetrics[0].Value.BetweennessMethod));
        json.WriteStartObject("layers");
        foreach ((SurveyLayer layer, NodeMetricsTable table) in analysis.LayerMetrics)
        {
            json.WriteStartObject(SurveyNetwork.LayerName(layer));
            MetricsMethodsJson.WriteMethods(json, table);
            MetricsMethodsJson.WriteWarnings(json, table.Warnings);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        MetricsMethodsJson.WriteWarnings(json, analysis.LayerMetrics.SelectMany(l => l.Value.Warnings.Select(w => $"{SurveyNetwork.LayerName(l.Key)}: {w}")));
        json.WriteEndObject();
        JsonWriting.WriteTimings(json, analysis.Timings);
        json.WriteEndObject();
    }
}
