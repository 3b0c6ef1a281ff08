using System.Text;
using System.Xml;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>What the GraphML and GEXF writers share: argument checks, XML settings, document start, values, the reversible text escape.</summary>
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

    /// <summary>Every node's id, escaped for XML (<see cref="Clean"/>), indexed by node (one string per node, decoded once).</summary>
    public static string[] CleanIds(NodeIndex nodes)
    {
        string[] ids = new string[nodes.Count];
        for (int v = 0; v < ids.Length; v++)
        {
            ids[v] = Clean(nodes[v]);
        }

        return ids;
    }

    /// <summary>Escapes text reversibly for XML 1.0: a backslash becomes <c>\\</c>, and each UTF-16 unit XML cannot
    /// hold (controls other than tab, LF, CR; U+FFFE, U+FFFF; a surrogate without its pair) becomes <c>\uXXXX</c>
    /// (four upper-case hex digits). Every other character is kept, U+FFFD included.</summary>
    /// <remarks>The escape is injective, so ids that differ only in such characters stay distinct (<c>a\u0001</c>,
    /// <c>a\u0002</c>, <c>a\uFFFE</c> and <c>a</c>+U+FFFD are four ids); <see cref="Unescape"/> inverts it. Text
    /// without a backslash or an invalid character is returned as it is (no allocation). O(length).</remarks>
    public static string Clean(string text)
    {
        int first = IndexOfEscaped(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\\')
            {
                sb.Append('\\').Append('\\');
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Inverts <see cref="Clean"/>: <c>\\</c> gives a backslash and <c>\uXXXX</c> the UTF-16 unit XXXX.
    /// O(length).</summary>
    /// <exception cref="FormatException">A backslash is followed by neither <c>\\</c> nor <c>u</c> and four hex digits.</exception>
    public static string Unescape(string text)
    {
        int first = text.IndexOf('\\', StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\')
            {
                sb.Append(c);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\\')
            {
                sb.Append('\\');
                i++;
            }
            else if (i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int unit))
            {
                sb.Append((char)unit);
                i += 5;
            }
            else
            {
                throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Bad escape at character {i}: expected \\\\ or \\uXXXX."));
            }
        }

        return sb.ToString();
    }

    public static string Format(double value) => XmlConvert.ToString(value);

    /// <summary>The attribute type name both formats use: <c>double</c> or <c>string</c>.</summary>
    public static string TypeName(NodeAttributeColumn column) => column.Type == NodeAttributeType.Double ? "double" : "string";

    /// <summary>A node's value in a column as written (formatted or escaped), or <see langword="null"/> when missing.</summary>
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

    private static int IndexOfEscaped(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '\\' || !XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
