using System.Globalization;
using System.Text;

namespace NetworkGraph.Tests.Reports;

/// <summary>A node as neo4j-admin would create it.</summary>
internal sealed record ImportedNode(string IdSpace, string ImportId, string[] Labels, Dictionary<string, object> Properties);

/// <summary>A relationship as neo4j-admin would create it.</summary>
internal sealed record ImportedRelationship(ImportedNode Start, ImportedNode End, string Type, Dictionary<string, object> Properties);

/// <summary>
/// An independent reader of <c>neo4j-admin database import</c> CSV files with the tool's default settings, written
/// from its documentation, not from the writer: comma delimiter, <c>"</c> quotes with inner quotes doubled (a backslash is
/// an ordinary character), an unquoted empty field is no value, a quoted empty one the empty string, a line break only
/// inside quotes and only with <c>--multiline-fields=true</c>; header fields <c>name:type</c> with <c>ID(space)</c>,
/// <c>LABEL</c>, <c>START_ID(space)</c>, <c>END_ID(space)</c>, <c>TYPE</c> and property types (untyped = string).
/// </summary>
internal static class Neo4jImportReader
{
    public static (Dictionary<(string, string), ImportedNode> Nodes, List<ImportedRelationship> Relationships) Read(string nodesPath, string relationshipsPath, bool multilineFields = false)
    {
        var nodes = new Dictionary<(string, string), ImportedNode>();
        List<List<(string Text, bool Quoted)>> nodeRecords = Records(File.ReadAllText(nodesPath, Encoding.UTF8), multilineFields);
        Column[] header = Header(nodeRecords[0]);
        foreach (List<(string Text, bool Quoted)> record in nodeRecords.Skip(1))
        {
            Assert.Equal(header.Length, record.Count);
            string space = string.Empty, id = string.Empty;
            string[] labels = [];
            var properties = new Dictionary<string, object>(StringComparer.Ordinal);
            for (int c = 0; c < header.Length; c++)
            {
                (string text, bool quoted) = record[c];
                switch (header[c].Kind)
                {
                    case "ID":
                        (space, id) = (header[c].Space, text);
                        if (header[c].Name.Length > 0)
                        {
                            properties[header[c].Name] = text;
                        }

                        break;
                    case "LABEL":
                        labels = text.Split(';');
                        break;
                    default:
                        AddProperty(properties, header[c], text, quoted);
                        break;
                }
            }

            Assert.True(nodes.TryAdd((space, id), new ImportedNode(space, id, labels, properties)), $"duplicate node id '{id}' in id space '{space}'");
        }

        var relationships = new List<ImportedRelationship>();
        List<List<(string Text, bool Quoted)>> relRecords = Records(File.ReadAllText(relationshipsPath, Encoding.UTF8), multilineFields);
        Column[] relHeader = Header(relRecords[0]);
        foreach (List<(string Text, bool Quoted)> record in relRecords.Skip(1))
        {
            Assert.Equal(relHeader.Length, record.Count);
            ImportedNode? start = null, end = null;
            string type = string.Empty;
            var properties = new Dictionary<string, object>(StringComparer.Ordinal);
            for (int c = 0; c < relHeader.Length; c++)
            {
                (string text, bool quoted) = record[c];
                switch (relHeader[c].Kind)
                {
                    case "START_ID":
                        Assert.True(nodes.TryGetValue((relHeader[c].Space, text), out start), $"no start node '{text}' in id space '{relHeader[c].Space}'");
                        break;
                    case "END_ID":
                        Assert.True(nodes.TryGetValue((relHeader[c].Space, text), out end), $"no end node '{text}' in id space '{relHeader[c].Space}'");
                        break;
                    case "TYPE":
                        type = text;
                        break;
                    default:
                        AddProperty(properties, relHeader[c], text, quoted);
                        break;
                }
            }

            relationships.Add(new ImportedRelationship(start!, end!, type, properties));
        }

        return (nodes, relationships);
    }

    private sealed record Column(string Name, string Kind, string Space, string Type);

    private static Column[] Header(List<(string Text, bool Quoted)> fields) => [.. fields.Select(f =>
    {
        int colon = f.Text.IndexOf(':', StringComparison.Ordinal);
        string name = colon < 0 ? f.Text : f.Text[..colon];
        string type = colon < 0 ? "string" : f.Text[(colon + 1)..];
        int paren = type.IndexOf('(', StringComparison.Ordinal);
        string kind = paren < 0 ? type : type[..paren];
        string space = paren < 0 ? string.Empty : type[(paren + 1)..^1];
        return kind is "ID" or "LABEL" or "START_ID" or "END_ID" or "TYPE"
            ? new Column(name, kind, space, string.Empty)
            : new Column(name, "property", string.Empty, type);
    })];

    private static void AddProperty(Dictionary<string, object> properties, Column column, string text, bool quoted)
    {
        if (text.Length == 0 && !quoted)
        {
            return;
        }

        properties[column.Name] = column.Type switch
        {
            "string" => text,
            "long" or "int" => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "double" or "float" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            "boolean" => text == "true",
            _ => throw new InvalidDataException($"unexpected property type '{column.Type}'"),
        };
    }

    private static List<List<(string Text, bool Quoted)>> Records(string text, bool multiline)
    {
        var records = new List<List<(string, bool)>>();
        var record = new List<(string, bool)>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            bool quoted = text[i] == '"';
            field.Clear();
            if (quoted)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new InvalidDataException("unterminated quoted field");
                    }

                    char c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    if ((c == '\n' || c == '\r') && !multiline)
                    {
                        throw new InvalidDataException("a line break inside a field needs --multiline-fields=true");
                    }

                    field.Append(c);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\n')
                {
                    throw new InvalidDataException($"text after a closing quote at offset {i}");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\n')
                {
                    if (text[i] is '"' or '\r')
                    {
                        throw new InvalidDataException($"a quote or carriage return in an unquoted field at offset {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add((field.ToString(), quoted));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length || text[i] == '\n')
                {
                    record.Add((string.Empty, false));
                }
                else
                {
                    continue;
                }
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            records.Add(record);
            record = [];
        }

        return records;
    }
}
