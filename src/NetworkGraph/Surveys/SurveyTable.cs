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

    /// <summary>The largest survey CSV file read, 64 MiB (a national survey's partners file is a few MB).</summary>
    public const long MaxFileBytes = 64L << 20;

    /// <summary>The longest physical line read, 1 MiB.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Reads a CSV file: UTF-8 with or without BOM, delimiter <c>;</c> or <c>,</c> detected from the header line, LF or CRLF, RFC 4180 quoting.</summary>
    /// <remarks>At most <see cref="MaxFileBytes"/> bytes are read and no line may exceed <see cref="MaxLineBytes"/>
    /// bytes; a UTF-16 file, a Latin-1 (Windows-1252) file and a NUL byte are refused with their line, column and
    /// how to convert.</remarks>
    /// <returns>The table, or null when the file is missing or unreadable (an issue is added).</returns>
    public static SurveyTable? ReadCsv(string path, string fileName, List<IngestionIssue> issues)
    {
        if (Internal.InputFile.Problem(path) is { } problem)
        {
            string text1 = problem == "no such file"
                ? $"The file is missing; a survey dataset needs {fileName} in the folder."
                : $"{fileName} {problem}; a survey dataset needs {fileName} as a CSV file in the folder.";
            issues.Add(new IngestionIssue(fileName, 0, 0, text1));
            return null;
        }

        byte[] bytes;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var memory = new MemoryStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                memory.Write(buffer, 0, n);
                if (memory.Length > MaxFileBytes)
                {
                    issues.Add(new IngestionIssue(fileName, 0, 0, $"The file is larger than {MaxFileBytes >> 20} MiB, the most a survey table may hold; is it the right file?"));
                    return null;
                }
            }

            bytes = memory.ToArray();
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

        return DecodeAndParse(bytes, fileName, issues);
    }

    /// <summary>Decodes the bytes of a CSV file (UTF-8, optional BOM) and parses them; refuses other encodings, NUL
    /// bytes and overlong lines with their position.</summary>
    internal static SurveyTable? DecodeAndParse(byte[] bytes, string fileName, List<IngestionIssue> issues)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            issues.Add(new IngestionIssue(fileName, 1, 1, "The file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\"; or: iconv -f UTF-16 -t UTF-8 FILE > NEW.csv)."));
            return null;
        }

        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        ReadOnlySpan<byte> body = bytes.AsSpan(start);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == (byte)'\n')
            {
                if (i - lineStart > MaxLineBytes)
                {
                    issues.Add(new IngestionIssue(fileName, line, CountChars(body[lineStart..(lineStart + MaxLineBytes)]) + 1, $"The line is longer than {MaxLineBytes >> 20} MiB, the most a survey row may hold; is it the right file, or are line breaks missing?"));
                    return null;
                }

                line++;
                lineStart = i + 1;
            }
            else if (body[i] == 0)
            {
                bool utf16 = (i > 0 && body[i - 1] < 0x80 && i + 1 < body.Length && body[i + 1] < 0x80 && body[i + 1] != 0) || (i + 2 < body.Length && body[i + 2] == 0);
                string message = utf16
                    ? "The file holds NUL bytes (\\0) between its letters: it is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\"; or: iconv -f UTF-16 -t UTF-8 FILE > NEW.csv)."
                    : "The file holds a NUL byte (\\0): it is not a text file; save the table as CSV UTF-8.";
                issues.Add(new IngestionIssue(fileName, line, CountChars(body[lineStart..i]) + 1, message));
                return null;
            }
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            int at = Math.Clamp(ex.Index, 0, body.Length);
            int badLine = 1 + body[..at].Count((byte)'\n');
            int from = body[..at].LastIndexOf((byte)'\n') + 1;
            issues.Add(new IngestionIssue(fileName, badLine, CountChars(body[from..at]) + 1, string.Create(CultureInfo.InvariantCulture,
                $"The file is not valid UTF-8 (byte 0x{body[at]:X2} at byte offset {start + at}); it is probably Latin-1 (Windows-1252) text, as older versions of Excel save CSV. Save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\"; or: iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.csv).")));
            return null;
        }

        return ParseCsv(text, fileName, issues);
    }

    private static int CountChars(ReadOnlySpan<byte> utf8)
    {
        int n = 0;
        foreach (byte b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                n++;
            }
        }

        return n;
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

        var badRows = new List<(int Line, int Column, string Message)>();
        char delimiter = config.Delimiter[0];
        config = config with
        {
            BadDataFound = args =>
            {
                int line = StartLine(args.Context.Parser!.RawRow, args.RawRecord);
                (int lineOffset, int column) = MisplacedQuote(args.RawRecord, delimiter);
                badRows.Add((line + lineOffset, column, "A quote is misplaced in this row: a field with quotes must be entirely quoted, and quotes inside it doubled (\"\")."));
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

            if (fields.All(string.IsNullOrWhiteSpace) && !parser.RawRecord.Contains('"', StringComparison.Ordinal))
            {
                continue; // a blank or whitespace-only line (or one of bare delimiters)
            }

            if (fields.Length > table.Header.Count)
            {
                int extra = table.Header.Count;
                string cut = fields[extra].Trim();
                issues.Add(new IngestionIssue(fileName, line, extra + 1, $"This row has {fields.Length} cells but the header has {table.Header.Count}: the extra cell '{cut}' would be lost. A value holding the delimiter must be quoted (\"like, this\")."));
            }

            table.Rows.Add(new SurveyRow(line, fields));
        }

        foreach ((int line, int column, string message) in badRows.Distinct())
        {
            issues.Add(new IngestionIssue(fileName, line, column, message));
        }

        if (table is null)
        {
            issues.Add(new IngestionIssue(fileName, 1, 1, "The file is empty; it needs a header row."));
        }

        return table;
    }

    /// <summary>Locates the first misplaced quote of a raw record: a quote inside an unquoted field, or a quoted
    /// field's closing quote followed by something other than a delimiter or line end. Returns the physical line
    /// (0 = the record's first) and the 1-based column on it; (0, 1) when none is found.</summary>
    internal static (int LineOffset, int Column) MisplacedQuote(string raw, char delimiter)
    {
        int line = 0, lineStart = 0;
        bool fieldStart = true, quoted = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            int bad = -1;
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        if (i + 1 < raw.Length && raw[i + 1] != delimiter && raw[i + 1] != '\r' && raw[i + 1] != '\n')
                        {
                            bad = i + 1;
                        }
                    }
                }
            }
            else if (c == '"')
            {
                if (fieldStart)
                {
                    quoted = true;
                }
                else
                {
                    bad = i;
                }
            }

            if (bad >= 0)
            {
                return (line, bad - lineStart + 1);
            }

            fieldStart = !quoted && c == delimiter;
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                fieldStart = !quoted;
            }
        }

        return (0, 1);
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
