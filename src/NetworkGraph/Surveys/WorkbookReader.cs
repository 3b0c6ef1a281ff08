using System.Globalization;
using NetworkGraph.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NetworkGraph.Surveys;

/// <summary>Reads a survey dataset given as one Excel workbook (<c>.xlsx</c>): one sheet per table of the survey folder.</summary>
/// <remarks>
/// <para>Sheets are found by name, ignoring case, accents and surrounding spaces: <c>actors</c> or <c>acteurs</c>,
/// <c>respondents</c> or <c>répondants</c>, <c>answers</c> or <c>réponses</c>, <c>partners</c> or <c>partenaires</c>. Other
/// sheets (instructions, notes) are ignored. Each sheet has its header in its first non-empty row and the same columns as
/// the CSV file; fully empty rows are skipped.</para>
/// <para>Cells are read as the text a user sees: shared and inline strings as written, booleans as <c>true</c>/<c>false</c>,
/// numbers in the shortest form that shows their 15 significant digits (<c>22</c>, <c>0.5</c>, invariant culture), and
/// numbers formatted as dates as ISO dates (<c>2015-02-09</c>, with <c>THH:mm</c> when a time of day is present), so a
/// workbook gives the same analysis as the folder it was made from. A formula cell gives its cached result. An error cell
/// (<c>#N/A</c>, <c>#REF!</c>, …) is an issue.</para>
/// <para>Every issue names the workbook and the sheet in <see cref="IngestionIssue.File"/> (<c>survey.xlsx, sheet
/// 'acteurs'</c>), the sheet's row number in <see cref="IngestionIssue.Line"/> and the 1-based column number (A = 1) in
/// <see cref="IngestionIssue.Column"/>. The rest of the checks are those of <see cref="SurveyReader"/>.</para>
/// <para>Library: DocumentFormat.OpenXml (the Open XML SDK), which reads and writes, so the survey template writer uses it
/// too. Time and memory O(cells).</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public static class WorkbookReader
{
    private static readonly (string Table, string[] Names)[] Sheets =
    [
        ("actors", ["actors", "acteurs"]),
        ("respondents", ["respondents", "repondants"]),
        ("answers", ["answers", "reponses"]),
        ("partners", ["partners", "partenaires"]),
    ];

    /// <summary>Tells whether a path names a workbook (<c>.xlsx</c> or <c>.xlsm</c>, any case).</summary>
    /// <param name="path">The path.</param>
    /// <returns>True for a workbook path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static bool IsWorkbookPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path);
        return ext.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xlsm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the four sheets of a workbook.</summary>
    /// <param name="path">The workbook file.</param>
    /// <returns>The dataset and the issues found (none when valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static IngestionResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string file = Path.GetFileName(path);
        var issues = new List<IngestionIssue>();
        var tables = new SurveyTable?[Sheets.Length];
        if (!File.Exists(path))
        {
            issues.Add(new IngestionIssue(file, 0, 0, "The workbook does not exist."));
            return new IngestionResult { Dataset = new SurveyDataset(), Issues = [.. issues] };
        }

        try
        {
            using SpreadsheetDocument document = SpreadsheetDocument.Open(path, false);
            // A part that is present but empty (no root element) reads as null: such a workbook has no sheets.
            WorkbookPart? workbook = document.WorkbookPart;
            Workbook? root = workbook?.Workbook;
            if (root is null)
            {
                workbook = null;
            }

            var found = new Dictionary<string, Sheet>(StringComparer.Ordinal);
            foreach (Sheet sheet in root?.Sheets?.Elements<Sheet>() ?? [])
            {
                found.TryAdd(SurveyLabels.NormalizeName(sheet.Name?.Value ?? string.Empty), sheet);
            }

            for (int t = 0; t < Sheets.Length; t++)
            {
                (string table, string[] names) = Sheets[t];
                Sheet? sheet = names.Select(n => found.GetValueOrDefault(n)).FirstOrDefault(s => s is not null);
                if (sheet is null || workbook is null)
                {
                    issues.Add(new IngestionIssue(file, 0, 0, $"The workbook has no sheet '{names[0]}' (or '{FrenchName(t)}'); it needs the four sheets actors, respondents, answers and partners (or acteurs, répondants, réponses, partenaires)."));
                    continue;
                }

                string where = $"{file}, sheet '{sheet.Name?.Value}'";
                tables[t] = ReadSheet(workbook, sheet, where, issues);
                if (tables[t] is null)
                {
                    issues.Add(new IngestionIssue(where, 1, 0, $"The sheet is empty; it needs a header row with the columns of {table}."));
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or InvalidOperationException or ArgumentException or FormatException or OverflowException or FileFormatException or IOException or UnauthorizedAccessException)
        {
            issues.Add(new IngestionIssue(file, 0, 0, $"The file cannot be read as an Excel workbook (.xlsx): {ex.Message}"));
            return new IngestionResult { Dataset = new SurveyDataset(), Issues = [.. issues] };
        }

        int sheetIssues = issues.Count;
        SurveyDataset dataset = new SurveyAssembler(issues).Assemble(tables[0], tables[1], tables[2], tables[3]);
        string[] order = [.. tables.Select(t => t?.FileName ?? "\0")];
        IngestionIssue[] ordered = [.. issues.Take(sheetIssues), .. issues.Skip(sheetIssues)
            .Select((issue, index) => (issue, index))
            .OrderBy(x => Array.IndexOf(order, x.issue.File) is int i and >= 0 ? i : order.Length)
            .ThenBy(x => x.issue.Line)
            .ThenBy(x => x.index)
            .Select(x => x.issue)];
        return new IngestionResult { Dataset = dataset, Issues = [.. ordered] };
    }

    private static string FrenchName(int table) => table switch
    {
        0 => "acteurs",
        1 => "répondants",
        2 => "réponses",
        _ => "partenaires",
    };

    /// <summary>Reads one sheet into a table; null when it has no non-empty row.</summary>
    private static SurveyTable? ReadSheet(WorkbookPart workbook, Sheet sheet, string where, List<IngestionIssue> issues)
    {
        if (sheet.Id?.Value is not string id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return null;
        }

        SharedStringItem[] shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToArray() ?? [];
        bool[] dateStyles = DateStyles(workbook);
        bool date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
        SurveyTable? table = null;
        Worksheet? worksheet = part.Worksheet;
        SheetData? data = worksheet?.GetFirstChild<SheetData>();
        int lastRow = 0;
        foreach (Row row in data?.Elements<Row>() ?? [])
        {
            int rowNumber = row.RowIndex?.Value is uint r ? (int)r : lastRow + 1;
            lastRow = rowNumber;
            var cells = new List<string>();
            int nextColumn = 0;
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : nextColumn;
                nextColumn = column + 1;
                string text = CellText(cell, shared, dateStyles, date1904, out string? error);
                if (error is not null)
                {
                    issues.Add(new IngestionIssue(where, rowNumber, column + 1, $"The cell {ColumnName(column)}{rowNumber} holds the error {error}; type the value itself."));
                    text = string.Empty;
                }

                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                cells[column] = text;
            }

            if (cells.TrueForAll(c => c.Trim().Length == 0))
            {
                continue;
            }

            if (table is null)
            {
                table = new SurveyTable(where, [.. cells.Select(c => c.Trim())]);
            }
            else
            {
                table.Rows.Add(new SurveyRow(rowNumber, [.. cells]));
            }
        }

        return table;
    }

    private static string CellText(Cell cell, SharedStringItem[] shared, bool[] dateStyles, bool date1904, out string? error)
    {
        error = null;
        string raw = cell.CellValue?.Text ?? string.Empty;
        CellValues type = cell.DataType?.Value ?? CellValues.Number;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length ? shared[i].InnerText : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : raw == "0" ? "false" : raw;
        }

        if (type == CellValues.Error)
        {
            error = raw;
            return string.Empty;
        }

        if (type == CellValues.String || raw.Length == 0)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return raw;
        }

        int style = cell.StyleIndex?.Value is uint s ? (int)s : 0;
        if (style < dateStyles.Length && dateStyles[style] && value is >= 0 and < 2958466)
        {
            DateTime date = (date1904 ? new DateTime(1904, 1, 1) : new DateTime(1899, 12, 30)).AddDays(Math.Round(value * 86400) / 86400);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        }

        return value.ToString("G15", CultureInfo.InvariantCulture);
    }

    /// <summary>For each cell format (style index), whether its number format shows a date or time.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        Stylesheet? styles = workbook.WorkbookStylesPart?.Stylesheet;
        if (styles?.CellFormats is null)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        foreach (NumberingFormat format in styles.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is uint fid)
            {
                custom[fid] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        return [.. styles.CellFormats.Elements<CellFormat>().Select(f =>
        {
            uint id = f.NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out string? code) ? IsDateFormat(code) : id is (>= 14 and <= 22) or (>= 45 and <= 47);
        })];
    }

    /// <summary>Whether a number format code shows a date or time: a d, m, y, h or s outside quotes, brackets and escapes
    /// (colour and locale tags like <c>[Red]</c> or <c>[$-40C]</c> are skipped; elapsed-time tags like <c>[h]</c> count).</summary>
    internal static bool IsDateFormat(string code)
    {
        bool quoted = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                int end = code.IndexOf(']', i);
                string tag = end < 0 ? string.Empty : code[(i + 1)..end];
                if (tag.Length > 0 && tag.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                {
                    return true;
                }

                i = end < 0 ? code.Length : end;
            }
            else if (c is 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 0-based column index of a cell reference such as <c>AB12</c>.</summary>
    internal static int ColumnIndex(string reference)
    {
        int column = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column - 1;
    }

    /// <summary>The letters of a 0-based column index (0 = A, 26 = AA).</summary>
    internal static string ColumnName(int column)
    {
        string name = string.Empty;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}
