using System.Net;
using System.Text.RegularExpressions;
using NetworkGraph.Analysis;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>The directory names the kinds of actor in the page's language, not by the codes of <c>actors.csv</c>.</summary>
public sealed partial class DirectoryKindTests
{
    [Theory]
    [InlineData(ReportLanguage.French, "type : hôpital psychiatrique")]
    [InlineData(ReportLanguage.English, "kind: psychiatric hospital")]
    public void TableCaptions_NameTheKindInTheLanguage(ReportLanguage language, string expected)
    {
        ServiceDirectory directory = ServiceDirectory.Build(Zone6.Analysis.Network);
        using var writer = new StringWriter();
        DirectoryHtmlWriter.Write(writer, directory, "zone6", language);
        string[] captions = [.. Caption().Matches(writer.ToString()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

        Assert.Contains(expected, captions);
        Assert.Equal(directory.Entries.Select(e => (e.Actor.Setting, e.Actor.Kind)).Distinct().Count(), captions.Length);
        // Every kind of data/zone6 has a French name: no French caption shows a code as written in actors.csv.
        string[] codes = [.. directory.Entries.Select(e => e.Actor.Kind).Distinct()];
        if (language == ReportLanguage.French)
        {
            Assert.DoesNotContain(captions, c => codes.Any(code => c.EndsWith(" " + code, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void UnknownKind_IsShownAsWritten_ItsHyphensAsSpaces()
    {
        Assert.Equal("équipe de liaison", KindNames.Name("équipe-de-liaison", ReportLanguage.French));
        Assert.Equal("maison médicale", KindNames.Name("Medical-House", ReportLanguage.French));
    }

    [GeneratedRegex("<caption>([^<]*)</caption>")]
    private static partial Regex Caption();
}
