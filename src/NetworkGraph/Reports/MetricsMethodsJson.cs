using System.Text.Json;
using NetworkGraph.Analysis;

namespace NetworkGraph.Reports;

/// <summary>Writes how each metric column was computed (<c>methods</c>) and what the reader should know (<c>warnings</c>).</summary>
internal static class MetricsMethodsJson
{
    /// <summary>The name of a method in <c>report.json</c>.</summary>
    public static string Name(MetricMethod method) => method switch
    {
        MetricMethod.Exact => "exact",
        MetricMethod.SampledPaths => "sampled_paths",
        MetricMethod.SampledSources => "sampled_sources",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method."),
    };

    /// <summary>The name of a betweenness method in <c>report.json</c>: <c>exact</c>, <c>approximate</c> or <c>none</c>.</summary>
    public static string Name(BetweennessMethod method) => method switch
    {
        BetweennessMethod.Exact => "exact",
        BetweennessMethod.Approximate => "approximate",
        _ => "none",
    };

    /// <summary>Writes <c>"methods": { column: { method, samples, error_bound, delta, guarantee, estimated_seconds } }</c>.</summary>
    public static void WriteMethods(Utf8JsonWriter json, NodeMetricsTable metrics)
    {
        json.WriteStartObject("methods");
        foreach (ColumnPlan plan in metrics.Plan.Columns)
        {
            json.WriteStartObject(plan.Column);
            json.WriteString("method", Name(plan.Method));
            if (plan.Samples is long samples)
            {
                json.WriteNumber("samples", samples);
            }

            if (plan.ErrorBound is double bound)
            {
                json.WriteNumber("error_bound", bound);
            }

            if (plan.Delta is double delta)
            {
                json.WriteNumber("delta", delta);
            }

            if (plan.Guarantee.Length > 0)
            {
                json.WriteString("guarantee", plan.Guarantee);
            }

            json.WriteNumber("estimated_seconds", Math.Round(plan.EstimatedTime.TotalSeconds, 3));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>"warnings": [ … ]</c>.</summary>
    public static void WriteWarnings(Utf8JsonWriter json, IEnumerable<string> warnings)
    {
        json.WriteStartArray("warnings");
        foreach (string warning in warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
    }
}
