using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes the <c>compare.html</c> of two survey waves: a plain sentence saying which headline changes are beyond
/// chance, the headline figures with their permutation p-values, the ties gained and lost per layer, isolated actors,
/// hospital ↔ ambulatory pairs linked or lost, one-way referrals that became reciprocal, rank movers and the
/// questionnaire figures side by side.</summary>
/// <remarks>Self-contained and offline, in the style of <c>report.html</c>. The two waves are drawn side by side with the
/// same positions (one seeded <see cref="MapLayout"/> of the union of their actors and ties, O(iterations × (n log n + m)))
/// and the same frame, ties lost on the first map and gained on the second in two colour-blind safe colours; the same
/// ties are listed in tables (gained and lost rows in two colours) for reading and printing. The p-values are those of
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
    /// <param name="mapping">The mapping the comparison was made with (renamed or merged first-wave actors), if any:
    /// it places the first wave's actors on the shared map.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, WaveComparison comparison, DatasetAnalysis a, DatasetAnalysis b, ReportLanguage language = ReportLanguage.English, ActorMapping? mapping = null)
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

        if (HtmlPage.MapScript is not null)
        {
            MapText m = MapText.For(language);
            page.Section("maps", m.CompareMaps);
            page.Paragraph(m.CompareMapsExplain, "explain");
            page.Raw(CompareMaps(comparison, a, b, t, f, m, mapping ?? new ActorMapping([])));
        }

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

    /// <summary>The two maps' containers, legend, print pictures and data island: the union of both waves' actors
    /// (second-wave ids, the first wave's mapped), one layout of the union of their ties on every layer, and per layer
    /// the unchanged, gained and lost ties (first-wave ties = second-wave ties − gained + lost, so the counts are
    /// exactly the comparison's).</summary>
    private static string CompareMaps(WaveComparison comparison, DatasetAnalysis a, DatasetAnalysis b, ReportText t, FollowUpText f, MapText m, ActorMapping mapping)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new List<(Actor Actor, bool InA, bool InB)>();
        foreach (Actor actor in b.Network.Dataset.Actors)
        {
            if (index.TryAdd(actor.Id, actors.Count))
            {
                actors.Add((actor, false, true));
            }
        }

        foreach (Actor actor in a.Network.Dataset.Actors)
        {
            string id = mapping.Map(actor.Id);
            if (index.TryGetValue(id, out int i))
            {
                actors[i] = (actors[i].Actor, true, actors[i].InB);
            }
            else
            {
                index[id] = actors.Count;
                actors.Add((actor with { Id = id }, true, false));
            }
        }

        var tiesB = new Dictionary<SurveyLayer, HashSet<(int, int)>>();
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            CsrGraph graph = b.Network[layer];
            var set = new HashSet<(int, int)>();
            foreach (Edge e in graph.Edges())
            {
                set.Add(Pair(index[b.Network.Nodes[e.Source]], index[b.Network.Nodes[e.Target]], graph.IsDirected));
            }

            tiesB[layer] = set;
        }

        int Index(string id) => index.TryGetValue(id, out int i) ? i : -1;
        var layers = new List<(SurveyLayer Layer, List<(int, int)> Unchanged, List<(int, int)> Gained, List<(int, int)> Lost)>();
        var union = new HashSet<(int, int)>();
        foreach (LayerChange change in comparison.Layers)
        {
            bool directed = SurveyNetwork.IsDirected(change.Layer);
            var gained = change.Gained.Select(p => Pair(Index(p.From), Index(p.To), directed)).Where(p => p.Item1 >= 0 && p.Item2 >= 0).ToList();
            var lost = change.Lost.Select(p => Pair(Index(p.From), Index(p.To), directed)).Where(p => p.Item1 >= 0 && p.Item2 >= 0).ToList();
            var gainedSet = gained.ToHashSet();
            var unchanged = (tiesB.TryGetValue(change.Layer, out var tb) ? tb : []).Where(p => !gainedSet.Contains(p)).Order().ToList();
            layers.Add((change.Layer, unchanged, gained, lost));
            union.UnionWith(unchanged);
            union.UnionWith(gained);
            union.UnionWith(lost);
        }

        double[] positions = MapLayout.Compute(actors.Count, union.Order());
        var html = new StringBuilder();
        html.Append("<div id=\"ng-cmp-controls\" class=\"no-print\"></div>");
        html.Append("<ul class=\"cmp-legend\">")
            .Append(CultureInfo.InvariantCulture, $"<li><span class=\"tie\" style=\"border-color:{Unchanged}\"></span> {HtmlPage.Encode(m.Unchanged)}</li>")
            .Append(CultureInfo.InvariantCulture, $"<li><span class=\"tie thick\" style=\"border-color:{LostColour}\"></span> {HtmlPage.Encode(m.Lost)} ({HtmlPage.Encode(f.WaveA)})</li>")
            .Append(CultureInfo.InvariantCulture, $"<li><span class=\"tie thick\" style=\"border-color:{GainedColour}\"></span> {HtmlPage.Encode(m.Gained)} ({HtmlPage.Encode(f.WaveB)})</li>")
            .Append("</ul>");
        html.Append("<div class=\"cmp-maps\">");
        foreach ((string key, string wave, string source) in new[] { ("a", f.WaveA, comparison.SourceA), ("b", f.WaveB, comparison.SourceB) })
        {
            string label = HtmlPage.Encode(string.Format(CultureInfo.InvariantCulture, m.MapOf, Short(source)));
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"cmp-map\"><figcaption>{HtmlPage.Encode(char.ToUpperInvariant(wave[0]) + wave[1..])} — {HtmlPage.Encode(Short(source))}</figcaption>")
                .Append(CultureInfo.InvariantCulture, $"<div id=\"ng-cmp-{key}\" class=\"ng-cmp\" tabindex=\"0\" role=\"img\" aria-label=\"{label}\"></div><img id=\"ng-cmp-print-{key}\" class=\"print-only\" alt=\"{label}\"></figure>");
        }

        html.Append("</div>");
        html.Append("<p class=\"explain\">").Append(HtmlPage.Encode(string.Format(CultureInfo.InvariantCulture, m.CompareMapsText, f.TiesHeading))).Append("</p>");
        html.Append("<p class=\"explain no-print\">").Append(HtmlPage.Encode(m.Keyboard)).Append("</p>");
        html.Append("<style>.cmp-maps { display: flex; gap: 1rem; } .cmp-map { flex: 1 1 0; min-width: 0; margin: 0; } .cmp-map figcaption { font-weight: 600; margin-bottom: .3rem; }"
            + " .ng-cmp { width: 100%; height: 480px; border: 1px solid #ccc; background: #fff; } .cmp-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; }"
            + " .cmp-legend .tie { display: inline-block; width: 2rem; border-top: 2px solid; vertical-align: middle; } .cmp-legend .tie.thick { border-top-width: 5px; }"
            + " .print-only { display: none; } @media print { .ng-cmp { display: none; } .print-only { display: block; width: 100%; } .cmp-maps { gap: 4mm; break-inside: avoid; } }</style>");

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("actors");
            foreach ((Actor actor, bool inA, bool inB) in actors)
            {
                json.WriteStartObject();
                json.WriteString("id", actor.Id);
                json.WriteString("name", actor.Name);
                json.WriteBoolean("a", inA);
                json.WriteBoolean("b", inB);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("positions");
            foreach (double p in positions)
            {
                json.WriteNumberValue(p);
            }

            json.WriteEndArray();
            json.WriteStartObject("layers");
            foreach ((SurveyLayer layer, List<(int, int)> unchanged, List<(int, int)> gained, List<(int, int)> lost) in layers)
            {
                json.WriteStartObject(SurveyNetwork.LayerName(layer));
                WritePairs(json, "unchanged", unchanged);
                WritePairs(json, "gained", gained);
                WritePairs(json, "lost", lost);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("layerLabels");
            foreach ((SurveyLayer layer, _, _, _) in layers)
            {
                json.WriteString(SurveyNetwork.LayerName(layer), DatasetReportHtmlWriter.LayerLabel(t, layer));
            }

            json.WriteEndObject();
            json.WriteStartObject("directed");
            foreach ((SurveyLayer layer, _, _, _) in layers)
            {
                json.WriteBoolean(SurveyNetwork.LayerName(layer), SurveyNetwork.IsDirected(layer));
            }

            json.WriteEndObject();
            json.WriteString("defaultLayer", SurveyNetwork.LayerName(SurveyLayer.All));
            json.WriteStartObject("text");
            json.WriteString("layer", t.Layer);
            json.WriteString("counts", m.CompareCounts);
            json.WriteString("gained", m.Gained);
            json.WriteString("lost", m.Lost);
            json.WriteString("unchanged", m.Unchanged);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        // Utf8JsonWriter escapes <, > and &, so the island cannot close its script element.
        html.Append("<script type=\"application/json\" id=\"ng-compare-data\">").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append("</script>");
        return html.ToString();
    }

    private const string GainedColour = "#0072B2";
    private const string LostColour = "#D55E00";
    private const string Unchanged = "#c4c4c4";

    private static (int, int) Pair(int from, int to, bool directed) => directed || from <= to ? (from, to) : (to, from);

    private static void WritePairs(Utf8JsonWriter json, string name, List<(int, int)> pairs)
    {
        json.WriteStartArray(name);
        foreach ((int s, int d) in pairs)
        {
            json.WriteStartArray();
            json.WriteNumberValue(s);
            json.WriteNumberValue(d);
            json.WriteEndArray();
        }

        json.WriteEndArray();
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
