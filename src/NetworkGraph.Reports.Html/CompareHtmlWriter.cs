using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes the <c>compare.html</c> of two survey waves: a plain sentence saying which headline changes are beyond
/// chance, the headline figures with their permutation p-values, the ties gained and lost per layer, isolated actors,
/// hospital ↔ ambulatory pairs linked or lost, one-way referrals that became reciprocal, rank movers and the
/// questionnaire figures side by side.</summary>
/// <remarks>Self-contained and offline, in the style of <c>report.html</c>. Ties gained and lost are listed in tables
/// (gained and lost rows in two colours), not drawn on a map. The p-values are those of
/// <see cref="WaveComparer.Compare"/>; a change is called beyond chance when its p-value is below
/// <see cref="Alpha"/>.</remarks>
public static class CompareHtmlWriter
{
    /// <summary>The significance level below which a change is called beyond chance.</summary>
    public const double Alpha = 0.05;

    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="a">The first wave's analysis (names of actors it alone has).</param>
    /// <param name="b">The second wave's analysis (names of the actors).</param>
    /// <param name="language">The language of every label and sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, WaveComparison comparison, DatasetAnalysis a, DatasetAnalysis b, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ReportText t = ReportText.For(language);
        FollowUpText f = FollowUpText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        string F(string format, params object[] args) => string.Format(culture, format, args);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Actor actor in b.Network.Dataset.Actors.Concat(a.Network.Dataset.Actors))
        {
            names.TryAdd(actor.Id, actor.Name);
        }

        string Name(string id) => names.TryGetValue(id, out string? n) ? n : id;
        string title = f.CompareTitle + " — " + Short(comparison.SourceA) + " → " + Short(comparison.SourceB);
        var page = new HtmlPage(title, t);
        page.Raw("<style>tr.gained th, tr.gained td { border-left: 4px solid #0072B2; } tr.lost th, tr.lost td { color: #8a2c00; } tr.lost th { border-left: 4px solid #D55E00; } .beyond { font-weight: 600; }</style>");

        var headlines = Headlines(comparison, t, f, F);
        page.Section("summary", f.CompareSummary);
        var beyond = headlines.Where(h => h.Value.PValue is double p && p < Alpha && h.Value.Delta is not null).ToList();
        string sentence = comparison.Permutations == 0
            ? f.NotTested
            : beyond.Count == 0
                ? f.NothingBeyondChance
                : f.BeyondChanceLead + string.Join("; ", beyond.Select(h => F(h.Value.Delta > 0 ? f.ChangeRose : f.ChangeFell, h.Label, page.Format(h.Value.A), page.Format(h.Value.B), P(h.Value.PValue, culture)))) + ".";
        var counts = comparison.Layers.Select(l => F(f.TiesCount, DatasetReportHtmlWriter.LayerLabel(t, l.Layer), l.Gained.Length, l.Lost.Length));
        page.Paragraph(sentence, "summary");
        page.Raw("<ul>" + string.Concat(counts.Select(c => "<li>" + HtmlPage.Encode(c) + "</li>")) + "</ul>");
        page.Heading(f.Headlines);
        if (comparison.Permutations > 0)
        {
            page.Paragraph(F(f.MethodExplain, comparison.Permutations), "explain");
        }

        page.Table(
            [t.Figure, f.WaveA, f.WaveB, f.Change, f.PValue, f.BeyondChance],
            headlines.Select(h => (IReadOnlyList<string>)[h.Label, page.Format(h.Value.A), page.Format(h.Value.B), Signed(h.Value.Delta, page), P(h.Value.PValue, culture),
                h.Value.PValue is null ? "–" : h.Value.PValue < Alpha ? t.Yes : t.No]),
            null,
            "headlines",
            headlines.Select(h => h.Value.PValue < Alpha ? "class=\"beyond\"" : null));

        page.Section("ties", f.TiesHeading);
        page.Paragraph(f.TiesExplain, "explain");
        foreach (LayerChange layer in comparison.Layers)
        {
            var rows = layer.Gained.Select(p => (Pair: p, Gained: true)).Concat(layer.Lost.Select(p => (Pair: p, Gained: false))).ToList();
            page.Table(
                [t.From, t.To, f.Change],
                rows.Select(r => (IReadOnlyList<string>)[Name(r.Pair.From), Name(r.Pair.To), r.Gained ? f.Gained : f.Lost]),
                F(f.TiesCount, DatasetReportHtmlWriter.LayerLabel(t, layer.Layer), layer.Gained.Length, layer.Lost.Length),
                "ties-" + SurveyNetwork.LayerName(layer.Layer),
                rows.Select(r => r.Gained ? "class=\"gained\"" : "class=\"lost\""));
        }

        page.Section("isolated", f.IsolatedHeading);
        page.Table([t.Actor], comparison.IsolatedResolved.Select(x => (IReadOnlyList<string>)[Name(x)]), f.IsolatedResolved, "isolated-resolved");
        page.Table([t.Actor], comparison.IsolatedNew.Select(x => (IReadOnlyList<string>)[Name(x)]), f.IsolatedNew, "isolated-new");

        page.Section("hospital-ambulatory", f.HospitalAmbulatoryHeading);
        page.Table([t.Hospital, t.Ambulatory], comparison.HospitalAmbulatoryLinked.Select(p => (IReadOnlyList<string>)[Name(p.Hospital), Name(p.Ambulatory)]), f.Linked, "ha-linked", comparison.HospitalAmbulatoryLinked.Select(_ => "class=\"gained\""));
        page.Table([t.Hospital, t.Ambulatory], comparison.HospitalAmbulatoryLost.Select(p => (IReadOnlyList<string>)[Name(p.Hospital), Name(p.Ambulatory)]), f.Lost, "ha-lost", comparison.HospitalAmbulatoryLost.Select(_ => "class=\"lost\""));
        page.Heading(f.Reciprocal);
        page.Paragraph(f.ReciprocalExplain, "explain");
        page.Table([t.From, t.To], comparison.BecameReciprocal.Select(p => (IReadOnlyList<string>)[Name(p.From), Name(p.To)]), null, "reciprocal");

        page.Section("ranks", f.RankMovers);
        page.Paragraph(f.RankMoversExplain, "explain");
        page.Table(
            [t.Actor, f.Rank + " — " + f.WaveA, f.Rank + " — " + f.WaveB, f.Change],
            comparison.RankMovers.Select(m => (IReadOnlyList<string>)[Name(m.Actor), page.Format(m.RankA), page.Format(m.RankB), Signed(m.Change, page)]),
            null,
            "rank-movers");

        page.Section("questionnaire", f.SurveyHeading);
        foreach (SurveyFiguresPair pair in comparison.Survey)
        {
            string type = DatasetReportHtmlWriter.LayerLabel(t, Layer(pair.A.Type));
            int totalA = pair.A.Frequency.Sum(), totalB = pair.B.Frequency.Sum();
            page.Table(
                [t.Frequency, f.WaveA, t.Percent, f.WaveB, t.Percent],
                t.FrequencyNames.Select((name, i) => (IReadOnlyList<string>)[name, page.Format(pair.A.Frequency[i]), Percent(pair.A.Frequency[i], totalA, culture), page.Format(pair.B.Frequency[i]), Percent(pair.B.Frequency[i], totalB, culture)]),
                F(t.FrequencyOf, type),
                "freq-" + pair.A.Type.ToString().ToLowerInvariant());
            int activeA = totalA - pair.A.Frequency[0], activeB = totalB - pair.B.Frequency[0];
            page.Table(
                [t.Channel, f.WaveA, t.Percent, f.WaveB, t.Percent],
                t.ChannelNames.Select((name, i) => (IReadOnlyList<string>)[name, page.Format(pair.A.Channels[i]), Percent(pair.A.Channels[i], activeA, culture), page.Format(pair.B.Channels[i]), Percent(pair.B.Channels[i], activeB, culture)]),
                F(t.ChannelsOf, type),
                "chan-" + pair.A.Type.ToString().ToLowerInvariant());
        }

        writer.Write(page.ToString());
    }

    private static List<(string Label, HeadlineDelta Value)> Headlines(WaveComparison c, ReportText t, FollowUpText f, Func<string, object[], string> format)
    {
        var list = new List<(string, HeadlineDelta)>();
        foreach (LayerChange l in c.Layers)
        {
            list.Add((format(f.DensityOf, [DatasetReportHtmlWriter.LayerLabel(t, l.Layer)]), l.Density));
        }

        foreach (LayerChange l in c.Layers.Where(l => l.Reciprocity.A is not null || l.Reciprocity.B is not null))
        {
            list.Add((format(f.ReciprocityOf, [DatasetReportHtmlWriter.LayerLabel(t, l.Layer)]), l.Reciprocity));
        }

        foreach (SettingChange s in c.EIIndex)
        {
            list.Add((format(f.EIOf, [t.SettingNames[(int)s.Setting]]), s.Value));
        }

        list.Add((f.HospitalAmbulatoryTies, c.HospitalAmbulatoryTies));
        foreach (LayerChange l in c.Layers)
        {
            list.Add((format(f.ModularityOf, [DatasetReportHtmlWriter.LayerLabel(t, l.Layer)]), l.Modularity));
        }

        return list;
    }

    private static SurveyLayer Layer(ContactType type) => type switch
    {
        ContactType.Sending => SurveyLayer.Sending,
        ContactType.Receiving => SurveyLayer.Receiving,
        _ => SurveyLayer.Exchange,
    };

    private static string Short(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    private static string P(double? p, CultureInfo culture) => p is double v ? v.ToString("0.000", culture) : "–";

    private static string Signed(double? delta, HtmlPage page) => delta is double d && Math.Round(d, 3) is var r && r != 0
        ? (r > 0 ? "+" : string.Empty) + page.Format(r)
        : delta is null ? "–" : page.Format(0.0);

    private static string Percent(int count, int total, CultureInfo culture) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0", culture);
}
