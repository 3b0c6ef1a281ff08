using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>The human summary of <c>analyze</c> follows <c>--lang</c>: every line in French with <c>fr</c>, the figures
/// those of report.json.</summary>
public sealed class SummaryLanguageTests
{
    [Theory]
    [InlineData("fr", "acteurs isolés ({0}) :", "acteurs périphériques ({0}) :", "orientations à sens unique : {0} ;", "fichiers écrits dans")]
    [InlineData("en", "isolated actors ({0}):", "peripheral actors ({0}):", "one-way referral ties: {0};", "wrote ")]
    public void Analyze_Lang_PrintsTheSummaryInThatLanguage(string lang, string isolated, string peripheral, string oneWay, string wrote)
    {
        using var temp = new TempDirectory();
        var (code, output, error) = CliRunner.Run("analyze", RepositoryPaths.Data("zone6"), "--out", temp.Path, "--lang", lang);
        Assert.True(code == 0, error);
        JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "report.json")))!;
        int isolatedCount = report["isolated"]!.AsArray().Count;
        int peripheralCount = report["peripheral"]!.AsArray().Count;
        int oneWayCount = report["gaps"]!["asymmetric"]!.AsArray().Count;
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, isolated, isolatedCount), output, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, peripheral, peripheralCount), output, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, oneWay, oneWayCount), output, StringComparison.Ordinal);
        Assert.Contains(wrote, output, StringComparison.Ordinal);
        if (lang == "fr")
        {
            foreach (string english in new[] { "isolated", "peripheral", "respondents", "home zone", "wrote", "cut points", "none" })
            {
                Assert.DoesNotContain(english, output, StringComparison.Ordinal);
            }
        }
    }
}
