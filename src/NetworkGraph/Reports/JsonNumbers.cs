using System.Text.Json;

namespace NetworkGraph.Reports;

/// <summary>JSON helpers: undefined numbers become null, never NaN (which JSON cannot hold).</summary>
internal static class JsonNumbers
{
    public static void Write(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteTimings(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, double>> timings)
    {
        json.WriteStartObject("timings");
        foreach ((string stage, double seconds) in timings)
        {
            json.WriteNumber(stage, Math.Round(seconds, 6));
        }

        json.WriteEndObject();
    }
}
