using NetworkGraph.Model;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Surveys;

/// <summary>The questionnaire's French labels are accepted wherever a code is, ignoring case and accents.</summary>
public sealed class SurveyLabelsTests
{
    [Theory]
    [InlineData("envoi", ContactType.Sending)]
    [InlineData("Réception", ContactType.Receiving)]
    [InlineData("ÉCHANGE", ContactType.Exchange)]
    [InlineData("échange d'informations", ContactType.Exchange)]
    [InlineData("sending", ContactType.Sending)]
    public void TryParseContactType_FrenchLabelsAndCodes(string text, ContactType expected)
    {
        Assert.True(SurveyLabels.TryParseContactType(text, out ContactType type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("aucun", Frequency.None)]
    [InlineData("Jamais", Frequency.None)]
    [InlineData("très rarement", Frequency.VeryRarely)]
    [InlineData("Tres  Rarement", Frequency.VeryRarely)]
    [InlineData("occasionnellement", Frequency.Occasionally)]
    [InlineData("régulièrement", Frequency.Regularly)]
    [InlineData("systématiquement", Frequency.Systematically)]
    [InlineData("de manière systématique", Frequency.Systematically)]
    [InlineData("very-rarely", Frequency.VeryRarely)]
    [InlineData("2", Frequency.Regularly)]
    public void TryParseFrequency_FrenchLabelsAndCodes(string text, Frequency expected)
    {
        Assert.True(SurveyLabels.TryParseFrequency(text, out Frequency frequency));
        Assert.Equal(expected, frequency);
    }

    [Theory]
    [InlineData("téléphone", Channel.Phone)]
    [InlineData("Courriel", Channel.Mail)]
    [InlineData("mail", Channel.Mail)]
    [InlineData("réunion de concertation", Channel.Meeting)]
    [InlineData("rencontre informelle", Channel.Informal)]
    [InlineData("autre", Channel.Other)]
    public void TryParseChannel_FrenchLabelsAndCodes(string text, Channel expected)
    {
        Assert.True(SurveyLabels.TryParseChannel(text, out Channel channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData("hôpital", Setting.Hospital)]
    [InlineData("Ambulatoire", Setting.Ambulatory)]
    [InlineData("social", Setting.Social)]
    [InlineData("autre", Setting.Other)]
    public void TryParseSetting_FrenchLabels(string text, Setting expected)
    {
        Assert.True(SurveyLabels.TryParseSetting(text, out Setting setting));
        Assert.Equal(expected, setting);
    }

    [Theory]
    [InlineData("souvent")]
    [InlineData("rarement")]
    [InlineData("")]
    [InlineData("4")]
    public void TryParseFrequency_OtherText_Refused(string text) => Assert.False(SurveyLabels.TryParseFrequency(text, out _));

    [Fact]
    public void Zone6_WithFrenchLabels_GivesTheSameDatasetAsWithCodes()
    {
        using var folder = new TempDirectory();
        string source = RepositoryPaths.Data("zone6");
        foreach (string file in Directory.GetFiles(source, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        string answers = Path.Combine(folder.Path, "answers.csv");
        var french = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [",sending,"] = ",envoi,", [",receiving,"] = ",Réception,", [",exchange,"] = ",échange,",
            [",systematically,"] = ",de manière systématique,", [",regularly,"] = ",Régulièrement,",
            [",occasionally,"] = ",occasionnellement,", [",very_rarely,"] = ",très rarement,", [",none,"] = ",aucun,",
        };
        string text = File.ReadAllText(answers);
        foreach ((string code, string label) in french)
        {
            text = text.Replace(code, label, StringComparison.Ordinal);
        }

        File.WriteAllText(answers, text.Replace("phone", "téléphone", StringComparison.Ordinal));
        Assert.Contains("envoi", File.ReadAllText(answers), StringComparison.Ordinal);

        SurveyDataset expected = SurveyReader.Read(source).ThrowIfInvalid();
        SurveyDataset actual = SurveyReader.Read(folder.Path).ThrowIfInvalid();
        Assert.Equal(expected.Answers.Length, actual.Answers.Length);
        Assert.Equal(expected.Answers.Select(a => (a.RespondentId, a.Type, a.Frequency, a.Channels)), actual.Answers.Select(a => (a.RespondentId, a.Type, a.Frequency, a.Channels)));
    }
}
