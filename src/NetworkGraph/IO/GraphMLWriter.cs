using System.Globalization;
using System.Xml;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.IO;

/// <summary>Writes a graph and node attributes as GraphML, as Gephi, yEd, NetworkX and igraph read it.</summary>
/// <remarks>
/// <para>Output: UTF-8, <c>&lt;graphml xmlns="http://graphml.graphdrawing.org/xmlns"&gt;</c>; one
/// <c>&lt;key for="node"&gt;</c> per attribute column (ids <c>d0</c>, <c>d1</c>, …, <c>attr.name</c> = the column
/// name, <c>attr.type</c> = <c>double</c> or <c>string</c>), and <c>&lt;key id="weight" for="edge"
/// attr.name="weight" attr.type="double"&gt;</c> when the graph is weighted; one <c>&lt;graph edgedefault="directed|undirected"&gt;</c>
/// with a <c>&lt;node id="KEY"&gt;</c> per node in index order (missing attribute values omitted) and an
/// <c>&lt;edge source target&gt;</c> per edge (undirected edges once). Doubles are written in invariant culture with
/// round-trip precision (<c>INF</c> for infinity). In ids, attribute names and string values, a
/// backslash is written <c>\\</c> and each character XML 1.0 cannot hold (controls other than tab, LF, CR; U+FFFE,
/// U+FFFF; an unpaired surrogate) is written <c>\uXXXX</c>, so ids stay distinct and the escape can be undone.</para>
/// <para>O(n·c + m) time for c columns, streaming (O(1) extra memory).</para>
/// </remarks>
public static class GraphMLWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes GraphML to a stream (left open).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The output.</param>
    /// <param name="attributes">Node attribute columns, one value per node; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 nodes or edges).</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="stream"/> is null, or a column is null.</exception>
    /// <exception cref="ArgumentException">A column's length differs from the node count, or two columns share a name.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(CsrGraph graph, Stream stream, IReadOnlyList<NodeAttributeColumn>? attributes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XmlGraphWriting.Validate(graph, attributes);
        attributes ??= [];
        using XmlWriter xml = XmlGraphWriting.StartDocument(stream, "graphml", Namespace, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (int c = 0; c < attributes.Count; c++)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", KeyId(c));
            xml.WriteAttributeString("for", "node");
            xml.WriteAttributeString("attr.name", XmlGraphWriting.Clean(attributes[c].Name));
            xml.WriteAttributeString("attr.type", XmlGraphWriting.TypeName(attributes[c]));
            xml.WriteEndElement();
        }

        if (graph.IsWeighted)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", "weight");
            xml.WriteAttributeString("for", "edge");
            xml.WriteAttributeString("attr.name", "weight");
            xml.WriteAttributeString("attr.type", "double");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", graph.IsDirected ? "directed" : "undirected");
        string[] ids = XmlGraphWriting.CleanIds(graph.Nodes);
        for (int v = 0; v < ids.Length; v++)
        {
            Cancellation.CheckEvery4096(v, cancellationToken);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ids[v]);
            for (int c = 0; c < attributes.Count; c++)
            {
                string? value = XmlGraphWriting.Value(attributes[c], v);
                if (value is not null)
                {
                    xml.WriteStartElement("data", Namespace);
                    xml.WriteAttributeString("key", KeyId(c));
                    xml.WriteString(value);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        long written = 0;
        foreach (Edge e in graph.Edges())
        {
            Cancellation.CheckEvery4096(written++, cancellationToken);
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", ids[e.Source]);
            xml.WriteAttributeString("target", ids[e.Target]);
            if (graph.IsWeighted)
            {
                xml.WriteStartElement("data", Namespace);
                xml.WriteAttributeString("key", "weight");
                xml.WriteString(XmlGraphWriting.Format(e.Weight));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes GraphML to a file (through a temporary file renamed at the end, so no half-written file is left).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The output file, replaced.</param>
    /// <param name="attributes">Node attribute columns; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the writing; the temporary file is then deleted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="path"/> is null, or a column is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, a column's length differs from the node count, or two columns share a name.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(CsrGraph graph, string path, IReadOnlyList<NodeAttributeColumn>? attributes = null, CancellationToken cancellationToken = default)
    {
        XmlGraphWriting.WriteFile(path, graph, attributes, stream => Write(graph, stream, attributes, cancellationToken));
    }

    private static string KeyId(int column) => "d" + column.ToString(CultureInfo.InvariantCulture);
}
