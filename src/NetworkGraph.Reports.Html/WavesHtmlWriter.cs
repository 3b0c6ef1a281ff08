using System.Globalization;
using System.Text;

namespace NetworkGraph.Reports.Html;

/// <summary>One survey wave as listed on the service's home page.</summary>
/// <param name="Id">The wave's id, as in <c>/waves/{id}</c>.</param>
/// <param name="Title">What the coordinator calls the wave (e.g. "Zone 6 — spring 2026").</param>
/// <param name="Status">The wave's status as the service words it (e.g. <c>synced</c>, <c>pending</c>, <c>failed</c>).</param>
/// <param name="Actors">The number of actors, when the wave has been analysed.</param>
/// <param name="UpdatedAt">When the wave last changed, if known.</param>
/// <param name="Respondents">The number of respondents, when known.</param>
/// <param name="Previous">The id of the wave to compare this one with (the one stored just before it), if any.</param>
public sealed record WaveListEntry(string Id, string Title, string Status, int? Actors = null, DateTimeOffset? UpdatedAt = null, int? Respondents = null, string? Previous = null);

/// <summary>Writes the service's home page (<c>/</c>): the list of waves with their status, each linking to
/// <c>waves/{id}</c> (whose page is <see cref="DatasetReportHtmlWriter.Write"/>), to its directory of services and to
/// the changes since the previous wave, then a form comparing any two waves.</summary>
public static class WavesHtmlWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="waves">The waves, in the order to show.</param>
    /// <param name="language">The language of every label and sentence; the directory and compare links ask for it too.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<WaveListEntry> waves, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(waves);
        ReportText t = ReportText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        string lang = language == ReportLanguage.French ? "fr" : "en";
        var page = new HtmlPage(t.WavesTitle, t);
        var list = waves.ToList();
        if (list.Count == 0)
        {
            page.Paragraph(t.NoWaves);
            writer.Write(page.ToString());
            return;
        }

        var rows = new StringBuilder("<table id=\"waves\"><thead><tr>");
        foreach (string h in new[] { t.Wave, t.Status, t.Actors, t.Respondents, t.Ingested, string.Empty })
        {
            rows.Append("<th scope=\"col\">").Append(HtmlPage.Encode(h)).Append("</th>");
        }

        rows.Append("</tr></thead><tbody>");
        foreach (WaveListEntry w in list)
        {
            string id = Uri.EscapeDataString(w.Id);
            rows.Append("<tr><th scope=\"row\"><a href=\"waves/").Append(id).Append("?lang=").Append(lang).Append("\">").Append(HtmlPage.Encode(w.Title)).Append("</a></th>")
                .Append("<td>").Append(HtmlPage.Encode(w.Status)).Append("</td>")
                .Append("<td>").Append(w.Actors is int n ? n.ToString("N0", culture) : "–").Append("</td>")
                .Append("<td>").Append(w.Respondents is int r ? r.ToString("N0", culture) : "–").Append("</td>")
                .Append("<td>").Append(w.UpdatedAt is DateTimeOffset d ? HtmlPage.Encode(d.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC") : string.Empty).Append("</td>")
                .Append("<td><a href=\"waves/").Append(id).Append("/directory?lang=").Append(lang).Append("\">").Append(HtmlPage.Encode(t.DirectoryLink)).Append("</a>");
            if (w.Previous is string previous)
            {
                rows.Append(" · <a href=\"compare?a=").Append(Uri.EscapeDataString(previous)).Append("&amp;b=").Append(id).Append("&amp;lang=").Append(lang).Append("\">")
                    .Append(HtmlPage.Encode(string.Format(culture, t.ChangesSince, previous))).Append("</a>");
            }

            rows.Append("</td></tr>");
        }

        page.Raw(rows.Append("</tbody></table>").ToString());
        if (list.Count >= 2)
        {
            page.Heading(t.CompareHeading, "compare");
            page.Raw(new StringBuilder("<form id=\"compare-form\" method=\"get\" action=\"compare\">")
                .Append("<label>").Append(HtmlPage.Encode(t.EarlierWave)).Append(" <select name=\"a\">").Append(Options(list, list.Count - 2)).Append("</select></label> ")
                .Append("<label>").Append(HtmlPage.Encode(t.LaterWave)).Append(" <select name=\"b\">").Append(Options(list, list.Count - 1)).Append("</select></label> ")
                .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(lang).Append("\"> ")
                .Append("<button type=\"submit\">").Append(HtmlPage.Encode(t.CompareButton)).Append("</button></form>")
                .ToString());
        }

        page.Raw("<p class=\"no-print\">" + HtmlPage.Encode(t.PageLanguage) + " <a href=\"?lang=en\" hreflang=\"en\">English</a> · <a href=\"?lang=fr\" hreflang=\"fr\">français</a></p>");
        writer.Write(page.ToString());
    }

    /// <summary>The options of a wave menu, the wave at <paramref name="selected"/> chosen.</summary>
    private static string Options(List<WaveListEntry> waves, int selected)
    {
        var options = new StringBuilder();
        for (int i = 0; i < waves.Count; i++)
        {
            options.Append("<option value=\"").Append(HtmlPage.Encode(waves[i].Id)).Append('"').Append(i == selected ? " selected" : string.Empty)
                .Append('>').Append(HtmlPage.Encode(waves[i].Title)).Append("</option>");
        }

        return options.ToString();
    }
}
