using System.Collections.Immutable;

namespace NetworkGraph.Analysis;

/// <summary>The node metric columns of <c>metrics.csv</c> (docs/en/metrics.md), in their fixed order.</summary>
public static class MetricColumns
{
    /// <summary><c>degree</c>: <c>G.degree(v)</c> (directed: in + out).</summary>
    public const string Degree = "degree";

    /// <summary><c>in_degree</c>.</summary>
    public const string InDegree = "in_degree";

    /// <summary><c>out_degree</c>.</summary>
    public const string OutDegree = "out_degree";

    /// <summary><c>strength</c>: weighted degree.</summary>
    public const string Strength = "strength";

    /// <summary><c>betweenness</c>: normalised shortest-path betweenness, hops.</summary>
    public const string Betweenness = "betweenness";

    /// <summary><c>betweenness_weighted</c>: normalised betweenness with distance = 1/weight.</summary>
    public const string BetweennessWeighted = "betweenness_weighted";

    /// <summary><c>closeness</c>: Wasserman–Faust closeness, distances to the node.</summary>
    public const string Closeness = "closeness";

    /// <summary><c>harmonic</c>: Σ 1/d(u, v) over u ≠ v.</summary>
    public const string Harmonic = "harmonic";

    /// <summary><c>eigenvector</c>: empty unless (strongly) connected.</summary>
    public const string Eigenvector = "eigenvector";

    /// <summary><c>pagerank</c>: weighted PageRank, α = 0.85.</summary>
    public const string PageRank = "pagerank";

    /// <summary><c>core</c>: core number.</summary>
    public const string Core = "core";

    /// <summary><c>clustering</c>: local clustering coefficient.</summary>
    public const string Clustering = "clustering";

    /// <summary><c>constraint</c>: Burt's constraint.</summary>
    public const string Constraint = "constraint";

    /// <summary><c>effective_size</c>: Burt's effective size.</summary>
    public const string EffectiveSize = "effective_size";

    /// <summary><c>community</c>: community label (Leiden), its modularity in report.json.</summary>
    public const string Community = "community";

    /// <summary>Gets every column, in <c>metrics.csv</c> order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        Degree, InDegree, OutDegree, Strength, Betweenness, BetweennessWeighted, Closeness, Harmonic,
        Eigenvector, PageRank, Core, Clustering, Constraint, EffectiveSize, Community,
    ];

    /// <summary>Gets the columns whose exact computation is all-pairs (O(n·m)): they get a run-time estimate first.</summary>
    public static ImmutableArray<string> AllPairs { get; } = [Betweenness, BetweennessWeighted, Closeness, Harmonic];

    /// <summary>Parses a comma-separated column list (<c>--metrics</c> of docs/en/cli.md), keeping the fixed order.</summary>
    /// <param name="list">E.g. <c>"pagerank,betweenness"</c>; null or empty means all columns.</param>
    /// <exception cref="ArgumentException">A name is not a column; the message lists the valid names.</exception>
    public static ImmutableArray<string> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!All.Contains(part))
            {
                throw new ArgumentException($"unknown metric '{part}'; choose from {string.Join(",", All)}", nameof(list));
            }

            wanted.Add(part);
        }

        return [.. All.Where(wanted.Contains)];
    }
}
