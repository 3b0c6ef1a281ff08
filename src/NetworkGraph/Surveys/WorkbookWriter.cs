using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NetworkGraph.Surveys;

/// <summary>A sheet to write: its name, rows of text cells, and optional drop-down lists (column index → allowed values).</summary>
internal sealed record WorkbookSheet(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Gets the drop-down lists: 0-based column → allowed values, applied to rows 2 to 1000.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Lists { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>Gets the column widths in characters (missing = 14).</summary>
    public IReadOnlyList<double> Widths { get; init; } = [];

    /// <summary>Gets whether cells that look like numbers (or ISO dates) are written typed, as a spreadsheet would keep them.</summary>
    public bool TypedCells { get; init; }
}

/// <summary>Writes a small <c>.xlsx</c> workbook with the Open XML SDK: bold header row, inline strings, optional list
/// validation (drop-downs) and typed numbers and dates. Written to a temporary file and moved into place, so a failure
/// leaves nothing half-written.</summary>
internal static class WorkbookWriter
{
    /// <summary>Writes the four CSV tables of a survey folder as a workbook (sheet names as given), numbers and ISO dates typed.</summary>
    /// <exception cref="SurveyFormatException">A file cannot be read.</exception>
    public static void FromFolder(string folder, string path, IReadOnlyList<string> sheetNames)
    {
        var issues = new List<IngestionIssue>();
        string[] files = [SurveyReader.ActorsFile, SurveyReader.RespondentsFile, SurveyReader.AnswersFile, SurveyReader.PartnersFile];
        var sheets = new List<WorkbookSheet>();
        for (int i = 0; i < files.Length; i++)
        {
            SurveyTable? table = SurveyTable.ReadCsv(Path.Combine(folder, files[i]), files[i], issues);
            if (table is null)
            {
                throw new SurveyFormatException([.. issues]);
            }

            var rows = new List<IReadOnlyList<string>> { table.Header };
            rows.AddRange(table.Rows.Select(r => (IReadOnlyList<string>)r.Fields));
            sheets.Add(new WorkbookSheet(sheetNames[i], rows) { TypedCells = true });
        }

        Write(path, sheets);
    }

    public static void Write(string path, IReadOnlyList<WorkbookSheet> sheets)
    {
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (SpreadsheetDocument document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
            {
                WorkbookPart workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                WorkbookStylesPart styles = workbook.AddNewPart<WorkbookStylesPart>();
                styles.Stylesheet = Styles();
                var sheetList = new Sheets();
                uint id = 1;
                foreach (WorkbookSheet sheet in sheets)
                {
                    WorksheetPart part = workbook.AddNewPart<WorksheetPart>();
                    part.Worksheet = Worksheet(sheet);
                    sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
                }

                workbook.Workbook.Append(sheetList);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Styles: 0 = normal, 1 = bold header, 2 = ISO date (yyyy-mm-dd), 3 = wrapped text.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });

    private static Worksheet Worksheet(WorkbookSheet sheet)
    {
        int columns = sheet.Rows.Count == 0 ? 1 : Math.Max(1, sheet.Rows.Max(r => r.Count));
        var cols = new Columns();
        for (int c = 0; c < columns; c++)
        {
            double width = c < sheet.Widths.Count ? sheet.Widths[c] : 14;
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        var data = new SheetData();
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < sheet.Rows[r].Count; c++)
            {
                string text = sheet.Rows[r][c];
                if (text.Length == 0)
                {
                    continue;
                }

                row.Append(MakeCell($"{WorkbookReader.ColumnName(c)}{r + 1}", text, header: r == 0, sheet));
                double width = c < sheet.Widths.Count ? sheet.Widths[c] : 14;
                int lines = (int)Math.Ceiling(text.Length / Math.Max(1, width * 1.05));
                if (r > 0 && lines > 1)
                {
                    // Wrapped text: give the row the height of its lines, as spreadsheet programs do not always re-measure it.
                    row.Height = Math.Max(row.Height?.Value ?? 0, 15.0 * lines);
                    row.CustomHeight = true;
                }
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(cols, data);
        if (sheet.Lists.Count > 0)
        {
            var validations = new DataValidations();
            foreach ((int column, IReadOnlyList<string> values) in sheet.Lists.OrderBy(l => l.Key))
            {
                string letter = WorkbookReader.ColumnName(column);
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowDropDown = false,
                    ShowErrorMessage = false,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}1000" },
                    Formula1 = new Formula1($"\"{string.Join(',', values)}\""),
                });
            }

            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Cell MakeCell(string reference, string text, bool header, WorkbookSheet sheet)
    {
        if (!header && sheet.TypedCells)
        {
            if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number)
                && number.ToString("G15", CultureInfo.InvariantCulture) == text)
            {
                return new Cell { CellReference = reference, CellValue = new CellValue(text) };
            }

            if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                double serial = (date - new DateTime(1899, 12, 30)).TotalDays;
                return new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) };
            }
        }

        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
        if (header)
        {
            cell.StyleIndex = 1;
        }
        else if (text.Contains('\n', StringComparison.Ordinal) || text.Length > 60)
        {
            cell.StyleIndex = 3;
        }

        return cell;
    }
}
