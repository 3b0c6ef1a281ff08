using System.Text.Json;

namespace NetworkGraph.Internal;

/// <summary>The JSON field shapes the report and survey writers share; undefined numbers become null, never NaN (which JSON cannot hold).</summary>
internal static class JsonWriting
{
    /// <summary>Writes <paramref name="value"/> as a number, or null when it is missing or not finite.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
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

    /// <summary>Writes <paramref name="value"/> as a number, or null when it is missing.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the <c>timings</c> object: seconds per stage, rounded to microseconds.</summary>
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
