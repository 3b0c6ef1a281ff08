using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>report.json</c> of an edge-list analysis.</summary>
/// <remarks>
/// Keys: <c>nodes</c>, <c>edges</c>, <c>directed</c>, <c>weighted</c>, <c>density</c>, <c>reciprocity</c> (null when
/// undirected), <c>components</c> (weakly connected, isolated nodes included), <c>strong_components</c>,
/// <c>isolated</c>, <c>modularity</c> and <c>communities</c> (null when <c>community</c> was not computed),
/// <c>betweenness</c> (method), <c>methods</c> (per column: method, samples, error bound, δ, guarantee, estimated
/// seconds), <c>warnings</c>, <c>input</c>, <c>top</c> (ten highest nodes per computed score) and <c>timings</c>
/// (seconds per stage: <c>load</c>, each metric column, <c>components</c>).
/// </remarks>
public static class GraphReportJsonWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">The output (left open), UTF-8.</param>
    /// <param name="approximateEpsilon">The ε of approximate betweenness, reported as <c>betweenness.epsilon</c> when the
    /// column was approximated; null otherwise.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(GraphAnalysis analysis, Stream stream, double? approximateEpsilon = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        NodeMetricsTable metrics = analysis.Metrics;
        json.WriteStartObject();
        json.WriteNumber("nodes", analysis.Graph.NodeCount);
        json.WriteNumber("edges", analysis.Graph.EdgeCount);
        json.WriteBoolean("directed", analysis.Graph.IsDirected);
        json.WriteBoolean("weighted", analysis.Graph.IsWeighted);
        JsonWriting.WriteNumberOrNull(json, "density", analysis.Density);
        JsonWriting.WriteNumberOrNull(json, "reciprocity", analysis.Reciprocity);
        json.WriteNumber("components", metrics.WeakComponents.Count);
        json.WriteNumber("strong_components", metrics.StrongComponents.Count);
        json.WriteNumber("isolated", analysis.Isolated);
        JsonWriting.WriteNumberOrNull(json, "modularity", metrics.Communities?.Modularity);
        if (metrics.Communities is { } partition)
        {
            json.WriteNumber("communities", partition.Count);
        }
        else
        {
            json.WriteNull("communities");
        }

        json.WriteStartObject("betweenness");
        json.WriteString("method", MetricsMethodsJson.Name(metrics.BetweennessMethod));
        if (metrics.BetweennessMethod == BetweennessMethod.Approximate
            && (approximateEpsilon ?? metrics.Plan[MetricColumns.Betweenness]?.ErrorBound) is double eps)
        {
            json.WriteNumber("epsilon", eps);
        }

        json.WriteEndObject();
        MetricsMethodsJson.WriteMethods(json, metrics);
        MetricsMethodsJson.WriteWarnings(json, metrics.Warnings);
        json.WriteStartObject("input");
        json.WriteString("path", analysis.Input.Path);
        json.WriteNumber("self_loops_dropped", analysis.Input.SelfLoopsDropped);
        json.WriteEndObject();
        WriteTop(json, metrics);
        JsonWriting.WriteTimings(json, analysis.Timings);
        json.WriteEndObject();
    }

    private static void WriteTop(Utf8JsonWriter json, NodeMetricsTable metrics)
    {
        json.WriteStartObject("top");
        foreach (string column in metrics.Columns)
        {
            if (column == MetricColumns.Community)
            {
                continue;
            }

            json.WriteStartArray(column);
            foreach (int v in NodeRanking.Top(metrics.Column(column), 10))
            {
                json.WriteStartObject();
                json.WriteString("id", metrics.Graph.Nodes[v]);
                JsonWriting.WriteNumberOrNull(json, "value", metrics.Column(column)[v]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
