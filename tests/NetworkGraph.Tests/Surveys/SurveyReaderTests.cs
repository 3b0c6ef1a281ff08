using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

public sealed class SurveyReaderTests
{
    private static IngestionIssue SingleIssue(string? actors = SurveyFolder.Actors, string? respondents = SurveyFolder.Respondents, string? answers = SurveyFolder.Answers, string? partners = SurveyFolder.Partners)
    {
        using var folder = new SurveyFolder(actors, respondents, answers, partners);
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.False(result.IsValid);
        return Assert.Single(result.Issues);
    }

    private static void AssertAt(IngestionIssue issue, string file, int line, int column)
    {
        Assert.Equal(file, issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal(column, issue.Column);
    }

    [Fact]
    public void Read_ValidFolder_ReadsEveryTable()
    {
        using var folder = new SurveyFolder();
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        SurveyDataset d = result.Dataset;
        Assert.Equal(["cpfa", "gp", "avat", "cpas", "Police"], d.Actors.Select(a => a.Id));
        Assert.Equal(["phone"], d.ActorAttributeNames);
        Actor cpfa = d.Actors[0];
        Assert.Equal("Clinique Psychiatrique des Frères Alexiens", cpfa.Name);
        Assert.Equal("psychiatric-hospital", cpfa.Kind);
        Assert.Equal(Setting.Hospital, cpfa.Setting);
        Assert.Equal("6", cpfa.Zone);
        Assert.Equal(["CPFA", "Frères Alexiens"], cpfa.Aliases);
        Assert.Equal("087 11 11 11", cpfa.Attributes["phone"]);
        Assert.Equal(2, d.Respondents.Length);
        Assert.Equal(new Respondent { Id = "r1", ActorId = "cpfa", Function = "psychiatrist", Years = "10", Date = "2015-02-10", RoleHas = 3, RoleWants = 4, RoleShould = 4 }, d.Respondents[0]);
        Assert.Null(d.Respondents[1].RoleHas);
        Assert.Equal(4, d.Answers.Length);
        Assert.Equal(Frequency.Regularly, d.Answers[0].Frequency);
        Assert.Equal(Channel.Phone | Channel.Meeting, d.Answers[0].Channels);
        Assert.Equal(Frequency.Regularly, d.Answers[1].Frequency); // questionnaire code 2
        Assert.Equal("not our mission", d.Answers[3].Reason);
        Assert.Equal(Frequency.None, d.FrequencyOf("r2", ContactType.Receiving));
        Assert.Equal(["gp", "avat", "cpfa", "Police"], d.Partners.Select(p => p.ActorId));
        Assert.Equal(Frequency.Systematically, d.Partners[1].Frequency);
        Assert.True(d.Partners[1].Formal);
        Assert.Null(d.Partners[0].Frequency);
        Assert.False(d.Partners[3].IsResolved);
        Assert.Equal(["Police"], d.Unresolved);
        Assert.Same(d, result.ThrowIfInvalid());
    }

    [Fact]
    public void Read_SemicolonBomCrlfQuoted_ParsesFieldsAndLines()
    {
        string actors = "id;name;kind;setting;zone;aliases\r\n" +
            "cpfa;\"Clinique; \"\"Frères\"\" Alexiens\";psychiatric-hospital;hospital;6;\"CPFA;Alexiens\"\r\n" +
            "gp;\"Médecins\r\ngénéralistes\";gp;ambulatory;6;\r\n" +
            "avat;AVAT;ssm;ambulatory;6;\r\n" +
            "bad id;X;x;social;6;\r\n";
        using var folder = new SurveyFolder(actors: null);
        folder.Write("actors.csv", actors, bom: true);
        IngestionResult result = SurveyReader.Read(folder.Path);
        SurveyDataset d = result.Dataset;
        Assert.Equal("Clinique; \"Frères\" Alexiens", d.Actors[0].Name);
        Assert.Equal(["CPFA", "Alexiens"], d.Actors[0].Aliases);
        Assert.Equal("Médecins\r\ngénéralistes", d.Actors[1].Name);
        Assert.Equal("avat", d.Actors[2].Id);
        // The record of gp spans lines 3-4, so avat is on line 5 and the bad id on line 6.
        IngestionIssue issue = Assert.Single(result.Issues);
        AssertAt(issue, "actors.csv", 6, 1);
    }

    [Fact]
    public void Read_CommaDelimitedWithSemicolonsInQuotedHeader_DetectsComma()
    {
        Assert.Equal(",", SurveyTable.DetectDelimiter("id,\"a;b;c\",name\n"));
        Assert.Equal(";", SurveyTable.DetectDelimiter("id;name;kind,x\n1,2,3,4,5"));
    }

    [Fact]
    public void Read_MissingFile_ReportsFile()
    {
        IngestionIssue issue = SingleIssue(partners: null);
        AssertAt(issue, "partners.csv", 0, 0);
    }

    [Fact]
    public void Read_MissingRequiredColumn_ReportsHeaderEnd()
    {
        string actors = "id,name,kind,setting,aliases\ncpfa,C,h,hospital,\ngp,G,gp,ambulatory,\navat,A,s,ambulatory,\ncpas,C,s,social,\n";
        IngestionIssue issue = SingleIssue(actors: actors);
        AssertAt(issue, "actors.csv", 1, 6);
        Assert.Contains("zone", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyActorId_ReportsIdCell()
    {
        IngestionIssue issue = SingleIssue(actors: SurveyFolder.Actors + " ,Nobody,x,other,6,,\n");
        AssertAt(issue, "actors.csv", 6, 1);
    }

    [Fact]
    public void Read_DuplicateActorId_ReportsSecondRow()
    {
        IngestionIssue issue = SingleIssue(actors: SurveyFolder.Actors + "gp,Again,gp,ambulatory,6,,\n");
        AssertAt(issue, "actors.csv", 6, 1);
        Assert.Contains("twice", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidActorId_ReportsIdCell()
    {
        IngestionIssue issue = SingleIssue(actors: SurveyFolder.Actors + "a/b,Slash,x,other,6,,\n");
        AssertAt(issue, "actors.csv", 6, 1);
    }

    [Fact]
    public void Read_UnknownSetting_ReportsSettingCell()
    {
        IngestionIssue issue = SingleIssue(actors: SurveyFolder.Actors + "police,Police,police,judicial,6,,\n");
        AssertAt(issue, "actors.csv", 6, 4);
    }

    [Fact]
    public void Read_RespondentUnknownActor_ReportsActorCell()
    {
        IngestionIssue issue = SingleIssue(respondents: SurveyFolder.Respondents + "r3,nowhere,nurse,1,,,,\n");
        AssertAt(issue, "respondents.csv", 4, 2);
    }

    [Fact]
    public void Read_DuplicateRespondent_ReportsIdCell()
    {
        IngestionIssue issue = SingleIssue(respondents: SurveyFolder.Respondents + "r1,gp,gp,1,,,,\n");
        AssertAt(issue, "respondents.csv", 4, 1);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("-1", 7)]
    [InlineData("high", 8)]
    public void Read_RoleOutsideScale_ReportsRoleCell(string value, int column)
    {
        string[] cells = ["r3", "gp", "gp", "1", "", "", "", ""];
        cells[column - 1] = value;
        IngestionIssue issue = SingleIssue(respondents: SurveyFolder.Respondents + string.Join(',', cells) + "\n");
        AssertAt(issue, "respondents.csv", 4, column);
    }

    [Fact]
    public void Read_AnswerUnknownRespondent_ReportsRespondentCell()
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + "r9,sending,regularly,phone,\n");
        AssertAt(issue, "answers.csv", 6, 1);
    }

    [Fact]
    public void Read_AnswerUnknownType_ReportsTypeCell()
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + "r2,referral,regularly,phone,\n");
        AssertAt(issue, "answers.csv", 6, 2);
    }

    [Theory]
    [InlineData("often")]
    [InlineData("4")]
    [InlineData("")]
    public void Read_BadFrequency_ReportsFrequencyCell(string frequency)
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + $"r2,receiving,{frequency},,\n");
        AssertAt(issue, "answers.csv", 6, 3);
    }

    [Fact]
    public void Read_FrequencyLabelsAndCodes_AreAccepted()
    {
        string answers = "respondent,type,frequency,channels\nr1,sending,0,0;1;2;3;4\nr1,receiving, Very rarely ,PHONE\nr1,exchange,3,other\nr2,sending,occasionally,phone\n";
        using var folder = new SurveyFolder(answers: answers);
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal([Frequency.VeryRarely, Frequency.VeryRarely, Frequency.Systematically, Frequency.Occasionally], result.Dataset.Answers.Select(a => a.Frequency));
        Assert.Equal(Channel.Phone | Channel.Mail | Channel.Meeting | Channel.Informal | Channel.Other, result.Dataset.Answers[0].Channels);
    }

    [Fact]
    public void Read_UnknownChannel_ReportsChannelsCell()
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + "r2,receiving,regularly,phone;fax,\n");
        AssertAt(issue, "answers.csv", 6, 4);
        Assert.Contains("fax", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChannelsWithFrequencyNone_ReportsChannelsCell()
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + "r2,receiving,none,phone,\n");
        AssertAt(issue, "answers.csv", 6, 4);
    }

    [Fact]
    public void Read_DuplicateAnswerRow_ReportsTypeCell()
    {
        IngestionIssue issue = SingleIssue(answers: SurveyFolder.Answers + "r1,sending,occasionally,phone,\n");
        AssertAt(issue, "answers.csv", 6, 2);
    }

    [Fact]
    public void Read_PartnerUnknownRespondent_ReportsRespondentCell()
    {
        IngestionIssue issue = SingleIssue(partners: SurveyFolder.Partners + "r9,sending,AVAT,,,\n");
        AssertAt(issue, "partners.csv", 6, 1);
    }

    [Fact]
    public void Read_PartnerUnknownType_ReportsTypeCell()
    {
        IngestionIssue issue = SingleIssue(partners: SurveyFolder.Partners + "r1,sent,AVAT,,,\n");
        AssertAt(issue, "partners.csv", 6, 2);
    }

    [Fact]
    public void Read_PartnerForTypeAnsweredNone_ReportsFrequencyCell()
    {
        IngestionIssue issue = SingleIssue(partners: SurveyFolder.Partners + "r2,exchange,CPAS Verviers,,,\n");
        AssertAt(issue, "partners.csv", 6, 4);
    }

    [Fact]
    public void Read_PartnerForTypeAnsweredNone_WithTieFrequency_IsValid()
    {
        using var folder = new SurveyFolder(partners: SurveyFolder.Partners + "r2,exchange,CPAS Verviers,very_rarely,mail,false\n");
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        PartnerMention last = result.Dataset.Partners[^1];
        Assert.Equal(Channel.Mail, last.Channels);
        Assert.False(last.Formal);
    }

    [Fact]
    public void Read_PartnerMatching_IgnoresCaseAccentsAndSpaces()
    {
        string partners = "respondent,type,partner\n" +
            "r1,sending,  MEDECINS GENERALISTES \n" +
            "r1,sending,freres alexiens\n" +
            "r1,sending,Cpas verviers\n" +
            "r1,sending,AVAT\n" +
            "r2,sending,CPFA\n" +
            "r2,sending,The Gp\n";
        using var folder = new SurveyFolder(partners: partners);
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(["gp", "cpfa", "cpas", "avat", "cpfa", "gp"], result.Dataset.Partners.Select(p => p.ActorId));
        Assert.All(result.Dataset.Partners, p => Assert.True(p.IsResolved));
        Assert.Empty(result.Dataset.Unresolved);
        Assert.Equal("MEDECINS GENERALISTES", result.Dataset.Partners[0].Partner);
    }

    [Fact]
    public void Read_UnresolvedPartners_BecomeOneActorPerNormalisedName()
    {
        string partners = "respondent,type,partner\n" +
            "r1,sending, Secteur judiciaire \n" +
            "r1,receiving,ISoSL\n" +
            "r2,sending,SECTEUR JUDICIAIRE\n" +
            "r2,sending,secteur judiciaire\n";
        using var folder = new SurveyFolder(partners: partners);
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        SurveyDataset d = result.Dataset;
        Assert.Equal(["Secteur judiciaire", "ISoSL"], d.Unresolved);
        Assert.Equal(["cpfa", "gp", "avat", "cpas", "Secteur judiciaire", "ISoSL"], d.Actors.Select(a => a.Id));
        Actor judicial = d.Actors[4];
        Assert.Equal("Secteur judiciaire", judicial.Name);
        Assert.Equal("unknown", judicial.Kind);
        Assert.Equal(Setting.Other, judicial.Setting);
        Assert.Equal(string.Empty, judicial.Zone);
        Assert.True(judicial.IsUnresolved);
        Assert.Equal(["Secteur judiciaire", "ISoSL", "Secteur judiciaire", "Secteur judiciaire"], d.Partners.Select(p => p.ActorId));
    }

    [Fact]
    public void ThrowIfInvalid_WithIssues_ThrowsWithFirstLocation()
    {
        using var folder = new SurveyFolder(answers: SurveyFolder.Answers + "r2,receiving,often,,\nr2,sent,none,,\n");
        IngestionResult result = SurveyReader.Read(folder.Path);
        var ex = Assert.Throws<SurveyFormatException>(() => result.ThrowIfInvalid());
        Assert.Equal("answers.csv", ex.File);
        Assert.Equal(6, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Equal(2, ex.Issues.Length);
        Assert.IsAssignableFrom<NetworkGraphException>(ex);
        Assert.StartsWith("answers.csv, line 6, column 3: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalizeName_StripsAccentsCaseAndSpaces()
    {
        Assert.Equal("clinique freres alexiens", SurveyLabels.NormalizeName("  Clinique FRÈRES Alexiens\t"));
        Assert.Equal("medecin generaliste", SurveyLabels.NormalizeName("Médecin Généraliste"));
        Assert.Equal(SurveyLabels.NormalizeName("e\u0301"), SurveyLabels.NormalizeName("É"));
    }
}
