using System.Text;
using System.Xml;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>What the GraphML and GEXF writers share: argument checks, XML settings, document start, values, text cleaning.</summary>
internal static class XmlGraphWriting
{
    /// <summary>The XML Schema instance namespace, bound to <c>xsi</c> on the root element.</summary>
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>Opens a UTF-8 document on <paramref name="stream"/> (left open) and writes the XML declaration and the
    /// root element in <paramref name="ns"/>, with <c>xmlns:xsi</c> and <c>xsi:schemaLocation</c> pointing at
    /// <paramref name="schemaUrl"/>.</summary>
    public static XmlWriter StartDocument(Stream stream, string root, string ns, string schemaUrl)
    {
        XmlWriter xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, ns);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, ns + " " + schemaUrl);
        return xml;
    }

    public static void Validate(CsrGraph graph, IReadOnlyList<NodeAttributeColumn>? attributes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (attributes is null)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (NodeAttributeColumn column in attributes)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(attributes));
            if (column.Count != graph.NodeCount)
            {
                throw new ArgumentException($"Attribute '{column.Name}' has {column.Count} values; the graph has {graph.NodeCount} nodes.", nameof(attributes));
            }

            if (!names.Add(column.Name))
            {
                throw new ArgumentException($"Attribute '{column.Name}' occurs twice; names must be distinct.", nameof(attributes));
            }
        }
    }

    /// <summary>Every node's id, cleaned for XML, indexed by node (one string per node, decoded once).</summary>
    public static string[] CleanIds(NodeIndex nodes)
    {
        string[] ids = new string[nodes.Count];
        for (int v = 0; v < ids.Length; v++)
        {
            ids[v] = Clean(nodes[v]);
        }

        return ids;
    }

    /// <summary>Replaces the characters XML 1.0 cannot hold (controls other than tab, LF, CR; U+FFFE, U+FFFF) by U+FFFD.</summary>
    public static string Clean(string text)
    {
        int bad = IndexOfInvalid(text);
        if (bad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text);
        for (int i = bad; i < sb.Length; i++)
        {
            char c = sb[i];
            if (char.IsHighSurrogate(c) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                sb[i] = '\uFFFD';
            }
        }

        return sb.ToString();
    }

    public static string Format(double value) => XmlConvert.ToString(value);

    /// <summary>The attribute type name both formats use: <c>double</c> or <c>string</c>.</summary>
    public static string TypeName(NodeAttributeColumn column) => column.Type == NodeAttributeType.Double ? "double" : "string";

    /// <summary>A node's value in a column as written (formatted or cleaned), or <see langword="null"/> when missing.</summary>
    public static string? Value(NodeAttributeColumn column, int node) => column.Type == NodeAttributeType.Double
        ? column.TryGetDouble(node, out double d) ? Format(d) : null
        : column.TryGetString(node, out string s) ? Clean(s) : null;

    /// <summary>Checks the arguments of a writer's file overload, then writes the file through <see cref="WriteFile(string, Action{Stream})"/>.</summary>
    public static void WriteFile(string path, CsrGraph graph, IReadOnlyList<NodeAttributeColumn>? attributes, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Validate(graph, attributes);
        WriteFile(path, write);
    }

    /// <summary>Writes a file through a temporary file in the same folder, renamed when complete.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string temp = full + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(file);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static int IndexOfInvalid(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
