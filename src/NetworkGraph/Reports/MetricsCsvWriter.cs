using NetworkGraph.Analysis;
using NetworkGraph.Graphs;

namespace NetworkGraph.Reports;

/// <summary>Writes <c>metrics.csv</c> (CONTRACT §4): one row per node, or per node and layer.</summary>
public static class MetricsCsvWriter
{
    /// <summary>Writes one row per node: <c>id</c>, then the computed columns in CONTRACT order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, NodeMetricsTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        WriteRows(writer, [new KeyValuePair<string?, NodeMetricsTable>(null, table)]);
    }

    /// <summary>Writes one row per node and layer: <c>id</c>, <c>layer</c>, then the computed columns.</summary>
    /// <remarks>Rows go layer by layer in the given order, nodes in graph order. Every table must have the same columns.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The tables have different columns.</exception>
    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, NodeMetricsTable>> layers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(layers);
        WriteRows(writer, layers.Select(l => new KeyValuePair<string?, NodeMetricsTable>(l.Key, l.Value)).ToArray());
    }

    private static void WriteRows(TextWriter writer, KeyValuePair<string?, NodeMetricsTable>[] tables)
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

        writer.Write('\n');
        foreach ((string? layer, NodeMetricsTable table) in tables)
        {
            NodeIndex nodes = table.Graph.Nodes;
            for (int v = 0; v < nodes.Count; v++)
            {
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

                writer.Write('\n');
            }
        }
    }
}
