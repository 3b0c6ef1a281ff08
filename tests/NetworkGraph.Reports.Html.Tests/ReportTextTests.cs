using System.Reflection;
using System.Text.RegularExpressions;

namespace NetworkGraph.Reports.Html.Tests;

public sealed partial class ReportTextTests
{
    [Theory]
    [InlineData("en", ReportLanguage.English)]
    [InlineData("fr", ReportLanguage.French)]
    [InlineData(" FR ", ReportLanguage.French)]
    public void Parse_KnownCode_GivesLanguage(string code, ReportLanguage expected)
    {
        Assert.Equal(expected, ReportLanguages.Parse(code));
        Assert.Equal(code.Trim().ToLowerInvariant(), expected.ToCode());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    public void Parse_UnknownCode_Throws(string code)
    {
        Assert.False(ReportLanguages.TryParse(code, out _));
        FormatException e = Assert.Throws<FormatException>(() => ReportLanguages.Parse(code));
        Assert.Contains("en or fr", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> TextProperties()
    {
        var data = new TheoryData<string>();
        foreach (PropertyInfo p in typeof(ReportText).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextProperties))]
    public void EveryText_ExistsInBothLanguages_WithTheSamePlaceholders(string property)
    {
        PropertyInfo p = typeof(ReportText).GetProperty(property)!;
        string en = (string)p.GetValue(ReportText.English)!;
        string fr = (string)p.GetValue(ReportText.French)!;
        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.False(string.IsNullOrWhiteSpace(fr));
        Assert.Equal(Placeholders(en), Placeholders(fr));
    }

    [Fact]
    public void French_UsesTheQuestionnaireWords()
    {
        ReportText fr = ReportText.French;
        Assert.Equal("envoi", fr.Sending);
        Assert.Equal("réception", fr.Receiving);
        Assert.Equal("échange d'informations", fr.Exchange);
        Assert.Contains("réunion de concertation", fr.ChannelNames);
        Assert.Equal(ReportText.English.FrequencyNames.Count, fr.FrequencyNames.Count);
        Assert.Equal(ReportText.English.ChannelNames.Count, fr.ChannelNames.Count);
        Assert.Equal(ReportText.English.SettingNames.Count, fr.SettingNames.Count);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
