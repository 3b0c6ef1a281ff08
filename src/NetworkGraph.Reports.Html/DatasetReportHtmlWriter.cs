using System.Globalization;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes the <c>report.html</c> of a survey dataset: a three-sentence summary, the questionnaire's charts
/// (Graphs 2–14 of the published analysis) each with its table, the interactive network map, and the gaps.</summary>
/// <remarks>The page is self-contained (inline style and script, data as a JSON island) and makes no network request.
/// Timings stay in <c>report.json</c>.</remarks>
public static class DatasetReportHtmlWriter
{
    /// <summary>How many hospital ↔ ambulatory suggestions the page lists (and can draw on the map).</summary>
    public const int SuggestionsShown = 50;

    /// <summary>How many rows the other gap tables list at most (report.json holds them all).</summary>
    public const int RowsShown = 100;

    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="language">The language of every label and sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, DatasetAnalysis analysis, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        ReportText t = ReportText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        SurveyAnalysis s = analysis.Survey;
        SurveyNetwork network = analysis.Network;
        ImmutableArrayIndex actors = new(network.Dataset.Actors);
        string Name(string id) => actors.Name(id);
        string F(string format, params object[] args) => string.Format(culture, format, args);
        string title = t.Title + " — " + Path.GetFileName(Path.TrimEndingDirectorySeparator(analysis.Source));
        var page = new HtmlPage(title, t);
        string? home = s.Dataset.HomeZone;

        // Suggestions: in-zone pairs first, then by score (the analysis order, best first, breaks ties).
        var suggestions = s.Gaps.MissingHospitalAmbulatory
            .Select((x, i) => (Tie: x, Order: i, InZone: home is not null && actors.Zone(x.Hospital) == home && actors.Zone(x.Ambulatory) == home))
            .OrderByDescending(x => x.InZone).ThenBy(x => x.Order)
            .ToList();
        int inZoneCount = suggestions.Count(x => x.InZone);

        SurveyQuality quality = SurveyQuality.Compute(network.Dataset);
        string Share(double? share) => share is { } v ? v.ToString("P0", culture) : "–";

        page.Section("summary", t.SummaryHeading);
        var summary = new List<string>
        {
            F(t.SummaryIsolated, s.Isolated.Length, s.Dataset.Actors, s.Peripheral.Length),
            suggestions.Count > 0
                ? F(t.SummarySuggestion, Name(suggestions[0].Tie.Hospital), Name(suggestions[0].Tie.Ambulatory), suggestions.Count)
                : t.SummaryNoSuggestion,
            F(t.SummaryCutPoints, s.Gaps.CutPoints.Length, s.Gaps.CutPoints.Length > 0 ? F(t.SummaryCutPointsFirst, FirstCutPoint(analysis, s)) : string.Empty),
            F(quality.ConfirmedReferralShare is null ? t.SummaryQualityNoShare : t.SummaryQuality, Share(quality.ConfirmedReferralShare), quality.NotSurveyed.Length, quality.SilentRespondents.Length),
        };
        page.Paragraph(string.Join(" ", summary), "summary");
        page.Table(
            [t.Figure, t.Value],
            [
                [t.Actors, page.Format(s.Dataset.Actors)],
                [t.Respondents, page.Format(s.Dataset.Respondents)],
                [t.HomeZone, home ?? "–"],
            ],
            t.Dataset);
        page.Table(
            [t.Figure, t.Value],
            [
                [t.ConfirmedShare, Share(quality.ConfirmedReferralShare)],
                .. quality.ConfirmedBySetting.Where(x => x.Value is not null).Select(x => (IReadOnlyList<string>)[F(t.ConfirmedBySetting, t.SettingNames[(int)x.Key]), Share(x.Value)]),
                [t.NotSurveyed, page.Format(quality.NotSurveyed.Length)],
                [t.SilentRespondents, page.Format(quality.SilentRespondents.Length)],
                [t.UnresolvedPartners, page.Format(s.Unresolved.Length)],
                [t.Inconsistent, page.Format(quality.Inconsistent.Length)],
            ],
            t.Quality);
        page.Table(
            [t.LayerColumn, t.Nodes, t.Ties, t.Density, t.Reciprocity, t.Components, t.Isolated, t.Modularity],
            s.Layers.Select(l => (IReadOnlyList<string>)[
                LayerLabel(t, l.Layer), page.Format(l.Nodes), page.Format(l.Edges), page.Format(l.Density), page.Format(l.Reciprocity),
                page.Format(l.Components), page.Format(l.Isolated), page.Format(l.Modularity)]),
            t.Layers);

        page.Section("questionnaire", t.Questionnaire);
        foreach (ContactTypeFigures f in s.Survey)
        {
            string type = TypeLabel(t, f.Type);
            string key = f.Type.ToString().ToLowerInvariant();
            page.Heading(char.ToUpper(type[0], culture) + type[1..], "q-" + key);
            int total = f.Frequency.Sum();
            page.Chart("freq-" + key, F(t.FrequencyOf, type), t.FrequencyNames, f.Frequency.Select(x => (double)x).ToArray(), t.Respondents,
                f.Frequency.Select(x => Percent(x, total, culture)).ToArray(), t.Percent, labelHeader: t.Frequency);
            int active = total - f.Frequency[0];
            page.Chart("chan-" + key, F(t.ChannelsOf, type), t.ChannelNames, f.Channels.Select(x => (double)x).ToArray(), t.Respondents,
                f.Channels.Select(x => Percent(x, active, culture)).ToArray(), t.Percent, labelHeader: t.Channel);
            page.Chart("nchan-" + key, F(t.ChannelCountOf, type), f.ChannelCount.Select((_, i) => (i + 1).ToString(culture)).ToArray(),
                f.ChannelCount.Select(x => (double)x).ToArray(), t.Respondents, f.ChannelCount.Select(x => Percent(x, active, culture)).ToArray(), t.Percent, labelHeader: t.ChannelsCited);
            page.Chart("in-" + key, F(t.TopInZoneOf, type), f.TopInZone.Select(p => Name(p.Actor)).ToArray(), f.TopInZone.Select(p => (double)p.Mentions).ToArray(), t.Mentions, labelHeader: t.Partner);
            page.Chart("out-" + key, F(t.TopOutOfZoneOf, type), f.TopOutOfZone.Select(p => Name(p.Actor)).ToArray(), f.TopOutOfZone.Select(p => (double)p.Mentions).ToArray(), t.Mentions, labelHeader: t.Partner);
        }

        page.Heading(t.SelfPositioningHeading, "q-positioning");
        page.Paragraph(t.SelfPositioningExplain, "explain");
        // A setting no respondent belongs to has no answer to chart; the table below still lists it.
        foreach (SelfPositioning p in s.SelfPositioning.Where(p => p.Respondents > 0))
        {
            page.Chart("pos-" + SurveyLabels.Format(p.Setting), t.SettingNames[(int)p.Setting] + " (" + page.Format(p.Respondents) + " " + t.Respondents + ")",
                [t.Has, t.Wants, t.Should], [p.Has.Mean ?? 0, p.Wants.Mean ?? 0, p.Should.Mean ?? 0], t.Value, labelHeader: t.Figure);
        }

        page.Table(
            [t.Setting, t.Respondents, t.Has, t.Wants, t.Should, t.WantsMinusHas, t.ShouldMinusHas],
            s.SelfPositioning.Select(p => (IReadOnlyList<string>)[
                t.SettingNames[(int)p.Setting], page.Format(p.Respondents), page.Format(p.Has.Mean), page.Format(p.Wants.Mean),
                page.Format(p.Should.Mean), page.Format(p.WantsMinusHas), page.Format(p.ShouldMinusHas)]),
            t.SelfPositioningHeading);

        page.Section("network", t.Network);
        page.Paragraph(t.MapExplain, "explain no-print");
        var shown = suggestions.Take(SuggestionsShown).ToList();
        page.Map(json => WriteMapData(json, analysis, t, shown.Select(x => x.Tie)));

        page.Section("gaps", t.Gaps);
        page.Heading(t.IsolatedActors);
        page.Paragraph(t.IsolatedExplain, "explain");
        page.Table([t.Actor, t.Setting, t.Zone], s.Isolated.Take(RowsShown).Select(a => (IReadOnlyList<string>)[Name(a), t.SettingNames[(int)actors.Setting(a)], actors.Zone(a)]));
        page.Heading(t.PeripheralActors);
        page.Paragraph(t.PeripheralExplain, "explain");
        page.Table([t.Actor, t.Setting, t.Zone], s.Peripheral.Take(RowsShown).Select(a => (IReadOnlyList<string>)[Name(a), t.SettingNames[(int)actors.Setting(a)], actors.Zone(a)]));

        page.Heading(t.Missing, "missing");
        page.Paragraph(t.MissingExplain, "explain");
        page.Paragraph(F(t.MissingCount, suggestions.Count, inZoneCount, shown.Count));
        var zones = shown.SelectMany(x => new[] { actors.Zone(x.Tie.Hospital), actors.Zone(x.Tie.Ambulatory) }).Where(z => z.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        page.Raw($"<p class=\"no-print\"><label for=\"zone-filter\">{HtmlPage.Encode(t.ZoneFilter)}</label> <select id=\"zone-filter\"><option value=\"\">{HtmlPage.Encode(t.AllZones)}</option>"
            + string.Concat(zones.Select(z => $"<option>{HtmlPage.Encode(z)}</option>")) + "</select></p>");
        page.Table(
            [t.Hospital, t.Zone, t.Ambulatory, t.Zone, t.Score, t.InZone],
            shown.Select(x => (IReadOnlyList<string>)[Name(x.Tie.Hospital), actors.Zone(x.Tie.Hospital), Name(x.Tie.Ambulatory), actors.Zone(x.Tie.Ambulatory), page.Format(x.Tie.Score), x.InZone ? t.Yes : t.No]),
            id: "missing-table",
            rowAttributes: shown.Select(x => $"data-zones=\"{HtmlPage.Encode(actors.Zone(x.Tie.Hospital) + " " + actors.Zone(x.Tie.Ambulatory))}\""));
        page.Raw("<script>(function(){var s=document.getElementById('zone-filter');if(!s)return;s.addEventListener('change',function(){var z=s.value;"
            + "document.querySelectorAll('#missing-table tbody tr[data-zones]').forEach(function(r){r.hidden=z!==''&&r.dataset.zones.split(' ').indexOf(z)<0;});});})();</script>");

        page.Heading(t.OneWay);
        page.Paragraph(t.OneWayExplain, "explain");
        CsrGraph referral = network[SurveyLayer.Referral];
        var oneWay = s.Gaps.Asymmetric
            .Select((p, i) => (Pair: p, Order: i, Weight: referral.TryGetWeight(network.Nodes.IndexOf(p.From), network.Nodes.IndexOf(p.To), out double w) ? w : 1))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Order);
        page.Table([t.From, t.To, t.Weight], oneWay.Take(RowsShown).Select(x => (IReadOnlyList<string>)[Name(x.Pair.From), Name(x.Pair.To), page.Format(x.Weight)]));

        page.Heading(t.CutPoints);
        page.Paragraph(t.CutPointsExplain, "explain");
        page.Table([t.Actor, t.Setting], s.Gaps.CutPoints.Take(RowsShown).Select(a => (IReadOnlyList<string>)[Name(a), t.SettingNames[(int)actors.Setting(a)]]));

        page.Heading(t.Brokers);
        page.Paragraph(t.BrokersExplain, "explain");
        page.Raw("<ul class=\"roles explain\">" + string.Concat(new[] { t.CoordinatorExplain, t.GatekeeperExplain, t.RepresentativeExplain, t.ConsultantExplain, t.LiaisonExplain }
            .Select(x => "<li>" + HtmlPage.Encode(x) + "</li>")) + "</ul>");
        page.Table(
            [t.Actor, t.Coordinator, t.Gatekeeper, t.Representative, t.Consultant, t.Liaison, t.Total],
            s.Brokers.Take(15).Select(b => (IReadOnlyList<string>)[Name(b.Actor), page.Format(b.Coordinator), page.Format(b.Gatekeeper), page.Format(b.Representative), page.Format(b.Consultant), page.Format(b.Liaison), page.Format(b.Total)]));

        page.Heading(t.EIIndex);
        page.Paragraph(t.EIExplain, "explain");
        page.Chart("ei-index", t.EIIndex, t.SettingNames, SurveyLabels.Settings.Select(x => s.Gaps.EIIndex[(int)x] ?? 0).ToArray(), t.EIIndex, labelHeader: t.Setting);
        writer.Write(page.ToString());
    }

    private static string FirstCutPoint(DatasetAnalysis analysis, SurveyAnalysis s)
    {
        NodeMetricsTable all = analysis.Layer(SurveyLayer.All);
        string best = s.Gaps.CutPoints[0];
        if (all.Has(MetricColumns.Betweenness))
        {
            ReadOnlySpan<double> b = all.Column(MetricColumns.Betweenness);
            double top = double.NegativeInfinity;
            foreach (string id in s.Gaps.CutPoints)
            {
                double v = b[all.Graph.Nodes.IndexOf(id)];
                if (v > top)
                {
                    top = v;
                    best = id;
                }
            }
        }

        return new ImmutableArrayIndex(analysis.Network.Dataset.Actors).Name(best);
    }

    private static void WriteMapData(Utf8JsonWriter json, DatasetAnalysis analysis, ReportText t, IEnumerable<SuggestedTie> suggestions)
    {
        SurveyNetwork network = analysis.Network;
        json.WriteStartArray("actors");
        foreach (Actor a in network.Dataset.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("name", a.Name);
            json.WriteNumber("setting", (int)a.Setting);
            json.WriteString("zone", a.Zone);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("settings");
        foreach (string name in t.SettingNames)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartObject("layers");
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            MapData.WriteTies(json, SurveyNetwork.LayerName(layer), network[layer]);
        }

        json.WriteEndObject();
        json.WriteStartObject("layerLabels");
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            json.WriteString(SurveyNetwork.LayerName(layer), LayerLabel(t, layer));
        }

        json.WriteEndObject();
        NodeMetricsTable all = analysis.Layer(SurveyLayer.All);
        MapData.WriteMetrics(json, all, network.Nodes, t);
        json.WriteString("defaultLayer", SurveyNetwork.LayerName(SurveyLayer.All));
        json.WriteString("layoutLayer", SurveyNetwork.LayerName(SurveyLayer.All));
        MapData.WritePositions(json, network.Dataset.Actors.Length, network[SurveyLayer.All]);
        json.WriteStartArray("suggestions");
        foreach (SuggestedTie x in suggestions)
        {
            json.WriteStartArray();
            json.WriteNumberValue(network.Nodes.IndexOf(x.Hospital));
            json.WriteNumberValue(network.Nodes.IndexOf(x.Ambulatory));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    internal static string LayerLabel(ReportText t, SurveyLayer layer) => layer switch
    {
        SurveyLayer.Sending => t.Sending,
        SurveyLayer.Receiving => t.Receiving,
        SurveyLayer.Exchange => t.Exchange,
        SurveyLayer.Referral => t.Referral,
        _ => t.AllLayers,
    };

    private static string TypeLabel(ReportText t, ContactType type) => type switch
    {
        ContactType.Sending => t.Sending,
        ContactType.Receiving => t.Receiving,
        _ => t.Exchange,
    };

    private static string Percent(int count, int total, CultureInfo culture) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0", culture);
}
