using System.Text;
using System.Xml;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>What the GraphML and GEXF writers share: argument checks, XML settings, text cleaning.</summary>
internal static class XmlGraphWriting
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

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
