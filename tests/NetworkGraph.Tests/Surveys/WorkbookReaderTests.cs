using System.Text.Json.Nodes;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

/// <summary>A workbook with the four tables as sheets gives the same analysis as the CSV folder, and its errors name the
/// workbook, the sheet, the row and the column.</summary>
public sealed class WorkbookReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ng-workbook-" + Guid.NewGuid().ToString("N"));

    public WorkbookReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string RepositoryDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NetworkGraph.sln) not found above " + AppContext.BaseDirectory);
    }

    internal static JsonNode ReportWithoutTimings(string source)
    {
        DatasetInput input = DatasetInput.Read(source);
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, cancellationToken: TestContext.Current.CancellationToken);
        using var stream = new MemoryStream();
        DatasetReportJsonWriter.Write(analysis, stream);
        JsonObject report = JsonNode.Parse(stream.ToArray())!.AsObject();
        report.Remove("timings");
        if (report["dataset"] is JsonObject dataset)
        {
            dataset.Remove("path");
            dataset.Remove("source");
        }

        return report;
    }

    [Theory]
    [InlineData("zone6", new[] { "acteurs", "répondants", "réponses", "partenaires" })]
    [InlineData("zone6", new[] { "Actors", "respondents", "answers", "PARTNERS" })]
    [InlineData("anderlecht", new[] { "acteurs", "repondants", "reponses", "partenaires" })]
    [InlineData("bernay", new[] { "actors", "respondents", "answers", "partners" })]
    public void WorkbookGivesTheReportOfTheFolder(string name, string[] sheets)
    {
        string folder = Path.Combine(RepositoryDirectory(), "data", name);
        string workbook = Path.Combine(_dir, name + ".xlsx");
        WorkbookWriter.FromFolder(folder, workbook, sheets);

        JsonNode fromFolder = ReportWithoutTimings(folder);
        JsonNode fromWorkbook = ReportWithoutTimings(workbook);

        Assert.True(JsonNode.DeepEquals(fromFolder, fromWorkbook), "the workbook's report.json differs from the folder's");
        Assert.True(fromFolder["dataset"]!["actors"]!.GetValue<int>() > 0);
    }

    [Fact]
    public void TypedCellsAreReadAsTheTextAUserSees()
    {
        string workbook = Path.Combine(_dir, "typed.xlsx");
        WorkbookWriter.FromFolder(Path.Combine(RepositoryDirectory(), "data", "zone6"), workbook, ["actors", "respondents", "answers", "partners"]);
        IngestionResult result = WorkbookReader.Read(workbook);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Respondent r01 = result.Dataset.Respondents.Single(r => r.Id == "R01");
        Assert.Equal("2015-02-09", r01.Date);
        Assert.Equal("22", r01.Years);
    }

    [Fact]
    public void ErrorsNameTheWorkbookSheetRowAndColumn()
    {
        string folder = Path.Combine(_dir, "bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "actors.csv"), "id,name,kind,setting,zone\na,A,gp,ambulatory,6\nb,B,gp,nowhere,6\n");
        File.WriteAllText(Path.Combine(folder, "respondents.csv"), "respondent,actor\nr1,a\n");
        File.WriteAllText(Path.Combine(folder, "answers.csv"), "respondent,type,frequency\nr1,sending,regularly\n");
        File.WriteAllText(Path.Combine(folder, "partners.csv"), "respondent,type,partner\nr1,sending,B\n");
        string workbook = Path.Combine(_dir, "enquête.xlsx");
        WorkbookWriter.FromFolder(folder, workbook, ["acteurs", "répondants", "réponses", "partenaires"]);

        IngestionResult result = WorkbookReader.Read(workbook);

        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal("enquête.xlsx, sheet 'acteurs'", issue.File);
        Assert.Equal(3, issue.Line);
        Assert.Equal(4, issue.Column);
        var ex = Assert.Throws<SurveyFormatException>(() => DatasetInput.Read(workbook));
        Assert.StartsWith("enquête.xlsx, sheet 'acteurs', line 3, column 4:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSheetIsNamed()
    {
        string workbook = Path.Combine(_dir, "two.xlsx");
        WorkbookWriter.Write(workbook, [
            new WorkbookSheet("acteurs", [["id", "name", "kind", "setting", "zone"], ["a", "A", "gp", "ambulatory", "6"]]),
            new WorkbookSheet("notes", [["anything"]]),
        ]);

        IngestionResult result = WorkbookReader.Read(workbook);

        Assert.Contains(result.Issues, i => i.File == "two.xlsx" && i.Message.Contains("'respondents'", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("'partners'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.Message.Contains("'actors'", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAWorkbookIsAnIssue()
    {
        string workbook = Path.Combine(_dir, "fake.xlsx");
        File.WriteAllText(workbook, "id,name\n");
        IngestionResult result = WorkbookReader.Read(workbook);
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal("fake.xlsx", issue.File);
        Assert.Contains("Excel workbook", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("[$-40C]d mmmm yyyy", true)]
    [InlineData("[h]:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0 \"jours\"", false)]
    [InlineData("[Red]0.0", false)]
    [InlineData("General", false)]
    public void DateFormatsAreRecognised(string code, bool isDate) => Assert.Equal(isDate, WorkbookReader.IsDateFormat(code));

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("AZ3", 51)]
    public void ColumnReferencesRoundTrip(string reference, int index)
    {
        Assert.Equal(index, WorkbookReader.ColumnIndex(reference));
        Assert.StartsWith(WorkbookReader.ColumnName(index), reference, StringComparison.Ordinal);
    }
}
