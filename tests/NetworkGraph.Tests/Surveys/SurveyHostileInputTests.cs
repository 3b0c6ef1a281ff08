using System.Text;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

/// <summary>Odd and hostile survey files: encodings, NUL bytes, sizes, header-only tables, long rows, paths.</summary>
public sealed class SurveyHostileInputTests
{
    private static IngestionIssue FirstIssue(SurveyFolder folder, string file)
    {
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.False(result.IsValid);
        return result.Issues.First(i => i.File == file);
    }

    private static void WriteBytes(SurveyFolder folder, string file, byte[] bytes) => File.WriteAllBytes(Path.Combine(folder.Path, file), bytes);

    [Fact]
    public void InvalidUtf8_GivesRealColumnAndNamesLatin1()
    {
        using var folder = new SurveyFolder();
        byte[] bytes = [.. "id,name,kind,setting,zone\ngp,M"u8, 0xE9, .. "decins,gp,ambulatory,6\n"u8];
        WriteBytes(folder, "actors.csv", bytes);
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Equal(2, issue.Line);
        Assert.Equal(5, issue.Column);
        Assert.Contains("Latin-1", issue.Message, StringComparison.Ordinal);
        Assert.Contains("iconv", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_Recognised()
    {
        using var folder = new SurveyFolder();
        WriteBytes(folder, "actors.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(SurveyFolder.Actors)]);
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Equal(1, issue.Line);
        Assert.Equal(1, issue.Column);
        Assert.Contains("UTF-16", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithoutBom_Recognised()
    {
        using var folder = new SurveyFolder();
        WriteBytes(folder, "actors.csv", Encoding.Unicode.GetBytes(SurveyFolder.Actors));
        Assert.Contains("UTF-16", FirstIssue(folder, "actors.csv").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NulByte_LocatedAndNeverEchoed()
    {
        using var folder = new SurveyFolder();
        WriteBytes(folder, "actors.csv", [.. "id,name,kind,setting,zone\nab,x"u8, 0, .. "y,gp,ambulatory,6\n"u8]);
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Equal(2, issue.Line);
        Assert.Equal(5, issue.Column);
        Assert.DoesNotContain('\0', issue.ToString());
    }

    [Fact]
    public void ControlCharactersInValues_EscapedInMessages()
    {
        using var folder = new SurveyFolder();
        folder.Write("actors.csv", SurveyFolder.Actors + "bad\u0001id,x,gp,ambulatory,6,,\n");
        IngestionResult result = SurveyReader.Read(folder.Path);
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Contains("\\u0001", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', issue.Message);
    }

    [Fact]
    public void LongCell_CutInMessage()
    {
        using var folder = new SurveyFolder();
        string id = new('x', 100_000);
        folder.Write("actors.csv", SurveyFolder.Actors + $"{id}!,x,gp,ambulatory,6,,\n");
        IngestionIssue issue = Assert.Single(SurveyReader.Read(folder.Path).Issues);
        Assert.True(issue.Message.Length < 1000, issue.Message[..Math.Min(200, issue.Message.Length)]);
        Assert.Contains("100001 characters", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlongLine_RefusedWithPosition()
    {
        using var folder = new SurveyFolder();
        folder.Write("partners.csv", SurveyFolder.Partners + "r1,sending," + new string('p', SurveyTable.MaxLineBytes + 10) + "\n");
        IngestionIssue issue = FirstIssue(folder, "partners.csv");
        Assert.Equal(6, issue.Line);
        Assert.Equal(SurveyTable.MaxLineBytes + 1, issue.Column);
    }

    [Fact]
    public void OversizedFile_RefusedWithoutReadingItAll()
    {
        using var folder = new SurveyFolder();
        string path = Path.Combine(folder.Path, "answers.csv");
        using (var f = new FileStream(path, FileMode.Create))
        {
            f.SetLength(SurveyTable.MaxFileBytes + 1);
        }

        IngestionIssue issue = FirstIssue(folder, "answers.csv");
        Assert.Contains("64 MiB", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DevZero_RefusedBySize()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new SurveyFolder();
        File.Delete(Path.Combine(folder.Path, "actors.csv"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "actors.csv"), "/dev/zero");
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Contains("64 MiB", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOnlyActors_Refused()
    {
        using var folder = new SurveyFolder(
            actors: "id,name,kind,setting,zone\n",
            respondents: "respondent,actor\n",
            answers: "respondent,type,frequency\n",
            partners: "respondent,type,partner\n");
        IngestionResult result = SurveyReader.Read(folder.Path);
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal("actors.csv", issue.File);
        Assert.Equal(2, issue.Line);
        Assert.Contains("no actor", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowLongerThanHeader_RefusedAtExtraCell()
    {
        using var folder = new SurveyFolder();
        folder.Write("answers.csv", "respondent,type,frequency,channels,reason\n" +
            "r1,sending,regularly,phone;meeting,\n" +
            "r1,receiving,2,phone,\n" +
            "r2,sending,occasionally,phone,\n" +
            "r2,exchange,none,,not our mission, nor theirs\n");
        IngestionIssue issue = Assert.Single(SurveyReader.Read(folder.Path).Issues);
        Assert.Equal(5, issue.Line);
        Assert.Equal(6, issue.Column);
        Assert.Contains("nor theirs", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhitespaceOnlyLine_SkippedAsBlank()
    {
        using var folder = new SurveyFolder();
        folder.Write("respondents.csv", SurveyFolder.Respondents.Replace("\nr2", "\n   \t \nr2", StringComparison.Ordinal));
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
    }

    [Fact]
    public void MisplacedQuote_GivesItsColumn()
    {
        using var folder = new SurveyFolder();
        folder.Write("actors.csv", SurveyFolder.Actors + "x1,The \"best\" one,gp,ambulatory,6,,\n");
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Equal(6, issue.Line);
        Assert.Equal(8, issue.Column);
    }

    [Fact]
    public void FileIsAFolder_SaysSo()
    {
        using var folder = new SurveyFolder();
        File.Delete(Path.Combine(folder.Path, "actors.csv"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "actors.csv"));
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Contains("is a folder, not a file", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingSymlink_SaysSo()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new SurveyFolder();
        File.Delete(Path.Combine(folder.Path, "actors.csv"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "actors.csv"), Path.Combine(folder.Path, "gone.csv"));
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Contains("symbolic link", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_GivesColumnOne()
    {
        using var folder = new SurveyFolder();
        folder.Write("actors.csv", string.Empty);
        IngestionIssue issue = FirstIssue(folder, "actors.csv");
        Assert.Equal(1, issue.Column);
    }
}

/// <summary>One root error gives one message.</summary>
public sealed class SurveyCascadeTests
{
    [Fact]
    public void BadFrequency_ReportedOnce_NotAgainForEachPartner()
    {
        using var folder = new SurveyFolder();
        folder.Write("answers.csv", SurveyFolder.Answers.Replace("r1,sending,regularly,phone;meeting,", "r1,sending,often,phone;meeting,", StringComparison.Ordinal));
        IngestionResult result = SurveyReader.Read(folder.Path);
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal("answers.csv", issue.File);
        Assert.Equal(3, issue.Column);
    }
    [Fact]
    public void EmptyRespondentId_ReportedOnce_WithTheRowsThatNameTheMissingRespondent()
    {
        using var folder = new SurveyFolder();
        folder.Write("respondents.csv", SurveyFolder.Respondents.Replace("r1,cpfa,", ",cpfa,", StringComparison.Ordinal));
        IngestionResult result = SurveyReader.Read(folder.Path);
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal(("respondents.csv", 2, 1), (issue.File, issue.Line, issue.Column));
        Assert.Contains("'r1' (4 rows)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("answers.csv and partners.csv", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRespondent_ReportedOnceAtItsFirstRow_WithItsRowCount()
    {
        using var folder = new SurveyFolder();
        folder.Write("answers.csv", SurveyFolder.Answers.Replace("r2,", "r9,", StringComparison.Ordinal));
        folder.Write("partners.csv", SurveyFolder.Partners.Replace("r2,", "r9,", StringComparison.Ordinal));
        IngestionResult result = SurveyReader.Read(folder.Path);
        IngestionIssue issue = Assert.Single(result.Issues, i => i.Message.Contains("'r9'", StringComparison.Ordinal));
        Assert.Equal(("answers.csv", 4, 1), (issue.File, issue.Line, issue.Column));
        Assert.Contains("on 4 rows", issue.Message, StringComparison.Ordinal);
    }
}
