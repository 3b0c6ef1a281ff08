using System.Globalization;
using System.Xml;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.IO;

/// <summary>Writes a graph and node attributes as GEXF 1.3, Gephi's native format.</summary>
/// <remarks>
/// <para>Output: UTF-8, <c>&lt;gexf xmlns="http://gexf.net/1.3" version="1.3"&gt;</c>, a <c>&lt;meta&gt;</c> naming the
/// creator, and <c>&lt;graph mode="static" defaultedgetype="directed|undirected"&gt;</c> holding
/// <c>&lt;attributes class="node"&gt;</c> (one <c>&lt;attribute id="0…" title="NAME" type="double|string"&gt;</c> per
/// column), <c>&lt;nodes&gt;</c> (<c>&lt;node id="KEY" label="KEY"&gt;</c> in index order, with <c>&lt;attvalues&gt;</c>;
/// missing values omitted) and <c>&lt;edges&gt;</c> (<c>&lt;edge id source target weight&gt;</c>, undirected edges once,
/// <c>weight</c> only when the graph is weighted). Doubles in invariant culture with round-trip precision.
/// In ids, labels, titles and string values a backslash is written <c>\\</c> and each character XML 1.0
/// cannot hold is written <c>\uXXXX</c> (reversible, so ids stay distinct).</para>
/// <para>O(n·c + m) time for c columns, streaming.</para>
/// </remarks>
public static class GexfWriter
{
    private const string Namespace = "http://gexf.net/1.3";

    /// <summary>Writes GEXF to a stream (left open).</summary>
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
        using XmlWriter xml = XmlGraphWriting.StartDocument(stream, "gexf", Namespace, "http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "NetworkGraph");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", graph.IsDirected ? "directed" : "undirected");
        if (attributes.Count > 0)
        {
            xml.WriteStartElement("attributes", Namespace);
            xml.WriteAttributeString("class", "node");
            xml.WriteAttributeString("mode", "static");
            for (int c = 0; c < attributes.Count; c++)
            {
                xml.WriteStartElement("attribute", Namespace);
                xml.WriteAttributeString("id", c.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("title", XmlGraphWriting.Clean(attributes[c].Name));
                xml.WriteAttributeString("type", XmlGraphWriting.TypeName(attributes[c]));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        string[] ids = XmlGraphWriting.CleanIds(graph.Nodes);
        xml.WriteStartElement("nodes", Namespace);
        for (int v = 0; v < ids.Length; v++)
        {
            Cancellation.CheckEvery4096(v, cancellationToken);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ids[v]);
            xml.WriteAttributeString("label", ids[v]);
            bool open = false;
            for (int c = 0; c < attributes.Count; c++)
            {
                string? value = XmlGraphWriting.Value(attributes[c], v);
                if (value is null)
                {
                    continue;
                }

                if (!open)
                {
                    xml.WriteStartElement("attvalues", Namespace);
                    open = true;
                }

                xml.WriteStartElement("attvalue", Namespace);
                xml.WriteAttributeString("for", c.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("value", value);
                xml.WriteEndElement();
            }

            if (open)
            {
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        long id = 0;
        long written = 0;
        foreach (Edge e in graph.Edges())
        {
            Cancellation.CheckEvery4096(written++, cancellationToken);
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", ids[e.Source]);
            xml.WriteAttributeString("target", ids[e.Target]);
            if (graph.IsWeighted)
            {
                xml.WriteAttributeString("weight", XmlGraphWriting.Format(e.Weight));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes GEXF to a file (through a temporary file renamed at the end, so no half-written file is left).</summary>
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
}
