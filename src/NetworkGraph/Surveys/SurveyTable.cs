using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NetworkGraph.Surveys;

/// <summary>One input table of a survey dataset (a CSV file, or an array of the JSON form): header and rows of text cells.</summary>
internal sealed class SurveyTable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public SurveyTable(string fileName, IReadOnlyList<string> header)
    {
        FileName = fileName;
        Header = header;
        for (int i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    public string FileName { get; }

    public IReadOnlyList<string> Header { get; }

    public List<SurveyRow> Rows { get; } = [];

    /// <summary>Gets the 0-based index of a column, or -1.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out int i) ? i : -1;

    /// <summary>Reads a CSV file: UTF-8 with or without BOM, delimiter <c>;</c> or <c>,</c> detected from the header line, LF or CRLF, RFC 4180 quoting.</summary>
    /// <returns>The table, or null when the file is missing or unreadable (an issue is added).</returns>
    public static SurveyTable? ReadCsv(string path, string fileName, List<IngestionIssue> issues)
    {
        if (!File.Exists(path))
        {
            issues.Add(new IngestionIssue(fileName, 0, 0, $"The file is missing; a survey dataset needs {fileName} in the folder."));
            return null;
        }

        string text;
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException ex)
            {
                int at = Math.Clamp(ex.Index + start, start, bytes.Length);
                int line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
                issues.Add(new IngestionIssue(fileName, line, 0, "The file is not valid UTF-8; save it as UTF-8."));
                return null;
            }
        }
        catch (IOException ex)
        {
            issues.Add(new IngestionIssue(fileName, 0, 0, $"The file cannot be read: {ex.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            issues.Add(new IngestionIssue(fileName, 0, 0, $"The file cannot be read: {ex.Message}"));
            return null;
        }

        return ParseCsv(text, fileName, issues);
    }

    /// <summary>Parses CSV text (no BOM).</summary>
    public static SurveyTable? ParseCsv(string text, string fileName, List<IngestionIssue> issues)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(text),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            Mode = CsvMode.RFC4180,
            BadDataFound = null,
            CountBytes = false,
        };

        var badRows = new List<(int Line, string Message)>();
        config = config with
        {
            BadDataFound = args =>
            {
                int line = StartLine(args.Context.Parser!.RawRow, args.RawRecord);
                badRows.Add((line, "A quote is misplaced in this row: a field with quotes must be entirely quoted, and quotes inside it doubled (\"\")."));
            },
        };

        SurveyTable? table = null;
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        while (parser.Read())
        {
            string[] fields = parser.Record ?? [];
            int line = StartLine(parser.RawRow, parser.RawRecord);
            if (table is null)
            {
                table = new SurveyTable(fileName, fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray());
                continue;
            }

            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            table.Rows.Add(new SurveyRow(line, fields));
        }

        foreach ((int line, string message) in badRows.Distinct())
        {
            issues.Add(new IngestionIssue(fileName, line, 0, message));
        }

        if (table is null)
        {
            issues.Add(new IngestionIssue(fileName, 1, 0, "The file is empty; it needs a header row."));
        }

        return table;
    }

    /// <summary>Picks <c>;</c> when the header line has more semicolons than commas outside quotes, else <c>,</c>.</summary>
    internal static string DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons > commas ? ";" : ",";
    }

    /// <summary>The physical line where a record starts: the parser's line count after the record minus the line breaks inside it.</summary>
    private static int StartLine(int rawRowAfter, string rawRecord)
    {
        ReadOnlySpan<char> body = rawRecord.AsSpan().TrimEnd("\r\n");
        int breaks = 0;
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] == '\n' || (body[i] == '\r' && (i + 1 == body.Length || body[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return rawRowAfter - breaks;
    }
}

/// <summary>A row of a <see cref="SurveyTable"/>: its physical start line and its cells.</summary>
internal readonly record struct SurveyRow(int Line, string[] Fields)
{
    /// <summary>Gets a cell, trimmed ("" when the row is short or the column is absent).</summary>
    public string Cell(int index) => index >= 0 && index < Fields.Length ? Fields[index].Trim() : string.Empty;
}
