using System.Globalization;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes the <c>report.html</c> of an edge-list analysis: summary figures, the network map (the
/// <see cref="MapNodeLimit"/> most connected nodes beyond that size, and the page says so), distributions of the main
/// metrics and the top actors per metric.</summary>
public static class GraphReportHtmlWriter
{
    /// <summary>The largest number of nodes the map draws; larger graphs are sampled by degree.</summary>
    public const int MapNodeLimit = 5000;

    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="language">The language of every label and sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, GraphAnalysis analysis, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        ReportText t = ReportText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        NodeMetricsTable m = analysis.Metrics;
        CsrGraph g = analysis.Graph;
        var page = new HtmlPage("NetworkGraph — " + Path.GetFileName(analysis.Input.Path), t);
        page.Section("graph", t.Graph);
        page.Table(
            [t.Figure, t.Value],
            [
                [t.Nodes, page.Format(g.NodeCount)],
                [t.Ties, page.Format(g.EdgeCount)],
                [t.Directed, g.IsDirected ? t.Yes : t.No],
                [t.Density, page.Format(analysis.Density)],
                [t.Reciprocity, page.Format(analysis.Reciprocity)],
                [t.Components, page.Format(m.WeakComponents.Count)],
                [t.Isolated, page.Format(analysis.Isolated)],
                [t.Communities, m.Communities is null ? "–" : page.Format(m.Communities.Count)],
                [t.Modularity, page.Format(m.Communities?.Modularity)],
            ]);

        page.Section("network", t.Network);
        int[] selection = Enumerable.Range(0, g.NodeCount).ToArray();
        if (g.NodeCount > MapNodeLimit)
        {
            selection = selection.OrderByDescending(g.Degree).ThenBy(v => v).Take(MapNodeLimit).Order().ToArray();
            page.Paragraph(string.Format(culture, t.SampledMap, MapNodeLimit, g.NodeCount), "note");
        }

        page.Paragraph(t.MapExplain, "explain no-print");
        int[] map = new int[g.NodeCount];
        Array.Fill(map, -1);
        for (int i = 0; i < selection.Length; i++)
        {
            map[selection[i]] = i;
        }

        page.Map(json =>
        {
            json.WriteStartArray("actors");
            foreach (int v in selection)
            {
                json.WriteStartObject();
                json.WriteString("id", g.Nodes[v]);
                json.WriteString("name", g.Nodes[v]);
                json.WriteNumber("setting", 0);
                json.WriteString("zone", string.Empty);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("settings");
            json.WriteStringValue(t.Nodes);
            json.WriteEndArray();
            json.WriteStartObject("layers");
            MapData.WriteTies(json, "all", g, map);
            json.WriteEndObject();
            json.WriteStartObject("layerLabels");
            json.WriteString("all", t.AllLayers);
            json.WriteEndObject();
            MapData.WriteMetrics(json, m, g.Nodes, t, selection);
            json.WriteString("defaultLayer", "all");
            json.WriteString("layoutLayer", "all");
            MapData.WritePositions(json, selection.Length, g, map);
            json.WriteStartArray("suggestions");
            json.WriteEndArray();
        });

        page.Section("distributions", t.Distributions);
        foreach (string column in MapData.SizeMetrics.Where(m.Has))
        {
            ReadOnlySpan<double> values = m.Column(column);
            (string[] labels, double[] counts) = Histogram(values, 10, culture);
            string name = MapText.For(language).Metrics.GetValueOrDefault(column, column);
            page.Chart("dist-" + column, name, labels, counts, t.Count, labelHeader: name);
        }

        page.Section("top", t.TopActors);
        foreach (string column in MapData.SizeMetrics.Where(m.Has))
        {
            ReadOnlySpan<double> values = m.Column(column);
            var rows = new List<IReadOnlyList<string>>();
            foreach (int v in Top(values, 10))
            {
                rows.Add([g.Nodes[v], page.Format(values[v])]);
            }

            page.Table([t.Actor, column], rows, column);
        }

        writer.Write(page.ToString());
    }

    /// <summary>The <paramref name="k"/> nodes of highest finite value, best first, ties by node index.</summary>
    internal static int[] Top(ReadOnlySpan<double> values, int k)
    {
        double[] copy = values.ToArray();
        return Enumerable.Range(0, copy.Length).Where(v => double.IsFinite(copy[v]))
            .OrderByDescending(v => copy[v]).ThenBy(v => v).Take(k).ToArray();
    }

    /// <summary>Equal-width bins between the finite minimum and maximum.</summary>
    internal static (string[] Labels, double[] Counts) Histogram(ReadOnlySpan<double> values, int bins, CultureInfo culture)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        if (!double.IsFinite(min))
        {
            return ([], []);
        }

        if (max == min)
        {
            bins = 1;
        }

        double width = bins == 1 ? 1 : (max - min) / bins;
        var counts = new double[bins];
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
            }
        }

        var labels = new string[bins];
        for (int i = 0; i < bins; i++)
        {
            double lo = min + (i * width), hi = bins == 1 ? max : lo + width;
            labels[i] = string.Create(culture, $"{lo:0.###} – {hi:0.###}");
        }

        return (labels, counts);
    }
}
