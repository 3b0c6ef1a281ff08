using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Internal;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>report.json</c> of an edge-list analysis.</summary>
/// <remarks>
/// Keys: <c>nodes</c>, <c>edges</c>, <c>directed</c>, <c>weighted</c>, <c>density</c>, <c>reciprocity</c> (null when
/// undirected), <c>components</c> (weakly connected, isolated nodes included), <c>strong_components</c>,
/// <c>isolated</c>, <c>modularity</c> and <c>communities</c> (null when <c>community</c> was not computed),
/// <c>betweenness</c> (method), <c>input</c>, <c>top</c> (ten highest nodes per computed score) and <c>timings</c>
/// (seconds per stage: <c>load</c>, each metric column, <c>components</c>).
/// </remarks>
public static class GraphReportJsonWriter
{
    /// <summary>Writes the report.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, GraphAnalysis analysis, double? approximateEpsilon = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(analysis);
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
        json.WriteString("method", metrics.BetweennessMethod);
        if (approximateEpsilon is double eps && metrics.BetweennessMethod == "approximate")
        {
            json.WriteNumber("epsilon", eps);
        }

        json.WriteEndObject();
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
            foreach (int v in TopNodes(metrics.Column(column), 10))
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

    /// <summary>Indices of the k highest defined values, highest first, ties by node order.</summary>
    internal static int[] TopNodes(ReadOnlySpan<double> values, int k)
    {
        var heap = new PriorityQueue<int, (double Value, int Node)>(Comparer<(double Value, int Node)>.Create(
            (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : b.Node.CompareTo(a.Node)));
        for (int v = 0; v < values.Length; v++)
        {
            if (double.IsNaN(values[v]))
            {
                continue;
            }

            heap.Enqueue(v, (values[v], v));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        int[] top = new int[heap.Count];
        for (int i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }
}
