using System.Text.Json;
using NetworkGraph.Internal;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>Reads and writes a survey dataset as one JSON document, for programs that embed the library.</summary>
/// <remarks>
/// <para>Schema (every value a string unless stated; optional members may be omitted or null):</para>
/// <code>
/// {
///   "actors":      [{ "id", "name", "kind", "setting", "zone", "aliases": [string], "attributes": { name: string } }],
///   "respondents": [{ "respondent", "actor", "function", "years", "date",
///                     "role_has": int|null, "role_wants": int|null, "role_should": int|null }],
///   "answers":     [{ "respondent", "type", "frequency", "channels": [string], "reason" }],
///   "partners":    [{ "respondent", "type", "partner", "frequency"?, "channels"?: [string], "formal"?: bool }]
/// }
/// </code>
/// <para>Labels are those of the CSV form (docs/en/survey-format.md, <see cref="SurveyLabels"/>). Reading applies exactly the
/// validation and partner resolution of <see cref="SurveyReader"/>; an issue's <see cref="IngestionIssue.File"/> is
/// <c>dataset.json#actors</c> (etc.), its line the 1-based position of the item in its array and its column the field's
/// position in the CSV header order above. Unresolved actors are not written: reading the output again resolves the
/// same partners the same way.</para>
/// </remarks>
public static class SurveyJson
{
    private const string FileName = "dataset.json";
    private static readonly string[] ActorHeader = ["id", "name", "kind", "setting", "zone", "aliases"];
    private static readonly string[] RespondentHeader = ["respondent", "actor", "function", "years", "date", "role_has", "role_wants", "role_should"];
    private static readonly string[] AnswerHeader = ["respondent", "type", "frequency", "channels", "reason"];
    private static readonly string[] PartnerHeader = ["respondent", "type", "partner", "frequency", "channels", "formal"];

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The dataset and the issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IngestionResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var issues = new List<IngestionIssue>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            issues.Add(new IngestionIssue(FileName, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "The document is not valid JSON: " + ex.Message));
            return new IngestionResult { Dataset = new SurveyDataset(), Issues = [.. issues] };
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new IngestionIssue(FileName, 0, 0, "The document must be an object with actors, respondents, answers and partners arrays."));
                return new IngestionResult { Dataset = new SurveyDataset(), Issues = [.. issues] };
            }

            SurveyTable? actors = Table(document.RootElement, "actors", ActorHeader, issues, withAttributes: true);
            SurveyTable? respondents = Table(document.RootElement, "respondents", RespondentHeader, issues, withAttributes: false);
            SurveyTable? answers = Table(document.RootElement, "answers", AnswerHeader, issues, withAttributes: false);
            SurveyTable? partners = Table(document.RootElement, "partners", PartnerHeader, issues, withAttributes: false);
            SurveyDataset dataset = new SurveyAssembler(issues).Assemble(actors, respondents, answers, partners);
            return new IngestionResult { Dataset = dataset, Issues = [.. SurveyReader.Order(issues)] };
        }
    }

    /// <summary>Reads a dataset from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset and the issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static IngestionResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader.ReadToEnd());
    }

    /// <summary>Writes a dataset (without its unresolved actors) as JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SurveyDataset dataset, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("actors");
        foreach (Actor a in dataset.Actors.Where(a => !a.IsUnresolved))
        {
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            writer.WriteString("name", a.Name);
            writer.WriteString("kind", a.Kind);
            writer.WriteString("setting", SurveyLabels.Format(a.Setting));
            writer.WriteString("zone", a.Zone);
            JsonWriting.WriteStrings(writer, "aliases", a.Aliases);
            writer.WriteStartObject("attributes");
            foreach (string name in dataset.ActorAttributeNames.Where(a.Attributes.ContainsKey))
            {
                writer.WriteString(name, a.Attributes[name]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("respondents");
        foreach (Respondent r in dataset.Respondents)
        {
            writer.WriteStartObject();
            writer.WriteString("respondent", r.Id);
            writer.WriteString("actor", r.ActorId);
            writer.WriteString("function", r.Function);
            writer.WriteString("years", r.Years);
            writer.WriteString("date", r.Date);
            JsonWriting.WriteNumberOrNull(writer, "role_has", r.RoleHas);
            JsonWriting.WriteNumberOrNull(writer, "role_wants", r.RoleWants);
            JsonWriting.WriteNumberOrNull(writer, "role_should", r.RoleShould);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("answers");
        foreach (Answer a in dataset.Answers)
        {
            writer.WriteStartObject();
            writer.WriteString("respondent", a.RespondentId);
            writer.WriteString("type", SurveyLabels.Format(a.Type));
            writer.WriteString("frequency", SurveyLabels.Format(a.Frequency));
            JsonWriting.WriteStrings(writer, "channels", SurveyLabels.ChannelLabels(a.Channels));
            writer.WriteString("reason", a.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("partners");
        foreach (PartnerMention p in dataset.Partners)
        {
            writer.WriteStartObject();
            writer.WriteString("respondent", p.RespondentId);
            writer.WriteString("type", SurveyLabels.Format(p.Type));
            writer.WriteString("partner", p.Partner);
            if (p.Frequency is Frequency f)
            {
                writer.WriteString("frequency", SurveyLabels.Format(f));
            }

            if (p.Channels is Channel c)
            {
                JsonWriting.WriteStrings(writer, "channels", SurveyLabels.ChannelLabels(c));
            }

            if (p.Formal is bool formal)
            {
                writer.WriteBoolean("formal", formal);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a dataset (without its unresolved actors) as indented UTF-8 JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SurveyDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        Write(dataset, writer);
    }

    private static SurveyTable? Table(JsonElement root, string name, string[] header, List<IngestionIssue> issues, bool withAttributes)
    {
        string file = FileName + "#" + name;
        if (!root.TryGetProperty(name, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new IngestionIssue(file, 0, 0, $"The '{name}' array is missing."));
            return null;
        }

        var columns = new List<string>(header);
        if (withAttributes)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("attributes", out JsonElement attributes) && attributes.ValueKind == JsonValueKind.Object)
                {
                    columns.AddRange(attributes.EnumerateObject().Select(p => p.Name).Where(n => !columns.Contains(n, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }

        var table = new SurveyTable(file, columns);
        int line = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            line++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new IngestionIssue(file, line, 0, "Each item must be an object."));
                continue;
            }

            string[] fields = new string[columns.Count];
            for (int i = 0; i < columns.Count; i++)
            {
                JsonElement value = default;
                bool found = i < header.Length
                    ? item.TryGetProperty(columns[i], out value)
                    : item.TryGetProperty("attributes", out JsonElement attributes) && attributes.ValueKind == JsonValueKind.Object && attributes.TryGetProperty(columns[i], out value);
                fields[i] = found ? Text(value) : string.Empty;
            }

            table.Rows.Add(new SurveyRow(line, fields));
        }

        return table;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Text)),
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };
}
