namespace NetworkGraph.Algorithms;

/// <summary>The option checks the power-iteration centralities (eigenvector, PageRank) share.</summary>
internal static class PowerIterationChecks
{
    /// <summary>
    /// Adds what is wrong with the iteration settings to <paramref name="problems"/> (which may already hold a
    /// measure's own problems), then throws if there is anything to report.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">There is at least one problem; the message lists them all.</exception>
    public static void ThrowIfInvalid(List<string> problems, double tolerance, int maxIterations, int maxDegreeOfParallelism, string paramName)
    {
        if (!(tolerance > 0) || double.IsInfinity(tolerance))
        {
            problems.Add($"Tolerance must be a positive finite number; was {tolerance}.");
        }

        if (maxIterations < 1)
        {
            problems.Add($"MaxIterations must be positive; was {maxIterations}.");
        }

        if (maxDegreeOfParallelism != -1 && maxDegreeOfParallelism < 1)
        {
            problems.Add($"MaxDegreeOfParallelism must be -1 (every core) or positive; was {maxDegreeOfParallelism}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Join(" ", problems));
        }
    }
}
