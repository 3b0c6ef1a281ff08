using NetworkGraph.Analysis;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

/// <summary>The blank survey template is a valid dataset as it is, in both formats and languages.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ng-template-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("fr", SurveyTemplateFormat.Xlsx, "enquete.xlsx")]
    [InlineData("en", SurveyTemplateFormat.Xlsx, "survey.xlsx")]
    [InlineData("fr", SurveyTemplateFormat.Csv, "LISEZMOI.txt")]
    [InlineData("en", SurveyTemplateFormat.Csv, "README.txt")]
    public void TemplateAnalysesAsItIs(string language, SurveyTemplateFormat format, string expectedFile)
    {
        var written = SurveyTemplate.Write(_dir, language, format);

        Assert.Contains(written, p => Path.GetFileName(p) == expectedFile);
        string source = format == SurveyTemplateFormat.Xlsx ? written[0] : _dir;
        IngestionResult result = format == SurveyTemplateFormat.Xlsx ? WorkbookReader.Read(source) : SurveyReader.Read(source);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Single(result.Dataset.Respondents);
        DatasetInput input = DatasetInput.Read(source);
        Assert.True(input.Network.Nodes.Count >= 2);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void TemplateFilledWithZone6GivesTheReportOfTheFolder()
    {
        string template = SurveyTemplate.Write(_dir, "fr")[0];
        string folder = Path.Combine(WorkbookReaderTests.RepositoryDirectory(), "data", "zone6");
        IngestionResult blank = WorkbookReader.Read(template);
        Assert.True(blank.IsValid);

        // Fill the template as a coordinator would: keep its sheets (instructions first) and its header columns in their
        // order, put the zone-6 rows in place of the example rows, extra columns after the template's.
        var issues = new List<IngestionIssue>();
        string[] files = ["actors.csv", "respondents.csv", "answers.csv", "partners.csv"];
        string[] sheets = ["acteurs", "répondants", "réponses", "partenaires"];
        var filled = new List<WorkbookSheet> { new("consignes", [.. SurveyTemplate.Instructions(fr: true).Select(l => (IReadOnlyList<string>)[l])]) };
        for (int t = 0; t < files.Length; t++)
        {
            SurveyTable csv = SurveyTable.ReadCsv(Path.Combine(folder, files[t]), files[t], issues)!;
            IReadOnlyList<string> header = TemplateHeader(template, sheets[t]);
            string[] columns = [.. header, .. csv.Header.Where(h => !header.Contains(h))];
            var rows = new List<IReadOnlyList<string>> { columns };
            rows.AddRange(csv.Rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(c => r.Cell(csv.IndexOf(c)))]));
            filled.Add(new WorkbookSheet(sheets[t], rows) { TypedCells = true });
        }

        string path = Path.Combine(_dir, "enquete-remplie.xlsx");
        WorkbookWriter.Write(path, filled);

        Assert.Empty(issues);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(WorkbookReaderTests.ReportWithoutTimings(folder), WorkbookReaderTests.ReportWithoutTimings(path)));
    }

    private static IReadOnlyList<string> TemplateHeader(string template, string sheet)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(template, false);
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet);
        var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(entry.Id!);
        var first = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First();
        return [.. first.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText)];
    }

    [Fact]
    public void FrenchInstructionsExplainTheQuestionnaireCodes()
    {
        string text = string.Join("\n", SurveyTemplate.Instructions(fr: true));
        foreach (string words in (string[])["contacts d'envoi", "contacts de réception", "échange d'informations", "très rarement", "de manière systématique", "réunions de concertation", "rencontres informelles", "trop présent"])
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownLanguageIsRejected() => Assert.Throws<ArgumentException>(() => SurveyTemplate.Write(_dir, "de"));
}
