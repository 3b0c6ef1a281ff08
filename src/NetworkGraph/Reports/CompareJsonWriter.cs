using System.Text.Json;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Internal;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes the <c>compare.json</c> of two survey waves: <c>layers.&lt;layer&gt;.{gained, lost, density_delta,
/// reciprocity_delta}</c>, <c>isolated.{resolved, new}</c>, <c>hospital_ambulatory.{linked, lost}</c>, plus the figures
/// of both waves, modularity deltas, permutation p-values (<c>*_p</c>), <c>became_reciprocal</c>, <c>rank_movers</c>,
/// <c>ei_index</c> and <c>survey</c> side by side.</summary>
public static class CompareJsonWriter
{
    /// <summary>Writes the comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">The output (left open), UTF-8.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(WaveComparison comparison, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("waves");
        json.WriteString("a", comparison.SourceA);
        json.WriteString("b", comparison.SourceB);
        json.WriteEndObject();
        json.WriteStartObject("layers");
        foreach (LayerChange layer in comparison.Layers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject(SurveyNetwork.LayerName(layer.Layer));
            WritePairs(json, "gained", layer.Gained);
            WritePairs(json, "lost", layer.Lost);
            WriteDelta(json, "density", layer.Density);
            WriteDelta(json, "reciprocity", layer.Reciprocity);
            WriteDelta(json, "modularity", layer.Modularity);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("isolated");
        JsonWriting.WriteStrings(json, "resolved", comparison.IsolatedResolved);
        JsonWriting.WriteStrings(json, "new", comparison.IsolatedNew);
        json.WriteEndObject();
        json.WriteStartObject("hospital_ambulatory");
        WriteHospitalAmbulatory(json, "linked", comparison.HospitalAmbulatoryLinked);
        WriteHospitalAmbulatory(json, "lost", comparison.HospitalAmbulatoryLost);
        WriteDelta(json, "ties", comparison.HospitalAmbulatoryTies);
        json.WriteEndObject();
        json.WriteStartObject("ei_index");
        foreach (SettingChange setting in comparison.EIIndex)
        {
            json.WriteStartObject(SurveyLabels.Format(setting.Setting));
            WriteDelta(json, "ei", setting.Value);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        WritePairs(json, "became_reciprocal", comparison.BecameReciprocal);
        json.WriteStartArray("rank_movers");
        foreach (RankMove move in comparison.RankMovers)
        {
            json.WriteStartObject();
            json.WriteString("actor", move.Actor);
            json.WriteNumber("rank_a", move.RankA);
            json.WriteNumber("rank_b", move.RankB);
            json.WriteNumber("change", move.Change);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("survey");
        foreach (SurveyFiguresPair pair in comparison.Survey)
        {
            json.WriteStartObject(SurveyLabels.Format(pair.A.Type));
            WriteFigures(json, "a", pair.A);
            WriteFigures(json, "b", pair.B);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("permutation_test");
        json.WriteNumber("rounds", comparison.Permutations);
        json.WriteNumber("seed", comparison.Seed);
        json.WriteString("unit", "surveyed actor (paired swap of its two waves' reports)");
        json.WriteString("p_value", "(1 + exceed) / (rounds + 1), two-sided");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter json, string name, IEnumerable<ActorPair> pairs)
    {
        json.WriteStartArray(name);
        foreach (ActorPair pair in pairs)
        {
            json.WriteStartObject();
            json.WriteString("from", pair.From);
            json.WriteString("to", pair.To);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteHospitalAmbulatory(Utf8JsonWriter json, string name, IEnumerable<HospitalAmbulatoryPair> pairs)
    {
        json.WriteStartArray(name);
        foreach (HospitalAmbulatoryPair pair in pairs)
        {
            json.WriteStartObject();
            json.WriteString("hospital", pair.Hospital);
            json.WriteString("ambulatory", pair.Ambulatory);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDelta(Utf8JsonWriter json, string name, HeadlineDelta delta)
    {
        JsonWriting.WriteNumberOrNull(json, name + "_a", delta.A);
        JsonWriting.WriteNumberOrNull(json, name + "_b", delta.B);
        JsonWriting.WriteNumberOrNull(json, name + "_delta", delta.Delta);
        JsonWriting.WriteNumberOrNull(json, name + "_p", delta.PValue);
    }

    private static void WriteFigures(Utf8JsonWriter json, string name, ContactTypeFigures figures)
    {
        json.WriteStartObject(name);
        json.WriteStartObject("frequency");
        foreach (Frequency f in SurveyLabels.Frequencies)
        {
            json.WriteNumber(SurveyLabels.Format(f), figures.Frequency[(int)f]);
        }

        json.WriteEndObject();
        int active = figures.Frequency.Skip(1).Sum();
        json.WriteStartObject("channel_share");
        for (int i = 0; i < SurveyLabels.Channels.Length; i++)
        {
            JsonWriting.WriteNumberOrNull(json, SurveyLabels.Format(SurveyLabels.Channels[i]), active == 0 ? null : (double)figures.Channels[i] / active);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
