namespace NetworkGraph.Benchmarks.Inputs;

/// <summary>
/// <c>[ParamsSource]</c> helper: a class's default graphs, narrowed by the environment variable
/// <c>NG_BENCH_GRAPHS</c> (comma-separated catalogue names) when it is set, so that a short run can skip the largest
/// inputs without editing code (BenchmarkDotNet has no filter on parameter values).
/// </summary>
internal static class GraphParams
{
    public const string Variable = "NG_BENCH_GRAPHS";

    public static IEnumerable<string> Select(params string[] defaults)
    {
        string? selected = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(selected))
        {
            return defaults;
        }

        var allowed = new HashSet<string>(selected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return defaults.Where(allowed.Contains);
    }
}
