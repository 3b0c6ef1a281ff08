using System.Globalization;

namespace NetworkGraph.Reports.Html;

/// <summary>One survey wave as listed on the service's home page.</summary>
/// <param name="Id">The wave's id, as in <c>/waves/{id}</c>.</param>
/// <param name="Title">What the coordinator calls the wave (e.g. "Zone 6 — spring 2026").</param>
/// <param name="Status">The wave's status as the service words it (e.g. <c>ready</c>, <c>analysing</c>, <c>failed</c>).</param>
/// <param name="Actors">The number of actors, when the wave has been analysed.</param>
/// <param name="UpdatedAt">When the wave last changed, if known.</param>
public sealed record WaveListEntry(string Id, string Title, string Status, int? Actors = null, DateTimeOffset? UpdatedAt = null);

/// <summary>Writes the service's home page (<c>/</c>): the list of waves with their status, each linking to
/// <c>waves/{id}</c>, whose page is <see cref="DatasetReportHtmlWriter.Write"/>.</summary>
public static class WavesHtmlWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="waves">The waves, in the order to show.</param>
    /// <param name="language">The language of every label and sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<WaveListEntry> waves, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(waves);
        ReportText t = ReportText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        var page = new HtmlPage(t.WavesTitle, t);
        var list = waves.ToList();
        if (list.Count == 0)
        {
            page.Paragraph(t.NoWaves);
        }
        else
        {
            var rows = new System.Text.StringBuilder("<table id=\"waves\"><thead><tr>");
            foreach (string h in new[] { t.Wave, t.Status, t.Actors, string.Empty })
            {
                rows.Append("<th scope=\"col\">").Append(HtmlPage.Encode(h)).Append("</th>");
            }

            rows.Append("</tr></thead><tbody>");
            foreach (WaveListEntry w in list)
            {
                rows.Append("<tr><th scope=\"row\"><a href=\"waves/").Append(Uri.EscapeDataString(w.Id)).Append("\">").Append(HtmlPage.Encode(w.Title)).Append("</a></th>")
                    .Append("<td>").Append(HtmlPage.Encode(w.Status)).Append("</td>")
                    .Append("<td>").Append(w.Actors is int n ? n.ToString("N0", culture) : "–").Append("</td>")
                    .Append("<td>").Append(w.UpdatedAt is DateTimeOffset d ? HtmlPage.Encode(d.ToString("g", culture)) : string.Empty).Append("</td></tr>");
            }

            page.Raw(rows.Append("</tbody></table>").ToString());
        }

        writer.Write(page.ToString());
    }
}
