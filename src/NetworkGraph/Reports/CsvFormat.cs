using System.Globalization;

namespace NetworkGraph.Reports;

/// <summary>Invariant, round-trip formatting shared by the CSV and JSON writers.</summary>
internal static class CsvFormat
{
    /// <summary>Formats a metric value: empty when undefined, integers without a fraction, otherwise round-trip.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return string.Empty;
        }

        if (IsWrittenAsInteger(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Gets whether a finite value is written as an integer (no fraction, below 10¹⁵ in magnitude) rather than
    /// round-trip.</summary>
    public static bool IsWrittenAsInteger(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15;

    /// <summary>Quotes a field per RFC 4180 when it holds a comma, quote, CR or LF.</summary>
    public static string Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
