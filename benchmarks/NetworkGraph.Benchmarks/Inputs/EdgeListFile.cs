using System.Globalization;
using System.Text;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Inputs;

/// <summary>Writes a graph as a plain edge list (docs/en/edge-list-format.md) that every peer library can read.</summary>
/// <remarks>
/// Layout: <c># directed</c> or <c># undirected</c>; <c># nodes N edges M weighted true|false</c>; one line per
/// node key in index order (so first-appearance order equals node index, isolated nodes included); a line
/// <c># edges</c>; then one <c>u v</c> or <c>u v w</c> line per edge (undirected: u &lt; v, once), in CSR order.
/// Weights use the shortest round-trip invariant form.
/// </remarks>
internal static class EdgeListFile
{
    public static void Write(CsrGraph graph, string path, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine(graph.IsDirected ? "# directed" : "# undirected");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# nodes {graph.NodeCount} edges {graph.EdgeCount} weighted {(graph.IsWeighted ? "true" : "false")}"));
            if (comment is not null)
            {
                writer.WriteLine("# " + comment);
            }

            IReadOnlyList<string> keys = graph.Nodes.Keys;
            for (int v = 0; v < graph.NodeCount; v++)
            {
                writer.WriteLine(keys[v]);
            }

            writer.WriteLine("# edges");
            Span<char> buffer = stackalloc char[64];
            foreach (Edge e in graph.Edges())
            {
                writer.Write(keys[e.Source]);
                writer.Write(' ');
                writer.Write(keys[e.Target]);
                if (graph.IsWeighted)
                {
                    writer.Write(' ');
                    e.Weight.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
                    writer.Write(buffer[..written]);
                }

                writer.Write('\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
