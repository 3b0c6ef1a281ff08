using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>report.html</c> of an edge-list analysis: summary figures, top nodes per metric, timings.</summary>
public static class GraphReportHtmlWriter
{
    /// <summary>Writes the page.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, GraphAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        NodeMetricsTable m = analysis.Metrics;
        var page = new HtmlReport("NetworkGraph — " + Path.GetFileName(analysis.Input.Path));
        page.Table(
            ["figure", "value"],
            [
                ["nodes", analysis.Graph.NodeCount.ToString(CultureInfo.InvariantCulture)],
                ["edges", analysis.Graph.EdgeCount.ToString(CultureInfo.InvariantCulture)],
                ["directed", analysis.Graph.IsDirected ? "yes" : "no"],
                ["density", HtmlReport.Format(analysis.Density)],
                ["reciprocity", HtmlReport.Format(analysis.Reciprocity)],
                ["weakly connected components", m.WeakComponents.Count.ToString(CultureInfo.InvariantCulture)],
                ["strongly connected components", m.StrongComponents.Count.ToString(CultureInfo.InvariantCulture)],
                ["isolated nodes", analysis.Isolated.ToString(CultureInfo.InvariantCulture)],
                ["communities", m.Communities?.Count.ToString(CultureInfo.InvariantCulture) ?? "–"],
                ["modularity", HtmlReport.Format(m.Communities?.Modularity)],
            ],
            "Graph");
        foreach (string column in m.Columns)
        {
            if (column == MetricColumns.Community)
            {
                continue;
            }

            ReadOnlySpan<double> values = m.Column(column);
            var rows = new List<IReadOnlyList<string>>();
            foreach (int v in NodeRanking.Top(values, 10))
            {
                rows.Add([analysis.Graph.Nodes[v], HtmlReport.Format(values[v])]);
            }

            page.Table(["node", column], rows, "Top 10 by " + column);
        }

        page.Table(
            ["stage", "seconds"],
            analysis.Timings.Select(t => (IReadOnlyList<string>)[t.Key, t.Value.ToString("0.000", CultureInfo.InvariantCulture)]),
            "Timings");
        writer.Write(page.ToString());
    }
}
