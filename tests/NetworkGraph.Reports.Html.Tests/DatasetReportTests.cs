using System.Text.Json;
using System.Text.RegularExpressions;

namespace NetworkGraph.Reports.Html.Tests;

public sealed partial class DatasetReportTests
{
    [Theory]
    [InlineData(ReportLanguage.English, "en", "What to look at first", "information exchange")]
    [InlineData(ReportLanguage.French, "fr", "À regarder en premier", "échange d'informations")]
    public void Page_IsInTheChosenLanguage(ReportLanguage language, string code, string summary, string exchange)
    {
        string html = Zone6.Html(language);
        Assert.Contains($"<html lang=\"{code}\">", html, StringComparison.Ordinal);
        Assert.Contains(summary, html, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoded(exchange), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_ReferencesNoExternalResource()
    {
        string html = Zone6.Html(ReportLanguage.French);
        Assert.DoesNotMatch(ExternalReference(), html);
        // The only link is the page's icon, inline, so that the browser does not ask for /favicon.ico.
        Assert.DoesNotMatch(new Regex("<link(?![^>]*href=\"data:)", RegexOptions.IgnoreCase), html);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryChart_HasItsTable_WithOneRowPerBar()
    {
        string html = Zone6.Html(ReportLanguage.English);
        MatchCollection charts = Figure().Matches(html);
        Assert.True(charts.Count >= 15, $"{charts.Count} charts");
        foreach (Match chart in charts)
        {
            int bars = Regex.Count(chart.Value, "<rect ");
            int rows = Regex.Count(chart.Value, "<tr><th scope=\"row\">");
            Assert.Equal(bars, rows);
            // The first column says what the bars are (frequency, channel, partner…), for screen readers and copying.
            Assert.DoesNotContain("<thead><tr><th scope=\"col\"></th>", chart.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MapData_HoldsEveryActor_AndEveryTieOfLayerAll()
    {
        if (HtmlPage.MapScript is null)
        {
            Assert.Skip("the map bundle was not built (Node.js absent)");
        }

        string html = Zone6.Html(ReportLanguage.English);
        Match island = Island().Match(html);
        Assert.True(island.Success);
        using JsonDocument data = JsonDocument.Parse(island.Groups[1].Value);
        Assert.Equal(Zone6.Analysis.Network.Dataset.Actors.Length, data.RootElement.GetProperty("actors").GetArrayLength());
        Assert.Equal(Zone6.Analysis.Network[Surveys.SurveyLayer.All].Edges().Count(), data.RootElement.GetProperty("layers").GetProperty("all").GetArrayLength());
    }

    [Fact]
    public void MapData_CarriesTheSeededLayout_SameAtEveryWriting()
    {
        if (HtmlPage.MapScript is null)
        {
            Assert.Skip("the map bundle was not built (Node.js absent)");
        }

        string Positions(string html)
        {
            using JsonDocument data = JsonDocument.Parse(Island().Match(html).Groups[1].Value);
            JsonElement positions = data.RootElement.GetProperty("positions");
            Assert.Equal(2 * data.RootElement.GetProperty("actors").GetArrayLength(), positions.GetArrayLength());
            Assert.All(positions.EnumerateArray(), p => Assert.True(double.IsFinite(p.GetDouble())));
            return positions.GetRawText();
        }

        Assert.Equal(Positions(Zone6.Html(ReportLanguage.English)), Positions(Zone6.Html(ReportLanguage.French)));
    }

    [Fact]
    public void Suggestions_ListInZonePairsFirst()
    {
        string html = Zone6.Html(ReportLanguage.English);
        Match table = MissingTable().Match(html);
        Assert.True(table.Success);
        string[] inZone = [.. Regex.Matches(table.Value, "<td>(yes|no)</td></tr>").Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(inZone);
        int firstNo = Array.IndexOf(inZone, "no");
        Assert.True(firstNo < 0 || inZone.Skip(firstNo).All(x => x == "no"), "an in-zone pair follows an out-of-zone one");
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void Summary_ShowsHowFarTheAnswersCanBeTrusted(ReportLanguage language)
    {
        string html = Zone6.Html(language);
        ReportText t = ReportText.For(language);
        var culture = HtmlPage.Culture(t);
        var quality = Analysis.Surveys.SurveyQuality.Compute(Zone6.Analysis.Network.Dataset);
        Assert.NotNull(quality.ConfirmedReferralShare);
        string share = quality.ConfirmedReferralShare.Value.ToString("P0", culture);
        string sentence = string.Format(culture, t.SummaryQuality, share, quality.NotSurveyed.Length, quality.SilentRespondents.Length);
        Assert.Contains(HtmlEncoded(sentence), html, StringComparison.Ordinal);
        Assert.Contains(Row(t.ConfirmedShare, share), html, StringComparison.Ordinal);
        Assert.Contains(Row(t.NotSurveyed, quality.NotSurveyed.Length.ToString(culture)), html, StringComparison.Ordinal);
        Assert.Contains(Row(t.SilentRespondents, quality.SilentRespondents.Length.ToString(culture)), html, StringComparison.Ordinal);
        Assert.Contains(Row(t.UnresolvedPartners, Zone6.Analysis.Survey.Unresolved.Length.ToString(culture)), html, StringComparison.Ordinal);
    }

    private static string Row(string label, string value) => $"<tr><th scope=\"row\">{HtmlEncoded(label)}</th><td>{value}</td></tr>";

    private static string HtmlEncoded(string text) => text.Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<figure class="chart".*?</figure>""", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("""<script type="application/json" id="ng-data">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex Island();

    [GeneratedRegex("""<table id="missing-table">.*?</table>""", RegexOptions.Singleline)]
    private static partial Regex MissingTable();
}
