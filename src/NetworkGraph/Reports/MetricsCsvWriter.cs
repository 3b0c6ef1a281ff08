using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes <c>metrics.csv</c> (docs/en/metrics.md): one row per node, or per node and layer.</summary>
public static class MetricsCsvWriter
{
    /// <summary>Writes one row per node: <c>id</c>, then the computed columns in the order of docs/en/metrics.md.</summary>
    /// <param name="table">The metrics.</param>
    /// <param name="writer">The output (left open).</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 rows).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(NodeMetricsTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRows(writer, [new KeyValuePair<string?, NodeMetricsTable>(null, table)], null, cancellationToken);
    }

    /// <summary>Writes one row per node and layer: <c>id</c>, <c>layer</c>, then the computed columns.</summary>
    /// <remarks>Rows go layer by layer in the given order, nodes in graph order. Every table must have the same columns.</remarks>
    /// <param name="layers">The metrics of each layer (<see cref="DatasetAnalysis.LayerMetrics"/>); the <c>layer</c> column holds
    /// <see cref="SurveyNetwork.LayerName"/>.</param>
    /// <param name="writer">The output (left open).</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 rows).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The tables have different columns.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(IEnumerable<KeyValuePair<SurveyLayer, NodeMetricsTable>> layers, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRows(writer, layers.Select(l => new KeyValuePair<string?, NodeMetricsTable>(SurveyNetwork.LayerName(l.Key), l.Value)).ToArray(), null, cancellationToken);
    }

    /// <summary>Writes a dataset's <c>metrics.csv</c>: one row per actor and layer (<c>id</c>, <c>layer</c>, the computed
    /// columns), then the actor's <c>name</c>, <c>kind</c>, <c>setting</c> and <c>zone</c>, so the file reads on its own.</summary>
    /// <param name="analysis">The dataset's analysis.</param>
    /// <param name="writer">The output (left open).</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 rows).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(DatasetAnalysis analysis, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        var actors = analysis.Network.Dataset.Actors.ToDictionary(
            a => a.Id,
            a => new[] { a.Name, a.Kind, SurveyLabels.Format(a.Setting), a.Zone },
            StringComparer.Ordinal);
        WriteRows(
            writer,
            analysis.LayerMetrics.Select(l => new KeyValuePair<string?, NodeMetricsTable>(SurveyNetwork.LayerName(l.Key), l.Value)).ToArray(),
            new ActorColumns(["name", "kind", "setting", "zone"], id => actors.TryGetValue(id, out string?[]? cells) ? cells : new string?[4]),
            cancellationToken);
    }

    private sealed record ActorColumns(string[] Names, Func<string, string?[]> Cells);

    private static void WriteRows(TextWriter writer, KeyValuePair<string?, NodeMetricsTable>[] tables, ActorColumns? extra, CancellationToken cancellationToken)
    {
        if (tables.Length == 0)
        {
            return;
        }

        bool layered = tables[0].Key is not null;
        var columns = tables[0].Value.Columns;
        foreach ((_, NodeMetricsTable t) in tables)
        {
            if (!t.Columns.SequenceEqual(columns))
            {
                throw new ArgumentException("Every layer must have the same metric columns.", nameof(tables));
            }
        }

        writer.Write("id");
        if (layered)
        {
            writer.Write(",layer");
        }

        foreach (string c in columns)
        {
            writer.Write(',');
            writer.Write(c);
        }

        foreach (string c in extra?.Names ?? [])
        {
            writer.Write(',');
            writer.Write(c);
        }

        writer.Write('\n');
        foreach ((string? layer, NodeMetricsTable table) in tables)
        {
            NodeIndex nodes = table.Graph.Nodes;
            for (int v = 0; v < nodes.Count; v++)
            {
                Cancellation.CheckEvery4096(v, cancellationToken);
                writer.Write(CsvFormat.Field(nodes[v]));
                if (layer is not null)
                {
                    writer.Write(',');
                    writer.Write(CsvFormat.Field(layer));
                }

                foreach (string c in columns)
                {
                    writer.Write(',');
                    writer.Write(CsvFormat.Number(table.Column(c)[v]));
                }

                foreach (string? cell in extra?.Cells(nodes[v]) ?? [])
                {
                    writer.Write(',');
                    writer.Write(CsvFormat.Field(cell ?? string.Empty));
                }

                writer.Write('\n');
            }
        }
    }
}
