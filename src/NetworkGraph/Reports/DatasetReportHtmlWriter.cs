using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>report.html</c> of a survey dataset (English or French): the questionnaire figures, the gaps,
/// brokers and the most central actors, as plain tables in one self-contained page.</summary>
public static class DatasetReportHtmlWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="language"><c>en</c> or <c>fr</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is neither <c>en</c> nor <c>fr</c>.</exception>
    public static void Write(TextWriter writer, DatasetAnalysis analysis, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        if (language is not ("en" or "fr"))
        {
            throw new ArgumentException($"Language must be en or fr; was '{language}'.", nameof(language));
        }

        bool fr = language == "fr";
        string T(string en, string french) => fr ? french : en;
        var inv = CultureInfo.InvariantCulture;
        SurveyAnalysis s = analysis.Survey;
        var names = analysis.Network.Dataset.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string Name(string id) => names.TryGetValue(id, out string? n) && n != id ? $"{n} ({id})" : id;

        var page = new HtmlReport(T("Care network analysis — ", "Analyse du réseau de soins — ") + Path.GetFileName(Path.TrimEndingDirectorySeparator(analysis.Source)), language);
        page.Table(
            [T("figure", "indicateur"), T("value", "valeur")],
            [
                [T("actors", "acteurs"), s.Dataset.Actors.ToString(inv)],
                [T("respondents", "répondants"), s.Dataset.Respondents.ToString(inv)],
                [T("home zone", "zone de référence"), s.Dataset.HomeZone ?? "–"],
                [T("isolated actors (no tie)", "acteurs isolés (aucun lien)"), s.Isolated.Length.ToString(inv)],
                [T("peripheral actors (only very-rare ties)", "acteurs périphériques (liens très rares seulement)"), s.Peripheral.Length.ToString(inv)],
                [T("unresolved partner names", "partenaires non reconnus"), s.Unresolved.Length.ToString(inv)],
            ],
            T("Dataset", "Jeu de données"));

        page.Table(
            [T("layer", "couche"), T("nodes", "nœuds"), T("ties", "liens"), T("density", "densité"), T("reciprocity", "réciprocité"), T("components", "composantes"), T("isolated", "isolés"), T("modularity", "modularité")],
            s.Layers.Select(l => (IReadOnlyList<string>)[
                SurveyNetwork.LayerName(l.Layer), l.Nodes.ToString(inv), l.Edges.ToString(inv), HtmlReport.Format(l.Density), HtmlReport.Format(l.Reciprocity),
                l.Components.ToString(inv), l.Isolated.ToString(inv), HtmlReport.Format(l.Modularity)]),
            T("Layers", "Couches"));

        page.Heading(T("Questionnaire", "Questionnaire"));
        string[] frequencyNames = fr
            ? ["aucun", "très rarement", "occasionnellement", "régulièrement", "systématiquement"]
            : ["none", "very rarely", "occasionally", "regularly", "systematically"];
        string[] channelNames = fr
            ? ["téléphone", "courrier / e-mail", "réunion de concertation", "rencontre informelle", "autre"]
            : ["phone", "mail", "concertation meeting", "informal meeting", "other"];
        foreach (ContactTypeFigures f in s.Survey)
        {
            string type = f.Type switch
            {
                ContactType.Sending => T("sending", "envoi"),
                ContactType.Receiving => T("receiving", "réception"),
                _ => T("information exchange", "échange d'informations"),
            };
            int total = f.Frequency.Sum();
            page.Table(
                [T("frequency", "fréquence"), T("respondents", "répondants"), "%"],
                f.Frequency.Select((count, i) => (IReadOnlyList<string>)[frequencyNames[i], count.ToString(inv), Percent(count, total)]),
                T("Frequency — ", "Fréquence — ") + type);
            int active = total - f.Frequency[0];
            page.Table(
                [T("channel", "canal"), T("respondents", "répondants"), "%"],
                f.Channels.Select((count, i) => (IReadOnlyList<string>)[channelNames[i], count.ToString(inv), Percent(count, active)]),
                T("Channels — ", "Canaux — ") + type);
            page.Table(
                [T("channels cited", "canaux cités"), T("respondents", "répondants"), "%"],
                f.ChannelCount.Select((count, i) => (IReadOnlyList<string>)[(i + 1).ToString(inv), count.ToString(inv), Percent(count, active)]),
                T("Number of channels — ", "Nombre de canaux — ") + type);
            page.Table(
                [T("partner", "partenaire"), T("respondents naming it", "répondants le citant")],
                f.TopInZone.Select(p => (IReadOnlyList<string>)[Name(p.Actor), p.Mentions.ToString(inv)]),
                T("Top partners in the zone — ", "Principaux partenaires dans la zone — ") + type);
            page.Table(
                [T("partner", "partenaire"), T("respondents naming it", "répondants le citant")],
                f.TopOutOfZone.Select(p => (IReadOnlyList<string>)[Name(p.Actor), p.Mentions.ToString(inv)]),
                T("Top partners outside the zone — ", "Principaux partenaires hors zone — ") + type);
        }

        page.Heading(T("Gaps", "Manques"));
        page.Table([T("actor", "acteur")], s.Isolated.Select(a => (IReadOnlyList<string>)[Name(a)]), T("Isolated actors", "Acteurs isolés"));
        page.Table([T("actor", "acteur")], s.Peripheral.Select(a => (IReadOnlyList<string>)[Name(a)]), T("Peripheral actors", "Acteurs périphériques"));
        string[] settingNames = fr ? ["hospitalier", "ambulatoire", "social", "autre"] : ["hospital", "ambulatory", "social", "other"];
        page.Table(
            [T("setting", "secteur"), .. settingNames, T("E-I index", "indice E-I")],
            SurveyLabels.Settings.Select(a => (IReadOnlyList<string>)[
                settingNames[(int)a],
                .. SurveyLabels.Settings.Select(b => s.Gaps.SettingMixing[(int)a][(int)b].ToString(inv)),
                HtmlReport.Format(s.Gaps.EIIndex[(int)a])]),
            T("Ties between settings (layer all)", "Liens entre secteurs (couche all)"));
        page.Table(
            [T("hospital", "hôpital"), T("ambulatory", "ambulatoire"), T("score (resource allocation)", "score (allocation de ressources)")],
            s.Gaps.MissingHospitalAmbulatory.Take(25).Select(t => (IReadOnlyList<string>)[Name(t.Hospital), Name(t.Ambulatory), HtmlReport.Format(t.Score)]),
            T($"Missing hospital ↔ ambulatory links, best suggestions first ({s.Gaps.MissingHospitalAmbulatory.Length} pairs in all)", $"Liens hôpital ↔ ambulatoire manquants, meilleures suggestions d'abord ({s.Gaps.MissingHospitalAmbulatory.Length} paires)"));
        page.Table([T("actor", "acteur")], s.Gaps.CutPoints.Select(a => (IReadOnlyList<string>)[Name(a)]), T("Single points of failure: actors whose removal disconnects the network (layer all)", "Points de rupture : acteurs dont le retrait déconnecte le réseau (couche all)"));
        page.Table(
            [T("from", "de"), T("to", "vers")],
            s.Gaps.Asymmetric.Select(p => (IReadOnlyList<string>)[Name(p.From), Name(p.To)]),
            T("One-way referrals: no referral back, no information exchange", "Orientations à sens unique : ni retour, ni échange d'informations"));

        page.Heading(T("Brokers and central actors", "Courtiers et acteurs centraux"));
        page.Table(
            [T("actor", "acteur"), T("coordinator", "coordinateur"), T("gatekeeper", "gardien"), T("representative", "représentant"), T("consultant", "consultant"), T("liaison", "agent de liaison")],
            s.Brokers.Take(15).Select(b => (IReadOnlyList<string>)[Name(b.Actor), b.Coordinator.ToString(inv), b.Gatekeeper.ToString(inv), b.Representative.ToString(inv), b.Consultant.ToString(inv), b.Liaison.ToString(inv)]),
            T("Brokerage roles on referrals (Gould & Fernandez), settings as groups", "Rôles de courtage sur les orientations (Gould & Fernandez), par secteur"));
        NodeMetricsTable all = analysis.Layer(SurveyLayer.All);
        foreach (string column in new[] { MetricColumns.Degree, MetricColumns.Betweenness, MetricColumns.PageRank, MetricColumns.Constraint })
        {
            if (!all.Has(column))
            {
                continue;
            }

            ReadOnlySpan<double> values = all.Column(column);
            int[] top = column == MetricColumns.Constraint ? NodeRanking.Bottom(values, 10) : NodeRanking.Top(values, 10);
            var rows = new List<IReadOnlyList<string>>();
            foreach (int v in top)
            {
                rows.Add([Name(all.Graph.Nodes[v]), HtmlReport.Format(values[v])]);
            }

            page.Table(
                [T("actor", "acteur"), column],
                rows,
                column == MetricColumns.Constraint
                    ? T("Least constrained actors (layer all): open structural holes", "Acteurs les moins contraints (couche all) : trous structuraux ouverts")
                    : T("Top actors by ", "Acteurs en tête par ") + column + T(" (layer all)", " (couche all)"));
        }

        page.Table(
            [T("setting", "secteur"), T("respondents", "répondants"), T("has", "a"), T("wants", "souhaite"), T("should", "devrait"), T("wants − has", "souhaite − a"), T("should − has", "devrait − a")],
            s.SelfPositioning.Select(p => (IReadOnlyList<string>)[
                settingNames[(int)p.Setting], p.Respondents.ToString(inv), HtmlReport.Format(p.Has.Mean), HtmlReport.Format(p.Wants.Mean),
                HtmlReport.Format(p.Should.Mean), HtmlReport.Format(p.WantsMinusHas), HtmlReport.Format(p.ShouldMinusHas)]),
            T("Self-positioning in the network (0 none … 5 too present)", "Place dans le réseau (0 aucune … 5 trop présente)"));
        page.Table([T("name as written", "nom tel qu'écrit")], s.Unresolved.Select(u => (IReadOnlyList<string>)[u]), T("Partner names matching no actor", "Partenaires non reconnus"));
        page.Table(
            [T("stage", "étape"), T("seconds", "secondes")],
            analysis.Timings.Select(t => (IReadOnlyList<string>)[t.Key, t.Value.ToString("0.000", inv)]),
            T("Timings", "Durées"));
        writer.Write(page.ToString());
    }

    private static string Percent(int count, int total) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0", CultureInfo.InvariantCulture);

}
