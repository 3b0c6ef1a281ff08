using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Internal;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes a <see cref="SurveyAnalysis"/> with the key names of docs/en/outputs.md.</summary>
/// <remarks>
/// <para>Keys: <c>dataset.{actors, respondents, home_zone}</c>; <c>layers.&lt;layer&gt;.{nodes, edges, density,
/// reciprocity, components, isolated}</c> (density = m/(n(n − 1)) directed, 2m/(n(n − 1)) undirected, n = every actor;
/// reciprocity = share of directed ties whose reverse exists, null for undirected layers and for a directed layer with no
/// tie; components = weakly connected components, isolated actors included; isolated = number of actors with no tie in
/// the layer); <c>modularity.&lt;layer&gt;</c> (modularity of the layer's Leiden partition, seeded, tie weights used;
/// null when the layer has no tie); <c>survey.frequency.&lt;type&gt;.{none, very_rarely,
/// occasionally, regularly, systematically}</c>; <c>survey.channels.&lt;type&gt;.{phone, mail, meeting, informal,
/// other}</c>; <c>survey.channel_count.&lt;type&gt;.{"1" … "5"}</c>; <c>survey.top_partners.&lt;type&gt;.{in_zone,
/// out_of_zone}</c> = <c>[{actor, mentions}]</c>; <c>isolated</c>, <c>peripheral</c> (actor ids);
/// <c>gaps.setting_mixing.&lt;setting&gt;.&lt;setting&gt;</c>; <c>gaps.ei_index.&lt;setting&gt;</c> (null when the
/// setting has no tie); <c>gaps.missing_hospital_ambulatory</c> = <c>[{hospital, ambulatory, score}]</c>, every
/// (hospital-setting, ambulatory-setting) pair of actors with no tie in layer <c>all</c>, score = resource-allocation index
/// on layer <c>all</c> (Σ over common neighbours w of 1/degree(w); T. Zhou, L. Lü, Y.-C. Zhang, Eur. Phys. J. B 71:623–630,
/// 2009, <see href="https://doi.org/10.1140/epjb/e2009-00335-8"/>), best first, ties by hospital id then ambulatory id;
/// <c>gaps.asymmetric</c> = <c>[{from, to}]</c>; <c>gaps.cut_points</c> = articulation points of layer <c>all</c> (actor
/// ids, actor order); <c>brokers</c> = <c>[{actor, coordinator,
/// gatekeeper, representative, consultant, liaison, total}]</c>; <c>self_positioning.&lt;setting&gt;.{respondents,
/// role_has, role_wants, role_should (each {count, mean}), wants_minus_has, should_minus_has}</c>;
/// <c>validation.unresolved</c>, <c>validation.suggestions</c>, <c>validation.accepted</c>. Layer, type, setting, frequency and channel keys are the lower-case labels of
/// <see cref="SurveyLabels"/>.</para>
/// </remarks>
public static class SurveyReportJsonWriter
{
    /// <summary>Writes the analysis as one JSON object.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SurveyAnalysis analysis, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(analysis, writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the analysis as properties of the JSON object the writer is in (so a report can add e.g. <c>timings</c> next to them).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">The writer, inside an object.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProperties(SurveyAnalysis analysis, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteStartObject("dataset");
        writer.WriteNumber("actors", analysis.Dataset.Actors);
        writer.WriteNumber("respondents", analysis.Dataset.Respondents);
        writer.WriteString("home_zone", analysis.Dataset.HomeZone);
        writer.WriteEndObject();

        writer.WriteStartObject("layers");
        foreach (LayerSummary layer in analysis.Layers)
        {
            writer.WriteStartObject(SurveyNetwork.LayerName(layer.Layer));
            writer.WriteNumber("nodes", layer.Nodes);
            writer.WriteNumber("edges", layer.Edges);
            JsonWriting.WriteNumberOrNull(writer, "density", layer.Density);
            JsonWriting.WriteNumberOrNull(writer, "reciprocity", layer.Reciprocity);
            writer.WriteNumber("components", layer.Components);
            writer.WriteNumber("isolated", layer.Isolated);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteStartObject("modularity");
        foreach (LayerSummary layer in analysis.Layers)
        {
            JsonWriting.WriteNumberOrNull(writer, SurveyNetwork.LayerName(layer.Layer), layer.Modularity);
        }

        writer.WriteEndObject();

        WriteSurvey(analysis, writer);
        JsonWriting.WriteStrings(writer, "isolated", analysis.Isolated);
        JsonWriting.WriteStrings(writer, "peripheral", analysis.Peripheral);
        WriteGaps(analysis.Gaps, writer);

        writer.WriteStartArray("brokers");
        foreach (BrokerSummary b in analysis.Brokers)
        {
            writer.WriteStartObject();
            writer.WriteString("actor", b.Actor);
            writer.WriteNumber("coordinator", b.Coordinator);
            writer.WriteNumber("gatekeeper", b.Gatekeeper);
            writer.WriteNumber("representative", b.Representative);
            writer.WriteNumber("consultant", b.Consultant);
            writer.WriteNumber("liaison", b.Liaison);
            writer.WriteNumber("total", b.Total);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("self_positioning");
        foreach (SelfPositioning s in analysis.SelfPositioning)
        {
            writer.WriteStartObject(SurveyLabels.Format(s.Setting));
            writer.WriteNumber("respondents", s.Respondents);
            WriteRole(writer, "role_has", s.Has);
            WriteRole(writer, "role_wants", s.Wants);
            WriteRole(writer, "role_should", s.Should);
            JsonWriting.WriteNumberOrNull(writer, "wants_minus_has", s.WantsMinusHas);
            JsonWriting.WriteNumberOrNull(writer, "should_minus_has", s.ShouldMinusHas);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteStartObject("validation");
        JsonWriting.WriteStrings(writer, "unresolved", analysis.Unresolved);
        writer.WriteStartArray("suggestions");
        foreach ((string partner, ImmutableArray<PartnerSuggestion> candidates) in analysis.Suggestions)
        {
            writer.WriteStartObject();
            writer.WriteString("partner", partner);
            writer.WriteStartArray("candidates");
            foreach (PartnerSuggestion candidate in candidates)
            {
                writer.WriteStartObject();
                writer.WriteString("actor", candidate.Actor);
                writer.WriteNumber("score", candidate.Score);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("accepted");
        foreach ((string partner, PartnerSuggestion merge) in analysis.Accepted)
        {
            writer.WriteStartObject();
            writer.WriteString("partner", partner);
            writer.WriteString("actor", merge.Actor);
            writer.WriteNumber("score", merge.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSurvey(SurveyAnalysis analysis, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("survey");
        writer.WriteStartObject("frequency");
        foreach (ContactTypeFigures f in analysis.Survey)
        {
            writer.WriteStartObject(SurveyLabels.Format(f.Type));
            foreach (Frequency level in SurveyLabels.Frequencies)
            {
                writer.WriteNumber(SurveyLabels.Format(level), f.Frequency[(int)level]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("channels");
        foreach (ContactTypeFigures f in analysis.Survey)
        {
            writer.WriteStartObject(SurveyLabels.Format(f.Type));
            for (int c = 0; c < SurveyLabels.Channels.Length; c++)
            {
                writer.WriteNumber(SurveyLabels.Format(SurveyLabels.Channels[c]), f.Channels[c]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("channel_count");
        foreach (ContactTypeFigures f in analysis.Survey)
        {
            writer.WriteStartObject(SurveyLabels.Format(f.Type));
            for (int k = 0; k < f.ChannelCount.Length; k++)
            {
                writer.WriteNumber((k + 1).ToString(CultureInfo.InvariantCulture), f.ChannelCount[k]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("top_partners");
        foreach (ContactTypeFigures f in analysis.Survey)
        {
            writer.WriteStartObject(SurveyLabels.Format(f.Type));
            WritePartners(writer, "in_zone", f.TopInZone);
            WritePartners(writer, "out_of_zone", f.TopOutOfZone);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGaps(SurveyGaps gaps, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("gaps");
        writer.WriteStartObject("setting_mixing");
        foreach (Setting a in SurveyLabels.Settings)
        {
            writer.WriteStartObject(SurveyLabels.Format(a));
            foreach (Setting b in SurveyLabels.Settings)
            {
                writer.WriteNumber(SurveyLabels.Format(b), gaps.SettingMixing[(int)a][(int)b]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("ei_index");
        foreach (Setting a in SurveyLabels.Settings)
        {
            JsonWriting.WriteNumberOrNull(writer, SurveyLabels.Format(a), gaps.EIIndex[(int)a]);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("missing_hospital_ambulatory");
        foreach (SuggestedTie t in gaps.MissingHospitalAmbulatory)
        {
            writer.WriteStartObject();
            writer.WriteString("hospital", t.Hospital);
            writer.WriteString("ambulatory", t.Ambulatory);
            writer.WriteNumber("score", t.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("asymmetric");
        foreach (ActorPair p in gaps.Asymmetric)
        {
            writer.WriteStartObject();
            writer.WriteString("from", p.From);
            writer.WriteString("to", p.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonWriting.WriteStrings(writer, "cut_points", gaps.CutPoints);
        writer.WriteEndObject();
    }

    private static void WritePartners(Utf8JsonWriter writer, string name, IEnumerable<PartnerCount> partners)
    {
        writer.WriteStartArray(name);
        foreach (PartnerCount p in partners)
        {
            writer.WriteStartObject();
            writer.WriteString("actor", p.Actor);
            writer.WriteNumber("mentions", p.Mentions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRole(Utf8JsonWriter writer, string name, RoleStatistic role)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", role.Count);
        JsonWriting.WriteNumberOrNull(writer, "mean", role.Mean);
        writer.WriteEndObject();
    }
}
