using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.Model;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes the parts of the map's JSON island shared by the survey and edge-list reports.</summary>
internal static class MapData
{
    /// <summary>The metrics offered for node size, in this order when present.</summary>
    public static readonly string[] SizeMetrics =
    [
        MetricColumns.Degree, MetricColumns.Strength, MetricColumns.Betweenness, MetricColumns.PageRank,
        MetricColumns.Eigenvector, MetricColumns.Closeness, MetricColumns.Harmonic, MetricColumns.Core, MetricColumns.Constraint,
    ];

    /// <summary>Writes <c>name: [[source, target], …]</c>, each undirected tie once.</summary>
    public static void WriteTies(Utf8JsonWriter json, string name, CsrGraph graph, IReadOnlyList<int>? nodeMap = null)
    {
        json.WriteStartArray(name);
        foreach (Edge e in graph.Edges())
        {
            int s = nodeMap is null ? e.Source : nodeMap[e.Source];
            int t = nodeMap is null ? e.Target : nodeMap[e.Target];
            if (s < 0 || t < 0)
            {
                continue;
            }

            json.WriteStartArray();
            json.WriteNumberValue(s);
            json.WriteNumberValue(t);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <c>positions: [x0, y0, x1, y1, …]</c>: the seeded layout of <paramref name="nodeCount"/> actors
    /// over the ties of <paramref name="graph"/> (see <see cref="MapLayout"/>), so the browser draws without laying out.</summary>
    public static void WritePositions(Utf8JsonWriter json, int nodeCount, CsrGraph graph, IReadOnlyList<int>? nodeMap = null)
    {
        IEnumerable<(int, int)> ties = graph.Edges().Select(e => nodeMap is null ? (e.Source, e.Target) : (nodeMap[e.Source], nodeMap[e.Target]));
        double[] positions = MapLayout.Compute(nodeCount, ties);
        json.WriteStartArray("positions");
        foreach (double p in positions)
        {
            json.WriteNumberValue(p);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <c>metrics</c> (one array per metric, in the order of <paramref name="nodes"/>) and <c>metricLabels</c>.</summary>
    public static void WriteMetrics(Utf8JsonWriter json, NodeMetricsTable table, NodeIndex nodes, ReportText t, IReadOnlyList<int>? selection = null)
    {
        json.WriteStartObject("metrics");
        foreach (string column in SizeMetrics.Where(table.Has))
        {
            ReadOnlySpan<double> values = table.Column(column);
            json.WriteStartArray(column);
            if (selection is null)
            {
                for (int i = 0; i < nodes.Count; i++)
                {
                    WriteValue(json, table.Graph.Nodes.TryGetIndex(nodes[i], out int v) ? values[v] : double.NaN);
                }
            }
            else
            {
                foreach (int v in selection)
                {
                    WriteValue(json, values[v]);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartObject("metricLabels");
        foreach (string column in SizeMetrics.Where(table.Has))
        {
            json.WriteString(column, MapText.For(t.Language).Metrics.GetValueOrDefault(column, column));
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(Math.Round(value, 5));
        }
        else
        {
            json.WriteNullValue();
        }
    }
}

/// <summary>Looks actors up by id: display name, zone, setting.</summary>
internal sealed class ImmutableArrayIndex
{
    private readonly Dictionary<string, Actor> _byId;

    public ImmutableArrayIndex(IEnumerable<Actor> actors)
    {
        _byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (Actor a in actors)
        {
            _byId.TryAdd(a.Id, a);
        }
    }

    public string Name(string id) => _byId.TryGetValue(id, out Actor? a) && a.Name != id ? a.Name : id;

    public string Zone(string id) => _byId.TryGetValue(id, out Actor? a) ? a.Zone : string.Empty;

    public Setting Setting(string id) => _byId.TryGetValue(id, out Actor? a) ? a.Setting : Model.Setting.Other;
}
